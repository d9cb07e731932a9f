package org.ipfund.app.recording;

import java.util.Collections;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.ipfund.projections.store.EventStoreTables;
import org.springframework.stereotype.Component;

/**
 * Sends a command and answers the global position of the last event it recorded; the positions it recorded in each
 * fund are {@link AcknowledgedWrites acknowledged}, so that every later read waits for its views to show them.
 */
@Component
public class Recorder {

    private final CommandGateway commands;
    private final EventStoreTables store;
    private final AcknowledgedWrites acknowledged;

    public Recorder(CommandGateway commands, EventStoreTables store, AcknowledgedWrites acknowledged) {
        this.commands = commands;
        this.store = store;
        this.acknowledged = acknowledged;
    }

    /** @return the position of the command's last event, or -1 when it recorded none */
    public long record(Object command) {
        return recording(command).position();
    }

    /** Records the command and answers its events with the position of the last (-1 when it recorded none). */
    public Recording recording(Object command) {
        RecordedEvents recorded = commands.sendAndWait(command);
        // the positions were read back as the events were signed, in the command's transaction; asked again only if
        // events were somehow recorded unsigned
        Map<String, Long> lastByFund = recorded.lastPositionByFund().isEmpty() && !recorded.eventIds().isEmpty()
                ? store.lastPositionByAggregate(recorded.eventIds()) : recorded.lastPositionByFund();
        acknowledged.acknowledge(lastByFund);
        return new Recording(lastByFund.isEmpty() ? -1 : Collections.max(lastByFund.values()), recorded.facts());
    }
}
