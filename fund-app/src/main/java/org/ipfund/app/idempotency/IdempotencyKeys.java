package org.ipfund.app.idempotency;

import java.time.Duration;
import java.util.Optional;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The first answers to writes sent with an {@code Idempotency-Key}, kept in PostgreSQL so they outlive a restart. */
@Component
public class IdempotencyKeys {

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
     * Locks the key's row in the caller's transaction, waiting at most {@code wait} for a request that holds it; empty
     * when that request is still being served. A lock that a crashed instance held is gone with its connection.
     */
    Optional<KeptAnswer> lock(String owner, String key, Duration wait) {
        jdbc.execute("SET LOCAL lock_timeout = " + wait.toMillis());
        try {
            return jdbc.query("""
                    SELECT fingerprint, status, content_type, location, body FROM idempotency_key
                    WHERE owner = ? AND key = ? FOR UPDATE""",
                    (rs, row) -> new KeptAnswer(rs.getString("fingerprint").trim(), (Integer) rs.getObject("status"),
                            rs.getString("content_type"), rs.getString("location"), rs.getBytes("body")),
                    owner, key).stream().findFirst();
        } catch (PessimisticLockingFailureException stillServed) {
            return Optional.empty();
        }
    }

    void complete(String owner, String key, int status, String contentType, String location, byte[] body) {
        jdbc.update("""
                UPDATE idempotency_key SET status = ?, content_type = ?, location = ?, body = ?, completed_at = now()
                WHERE owner = ? AND key = ?""", status, contentType, location, body, owner, key);
    }

    /** A kept answer; {@code status} is null while the first request is still being served. */
    record KeptAnswer(String fingerprint, Integer status, String contentType, String location, byte[] body) {
    }
}
