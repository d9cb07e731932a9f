package org.ipfund.app.recording;

import java.sql.Array;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Sends a command and answers the global position of the last event it recorded. */
@Component
public class Recorder {

    private final CommandGateway commands;
    private final JdbcTemplate jdbc;

    public Recorder(CommandGateway commands, JdbcTemplate jdbc) {
        this.commands = commands;
        this.jdbc = jdbc;
    }

    /** @return the position of the command's last event, or -1 when it recorded none */
    public long record(Object command) {
        RecordedEvents recorded = commands.sendAndWait(command);
        if (recorded.eventIds().isEmpty()) {
            return -1;
        }
        Long position = jdbc.execute((java.sql.Connection connection) -> {
            Array ids = connection.createArrayOf("varchar", recorded.eventIds().toArray());
            try (var statement = connection.prepareStatement(
                    "SELECT max(globalindex) FROM domainevententry WHERE eventidentifier = ANY (?)")) {
                statement.setArray(1, ids);
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
        return position == null ? -1 : position;
    }
}
