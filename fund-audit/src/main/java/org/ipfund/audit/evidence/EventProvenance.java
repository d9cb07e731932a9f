package org.ipfund.audit.evidence;

import java.util.Collection;
import java.util.List;
import org.ipfund.projections.store.EventStoreTables;
import org.ipfund.projections.store.StoredEventRow;
import org.ipfund.projections.store.StoredSignature;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Proves that the service wrote each event: in the transaction that records a command, once Axon has appended its
 * events, each row is read back as stored and signed ({@link EventSigningKeys}) over every column, into
 * {@code event_signature}. Whoever can write the database but not read the key file cannot make a row that passes.
 * A store that already held events when signing began keeps them as legacy: the positions up to the signed
 * {@link SigningStart} mark are accepted unsigned; every later event must carry a valid signature.
 */
@Component
public class EventProvenance {

    /** The table of signatures, one per event. */
    public static final String SIGNATURES = "event_signature";

    private final JdbcTemplate jdbc;
    private final EventStoreTables store;
    private final EventSigningKeys keys;

    public EventProvenance(JdbcTemplate jdbc, EventStoreTables store, EventSigningKeys keys) {
        this.jdbc = jdbc;
        this.store = store;
        this.keys = keys;
        beginSigning();
    }

    /**
     * Where signing began: events at positions up to {@code afterPosition} were recorded before it (-1 for a store
     * that signed from its first event). {@code valid} is false when the mark is missing or its signature fails,
     * and then no event counts as legacy.
     */
    public record SigningStart(long afterPosition, String keyId, String algorithm, String signature, boolean valid) {
    }

    /**
     * Signs the given events as stored. Call it in the transaction that appended them, after the append: a row
     * not found is an error, so that no command commits an event without its signature. Answers the rows signed, in
     * the store's order: their positions are what the command's caller is told, without another query.
     */
    public List<StoredEventRow> signRecorded(Collection<String> eventIds) {
        List<StoredEventRow> rows = store.rowsWithIds(eventIds);
        if (rows.size() != eventIds.size()) {
            throw new IllegalStateException("only " + rows.size() + " of the " + eventIds.size()
                    + " events to sign are stored yet: signing must follow the append in its transaction");
        }
        jdbc.batchUpdate("INSERT INTO " + SIGNATURES + " (event_id, key_id, algorithm, signature) VALUES (?, ?, ?, ?)",
                rows.stream().map(row -> new Object[] {row.eventId(), keys.keyId(), keys.algorithm().name(),
                        keys.sign(signedContent(row))}).toList());
        return rows;
    }

    /** What an event's signature covers: every column of the row as stored, its position included. */
    public static byte[] signedContent(StoredEventRow row) {
        return ChainLink.encode("ipfund-event", 1, row.position(), row.eventId(), row.aggregateId(), row.sequence(),
                row.type(), row.payloadType(), row.payloadRevision(), row.payload(), row.metadata(), row.timestamp());
    }

    static byte[] signedContent(long afterPosition) {
        return ChainLink.encode("ipfund-signing-start", 1, afterPosition);
    }

    /** The mark of where signing began, checked against the known keys. */
    public SigningStart signingStart() {
        List<SigningStart> marks = jdbc.query(
                "SELECT after_position, key_id, algorithm, signature FROM event_signing_start WHERE id = 1",
                (rs, row) -> {
                    long after = rs.getLong("after_position");
                    String keyId = rs.getString("key_id");
                    String algorithm = rs.getString("algorithm");
                    String signature = rs.getString("signature");
                    return new SigningStart(after, keyId, algorithm, signature,
                            keys.verify(keyId, algorithm, signedContent(after), signature));
                });
        return marks.isEmpty() ? new SigningStart(-1, null, null, null, false) : marks.get(0);
    }

    /** The last position accepted unsigned as legacy: -1 unless a valid mark says otherwise. */
    public long legacyThrough() {
        SigningStart start = signingStart();
        return start.valid() ? start.afterPosition() : -1;
    }

    /**
     * Null when the service wrote this event (its signature verifies with a known key), or when it is a legacy
     * event at or below {@code legacyThrough} without a signature; otherwise what is wrong with it.
     */
    public String problemWith(StoredEventRow event, StoredSignature signature, long legacyThrough) {
        if (signature == null) {
            return event.position() <= legacyThrough ? null
                    : "the event carries no signature of the service: the service did not record it (inserted)";
        }
        if (!keys.known().containsKey(signature.keyId())) {
            return "the event is signed with key " + signature.keyId() + ", which the service does not know"
                    + " (forged, or its public key is missing from fund.audit.event-public-keys-dir)";
        }
        return keys.verify(signature.keyId(), signature.algorithm(), signedContent(event), signature.signature())
                ? null
                : "the event's signature does not match the row as stored: the row was changed after it was"
                        + " recorded, or the service did not record it";
    }

    /** On a store's first start with signing: every event already stored is legacy, and the mark says so, signed. */
    private void beginSigning() {
        long head = store.head();
        jdbc.update("INSERT INTO event_signing_start (id, after_position, key_id, algorithm, signature)"
                        + " VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                head, keys.keyId(), keys.algorithm().name(), keys.sign(signedContent(head)));
    }
}
