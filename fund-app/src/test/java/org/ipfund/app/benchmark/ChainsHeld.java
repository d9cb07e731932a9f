package org.ipfund.app.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.ipfund.audit.evidence.EventChain;

/**
 * The evidence chains held still while it is open: a session of its own holds the lock everyone who extends them
 * takes ({@link EventChain#LOCK}), so the chain job waits instead of linking while a figure is measured.
 */
final class ChainsHeld implements AutoCloseable {

    private final Connection session;

    private ChainsHeld(Connection session) {
        this.session = session;
    }

    /** Waits for the chains' lock (a chain job linking now finishes its batch first) and holds it. */
    static ChainsHeld in(DataSource dataSource) throws SQLException {
        Connection session = dataSource.getConnection();
        try {
            session.setAutoCommit(true);
            lock(session, "SELECT pg_advisory_lock(?)");
            return new ChainsHeld(session);
        } catch (SQLException | RuntimeException failed) {
            session.close();
            throw failed;
        }
    }

    @Override
    public void close() throws SQLException {
        try (session) {
            lock(session, "SELECT pg_advisory_unlock(?)");
        }
    }

    private static void lock(Connection session, String sql) throws SQLException {
        try (PreparedStatement statement = session.prepareStatement(sql)) {
            statement.setLong(1, EventChain.LOCK);
            statement.executeQuery().close();
        }
    }
}
