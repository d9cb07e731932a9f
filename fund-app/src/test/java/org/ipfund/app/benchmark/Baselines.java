package org.ipfund.app.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * What the database and driver alone achieve on this machine, measured in the same run as the product: the physical
 * limit the product's figures are judged against. Rows carry a payload the size of a typical recorded event.
 */
final class Baselines {

    private static final byte[] PAYLOAD = new byte[600];

    private final DataSource dataSource;

    Baselines(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void createScratchTables() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("DROP TABLE IF EXISTS bench_row, bench_view");
            sql.execute("CREATE TABLE bench_row (id BIGSERIAL PRIMARY KEY, fund_id VARCHAR(64) NOT NULL, payload BYTEA NOT NULL)");
            sql.execute("CREATE TABLE bench_view (event_position BIGINT PRIMARY KEY, fund_id VARCHAR(255) NOT NULL, payload_bytes INT NOT NULL)");
        }
    }

    /** B1 and B2: one row per INSERT, each committed on its own, from {@code connections} connections at once. */
    Figure singleRowInserts(String id, int connections, int rows) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(connections);
        try {
            long started = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                int writer = c;
                done.add(writers.submit(() -> {
                    try (Connection connection = dataSource.getConnection();
                         PreparedStatement insert = connection.prepareStatement(
                                 "INSERT INTO bench_row (fund_id, payload) VALUES (?, ?)")) {
                        connection.setAutoCommit(true);
                        for (int i = writer; i < rows; i += connections) {
                            insert.setString(1, "fund-" + (i % 100));
                            insert.setBytes(2, PAYLOAD);
                            insert.executeUpdate();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
            return Figure.of(id, "single-row INSERT, %d connection(s)".formatted(connections),
                    rows / seconds(started), "rows/s");
        } finally {
            writers.shutdownNow();
        }
    }

    /** B3: JDBC batches of 100 rows, each batch committed, on one connection. */
    Figure batchedInserts(int rows) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_row (fund_id, payload) VALUES (?, ?)")) {
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            for (int i = 0; i < rows; i++) {
                insert.setString(1, "fund-" + (i % 100));
                insert.setBytes(2, PAYLOAD);
                insert.addBatch();
                if (i % 100 == 99 || i == rows - 1) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            return Figure.of("B3", "JDBC batches of 100 rows, 1 connection", rows / seconds(started), "rows/s");
        }
    }

    /**
     * B5: a replay written by hand: the event rows read in keyset pages of 1,000 (payloads included), and per page
     * one batched upsert into a view table, a row per event keyed by its position (as the product's views key
     * their rows by event or fact; the driver may send the batch as multi-row INSERTs).
     */
    Figure handWrittenReplay() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                sql.execute("TRUNCATE bench_view");
            }
            connection.commit();
            long started = System.nanoTime();
            long after = -1;
            long replayed = 0;
            try (PreparedStatement page = connection.prepareStatement("""
                    SELECT globalindex, aggregateidentifier, payload, metadata FROM domainevententry
                    WHERE globalindex > ? ORDER BY globalindex LIMIT 1000""");
                 PreparedStatement upsert = connection.prepareStatement("""
                         INSERT INTO bench_view (event_position, fund_id, payload_bytes) VALUES (?, ?, ?)
                         ON CONFLICT (event_position) DO UPDATE SET fund_id = excluded.fund_id,
                             payload_bytes = excluded.payload_bytes""")) {
                while (true) {
                    page.setLong(1, after);
                    int rows = 0;
                    try (ResultSet events = page.executeQuery()) {
                        while (events.next()) {
                            after = events.getLong(1);
                            byte[] payload = events.getBytes(3);
                            events.getBytes(4);
                            upsert.setLong(1, after);
                            upsert.setString(2, events.getString(2));
                            upsert.setInt(3, payload.length);
                            upsert.addBatch();
                            rows++;
                        }
                    }
                    if (rows == 0) {
                        break;
                    }
                    upsert.executeBatch();
                    connection.commit();
                    replayed += rows;
                }
            }
            return Figure.of("B5", "hand-written replay: keyset SELECT, batched upsert (%,d events)".formatted(replayed),
                    replayed / seconds(started), "events/s");
        }
    }

    static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
