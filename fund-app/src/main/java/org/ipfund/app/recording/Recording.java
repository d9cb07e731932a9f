package org.ipfund.app.recording;

import java.util.List;

/**
 * A command as recorded: the global position of its last event, and its events, from which a write answers what the
 * fund judged (an exit's cost released, a distribution's allocations) rather than working it out again.
 */
public record Recording(long position, List<Object> facts) {

    public Recording {
        facts = List.copyOf(facts);
    }

    /** The one event of this type the command recorded. */
    public <T> T the(Class<T> type) {
        List<T> found = facts.stream().filter(type::isInstance).map(type::cast).toList();
        if (found.size() != 1) {
            throw new IllegalStateException("expected one %s among the recorded facts, found %d"
                    .formatted(type.getSimpleName(), found.size()));
        }
        return found.get(0);
    }
}
