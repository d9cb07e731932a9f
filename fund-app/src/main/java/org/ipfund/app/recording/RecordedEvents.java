package org.ipfund.app.recording;

import java.util.List;

/**
 * What a command recorded: the ids of its events and the events themselves, in the order recorded. The lists are
 * filled when the command's unit of work commits, which happens before the sender receives this result.
 */
public record RecordedEvents(List<String> eventIds, List<Object> facts) {
}
