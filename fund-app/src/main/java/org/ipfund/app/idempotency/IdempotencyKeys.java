package org.ipfund.app.idempotency;

import java.sql.SQLException;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The first answers to writes sent with an {@code Idempotency-Key}, kept in PostgreSQL so they outlive a restart. */
@Component
public class IdempotencyKeys {

    /** PostgreSQL's SQL state for NOWAIT meeting a lock (the driver's translation leaves it uncategorised). */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final JdbcTemplate jdbc;

    public IdempotencyKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes the key's row, unless a request with this key made it before (committed at once, for all to see). */
    void claim(String owner, String key, String fingerprint) {
        jdbc.update("""
                INSERT INTO idempotency_key (owner, key, fingerprint) VALUES (?, ?, ?)
                ON CONFLICT (owner, key) DO NOTHING""", owner, key, fingerprint);
    }

    /**
     * Locks the key's row in the caller's transaction if no other request holds it; empty when one does (it is being
     * served). A lock that a crashed instance held is gone with its connection.
     */
    Optional<KeptAnswer> tryLock(String owner, String key) {
        try {
            return jdbc.query("""
                    SELECT fingerprint, status, content_type, location, body FROM idempotency_key
                    WHERE owner = ? AND key = ? FOR UPDATE NOWAIT""",
                    (rs, row) -> new KeptAnswer(rs.getString("fingerprint").trim(), (Integer) rs.getObject("status"),
                            rs.getString("content_type"), rs.getString("location"), rs.getBytes("body")),
                    owner, key).stream().findFirst();
        } catch (DataAccessException failed) {
            if (failed.getMostSpecificCause() instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                return Optional.empty(); // held by another request
            }
            throw failed;
        }
    }

    /** Keeps the first answer; false when the key was answered already (by another request), which then stands. */
    boolean completeIfUnanswered(String owner, String key, int status, String contentType, String location,
                                 byte[] body) {
        return jdbc.update("""
                UPDATE idempotency_key SET status = ?, content_type = ?, location = ?, body = ?, completed_at = now()
                WHERE owner = ? AND key = ? AND status IS NULL""", status, contentType, location, body, owner, key) == 1;
    }

    /** A kept answer; {@code status} is null while the first request is still being served. */
    record KeptAnswer(String fingerprint, Integer status, String contentType, String location, byte[] body) {
    }
}
