package org.ipfund.app.idempotency;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The first answers to writes sent with an {@code Idempotency-Key}, kept in PostgreSQL so they outlive a restart. */
@Component
public class IdempotencyKeys {

    private final JdbcTemplate jdbc;

    public IdempotencyKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the key for this request; false when it was claimed before (by this or another request). */
    boolean claim(String owner, String key, String fingerprint) {
        return jdbc.update("""
                INSERT INTO idempotency_key (owner, key, fingerprint) VALUES (?, ?, ?)
                ON CONFLICT (owner, key) DO NOTHING""", owner, key, fingerprint) == 1;
    }

    Optional<KeptAnswer> find(String owner, String key) {
        List<KeptAnswer> found = jdbc.query("""
                SELECT fingerprint, status, content_type, location, body FROM idempotency_key
                WHERE owner = ? AND key = ?""",
                (rs, row) -> new KeptAnswer(rs.getString("fingerprint").trim(), (Integer) rs.getObject("status"),
                        rs.getString("content_type"), rs.getString("location"), rs.getBytes("body")),
                owner, key);
        return found.stream().findFirst();
    }

    void complete(String owner, String key, int status, String contentType, String location, byte[] body) {
        jdbc.update("""
                UPDATE idempotency_key SET status = ?, content_type = ?, location = ?, body = ?, completed_at = now()
                WHERE owner = ? AND key = ?""", status, contentType, location, body, owner, key);
    }

    /** Lets the key be used again: the request failed for a reason a retry may not meet (the database was down). */
    void release(String owner, String key) {
        jdbc.update("DELETE FROM idempotency_key WHERE owner = ? AND key = ? AND status IS NULL", owner, key);
    }

    /** A kept answer; {@code status} is null while the first request is still being served. */
    record KeptAnswer(String fingerprint, Integer status, String contentType, String location, byte[] body) {
    }
}
