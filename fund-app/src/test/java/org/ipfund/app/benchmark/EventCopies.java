package org.ipfund.app.benchmark;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Fills the store for the rebuild figures quickly: a fund's history, recorded once through the commands, is
 * copied under new fund ids (its id rewritten in payload and metadata, new event ids) in JDBC batches. The
 * copies are real events of real funds; only the way they got into the store is faster. Optionally leaves gaps
 * in the global index, as transactions that rolled back leave them.
 */
final class EventCopies {

    private record StoredEvent(long sequence, String type, String payloadType, String payloadRevision, String timestamp,
                               String payload, String metadata) {
    }

    private static final int SIGNED_TOGETHER = 1_000;

    private final DataSource dataSource;
    private final Consumer<List<String>> signer;

    /** Copies left unsigned: the evidence chain stops before the first of them, as before a legacy mark. */
    EventCopies(DataSource dataSource) {
        this(dataSource, ids -> { });
    }

    /**
     * Copies signed as the service signs what it records ({@code signer}: the service's provenance, given each
     * committed batch's event ids), for a store that looks in every way like one the service wrote (T8).
     */
    EventCopies(DataSource dataSource, Consumer<List<String>> signer) {
        this.dataSource = dataSource;
        this.signer = signer;
    }

    /** Copies the template fund's history until the store holds at least {@code events} more; answers how many. */
    long copy(String templateFundId, long events, int gaps) throws SQLException {
        List<StoredEvent> history = history(templateFundId);
        if (history.isEmpty()) {
            throw new IllegalStateException("the template fund " + templateFundId + " has no events");
        }
        long copies = (events + history.size() - 1) / history.size();
        long gapEvery = gaps == 0 ? Long.MAX_VALUE : Math.max(1, copies / gaps);
        long written = 0;
        int gapsLeft = gaps;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                         payload, payloadrevision, payloadtype, timestamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             Statement burn = connection.createStatement()) {
            connection.setAutoCommit(false);
            List<String> batchIds = new ArrayList<>();
            for (long copy = 0; copy < copies; copy++) {
                String fundId = templateFundId + "-copy-" + copy;
                for (StoredEvent event : history) {
                    insert.setString(1, fundId);
                    insert.setLong(2, event.sequence());
                    insert.setString(3, event.type());
                    String eventId = UUID.randomUUID().toString();
                    batchIds.add(eventId);
                    insert.setString(4, eventId);
                    insert.setBytes(5, rewrite(event.metadata(), templateFundId, fundId));
                    insert.setBytes(6, rewrite(event.payload(), templateFundId, fundId));
                    insert.setString(7, event.payloadRevision());
                    insert.setString(8, event.payloadType());
                    insert.setString(9, event.timestamp());
                    insert.addBatch();
                    written++;
                }
                if (gapsLeft > 0 && copy % gapEvery == 0) {
                    // a position handed out and never used, as a rolled-back append leaves it
                    burn.execute("SELECT nextval(pg_get_serial_sequence('domainevententry', 'globalindex'))");
                    gapsLeft--;
                }
                if (copy % 50 == 49 || copy == copies - 1) {
                    insert.executeBatch();
                    connection.commit();
                    // signed as the service signs a transaction's events: a few at a time, not tens of thousands
                    for (int from = 0; from < batchIds.size(); from += SIGNED_TOGETHER) {
                        signer.accept(List.copyOf(batchIds.subList(from,
                                Math.min(batchIds.size(), from + SIGNED_TOGETHER))));
                    }
                    batchIds.clear();
                }
            }
        }
        return written;
    }

    private List<StoredEvent> history(String fundId) throws SQLException {
        List<StoredEvent> history = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT sequencenumber, type, payloadtype, payloadrevision, timestamp, payload, metadata
                     FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber""")) {
            select.setString(1, fundId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    history.add(new StoredEvent(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), new String(rows.getBytes(6), StandardCharsets.UTF_8),
                            rows.getBytes(7) == null ? null : new String(rows.getBytes(7), StandardCharsets.UTF_8)));
                }
            }
        }
        return history;
    }

    private static byte[] rewrite(String json, String from, String to) {
        return json == null ? null : json.replace("\"" + from + "\"", "\"" + to + "\"").getBytes(StandardCharsets.UTF_8);
    }
}
