package org.ipfund.app.recording;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.ipfund.projections.store.EventStoreTables;
import org.springframework.stereotype.Component;

/** Sends a command and answers the global position of the last event it recorded. */
@Component
public class Recorder {

    private final CommandGateway commands;
    private final EventStoreTables store;

    public Recorder(CommandGateway commands, EventStoreTables store) {
        this.commands = commands;
        this.store = store;
    }

    /** @return the position of the command's last event, or -1 when it recorded none */
    public long record(Object command) {
        RecordedEvents recorded = commands.sendAndWait(command);
        return store.lastPositionOf(recorded.eventIds());
    }
}
