package org.ipfund.audit.evidence;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ipfund.projections.store.EventStoreTables;
import org.ipfund.projections.store.SignedRow;
import org.ipfund.projections.store.StoredEventRow;
import org.ipfund.projections.store.StoredSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hash chain over the event store, in the order of its global index. Positions are handed out before
 * commit, so a later position can become visible before an earlier one; only events recorded at least
 * {@code fund.audit.settle-after} ago are linked, in order, and a position still missing by then (a rolled-back
 * append) is left out for good. An event appearing later below the head was inserted behind the chain's back.
 * Only events the service wrote are linked ({@link EventProvenance}): the chain stops before an unsigned or badly
 * signed event, whatever its timestamp, and {@link #verify()} names it, below the head or above it.
 */
@Component
public class EventChain {

    /**
     * One advisory lock for everyone who extends the chains, whichever node they run on; whoever holds it (a
     * session's {@code pg_advisory_lock}) keeps both chains still meanwhile.
     */
    public static final long LOCK = 0x1F2E3D4C5B6A7980L;
    private static final Logger LOG = LoggerFactory.getLogger(EventChain.class);

    private final JdbcTemplate jdbc;
    private final EventStoreTables store;
    private final TransactionTemplate transactions;
    private final Duration settleAfter;
    private final int batch;
    private final Clock clock;
    private final EventProvenance provenance;
    private volatile long refusedAt = -1;

    public EventChain(JdbcTemplate jdbc, EventStoreTables store, TransactionTemplate transactions,
                      @Value("${fund.audit.settle-after:60s}") Duration settleAfter,
                      @Value("${fund.audit.chain-batch:2000}") int batch, Clock clock, EventProvenance provenance) {
        this.jdbc = jdbc;
        this.store = store;
        this.provenance = provenance;
        this.transactions = transactions;
        this.settleAfter = settleAfter;
        if (batch < 1) {
            throw new IllegalArgumentException("fund.audit.chain-batch must be at least 1, not " + batch);
        }
        this.batch = batch;
        this.clock = clock;
    }

    /**
     * Links every settled event not linked yet, stopping before the first one the service did not write (it stays
     * unlinked, and so does everything after it, until it is removed); returns the chain's last link, uncounted
     * ({@link #head()} counts: a scan of the whole chain, which the job extending it every few seconds must not pay).
     */
    public ChainHead extend() {
        Instant settledBefore = clock.instant().minus(settleAfter);
        while (true) {
            Boolean more = transactions.execute(status -> {
                jdbc.query("SELECT pg_advisory_xact_lock(?)", (ResultSet rs) -> { }, LOCK);
                ChainHead tip = tip();
                List<SignedRow> next = store.signedRowsAfter(tip.position(), batch, EventProvenance.SIGNATURES);
                long legacyThrough = next.isEmpty() ? -1 : provenance.legacyThrough();
                String hash = tip.hash();
                List<Object[]> links = new ArrayList<>();
                for (SignedRow row : next) {
                    StoredEventRow event = row.event();
                    if (!event.recordedAt().isBefore(settledBefore)) {
                        break;
                    }
                    String problem = provenance.problemWith(event, row.signature(), legacyThrough);
                    if (problem != null) {
                        refuse(event.position(), problem);
                        break;
                    }
                    hash = link(hash, event);
                    links.add(new Object[] {event.position(), event.eventId(), hash});
                }
                jdbc.batchUpdate("INSERT INTO event_chain (position, event_id, hash) VALUES (?, ?, ?)", links);
                return links.size() == batch;
            });
            if (!Boolean.TRUE.equals(more)) {
                return tip();
            }
        }
    }

    private void refuse(long position, String problem) {
        if (refusedAt != position) {
            refusedAt = position;
            LOG.error("The event chain stops before position {}: {}. Verify names it; remove the row to go on.",
                    position, problem);
        }
    }

    public ChainHead head() {
        List<ChainHead> heads = jdbc.query("""
                SELECT position, hash, (SELECT count(*) FROM event_chain) AS links FROM event_chain
                ORDER BY position DESC LIMIT 1""",
                (rs, row) -> new ChainHead(rs.getLong("position"), rs.getString("hash").trim(), rs.getLong("links")));
        return heads.isEmpty() ? ChainHead.empty() : heads.get(0);
    }

    /** The last link alone: counting the links (a scan of the chain) is left to {@link #head()}. */
    private ChainHead tip() {
        List<ChainHead> tips = jdbc.query("SELECT position, hash FROM event_chain ORDER BY position DESC LIMIT 1",
                (rs, row) -> new ChainHead(rs.getLong("position"), rs.getString("hash").trim(), -1));
        return tips.isEmpty() ? ChainHead.empty() : tips.get(0);
    }

    /**
     * Recomputes every link from the events up to the head and compares it with the stored chain: a changed
     * event, a deleted one, one inserted below the head, or a rewritten link is the first bad position. Every event
     * must also carry the service's signature (or be legacy), those above the head too: a row inserted at the head
     * is named even though the chain never linked it.
     */
    public ChainReport verify() {
        ChainHead head = head();
        Verification verification = new Verification(provenance, provenance.legacyThrough());
        store.besideLinks(head.position(), "event_chain", EventProvenance.SIGNATURES, verification::check);
        store.forEachSignedRowAfter(head.position(), EventProvenance.SIGNATURES, verification::checkAboveHead);
        return verification.report(head);
    }

    /** The chain as recomputed from the events alone, up to and including {@code position}. */
    public ChainHead recompute(long position) {
        String[] hash = {ChainLink.GENESIS};
        long[] count = {0};
        long[] last = {-1};
        store.forEachRowUpTo(position, event -> {
            hash[0] = link(hash[0], event);
            count[0]++;
            last[0] = event.position();
        });
        return new ChainHead(last[0], hash[0], count[0]);
    }

    /** Every event up to {@code position} as stored, with its signature and its link's hash (null if unlinked). */
    public List<EvidenceRecords.Event> records(long position) {
        java.util.Map<Long, String> hashes = new java.util.HashMap<>();
        jdbc.query("SELECT position, hash FROM event_chain WHERE position <= ?",
                (ResultSet rs) -> {
                    hashes.put(rs.getLong(1), rs.getString(2).trim());
                }, position);
        java.util.Base64.Encoder base64 = java.util.Base64.getEncoder();
        List<EvidenceRecords.Event> events = new ArrayList<>();
        store.forEachSignedRowUpTo(position, EventProvenance.SIGNATURES, row -> {
            StoredEventRow event = row.event();
            StoredSignature signature = row.signature();
            events.add(new EvidenceRecords.Event(event.position(), event.eventId(), event.aggregateId(),
                    event.sequence(), event.type(), event.payloadType(), event.payloadRevision(),
                    event.payload() == null ? null : base64.encodeToString(event.payload()),
                    event.metadata() == null ? null : base64.encodeToString(event.metadata()), event.timestamp(),
                    signature == null ? null : signature.keyId(), signature == null ? null : signature.algorithm(),
                    signature == null ? null : signature.signature(), hashes.get(event.position())));
        });
        return events;
    }

    /** Every column of the row as stored takes part in its link. */
    static String link(String previousHash, StoredEventRow event) {
        return ChainLink.next(previousHash, event.position(), event.eventId(), event.aggregateId(), event.sequence(),
                event.type(), event.payloadType(), event.payloadRevision(), event.payload(), event.metadata(),
                event.timestamp());
    }

    /** Walks events and links side by side, stopping at the first disagreement. */
    private static final class Verification {
        private final EventProvenance provenance;
        private final long legacyThrough;
        private String hash = ChainLink.GENESIS;
        private long checked;
        private long legacy;
        private Long badPosition;
        private String problem;

        Verification(EventProvenance provenance, long legacyThrough) {
            this.provenance = provenance;
            this.legacyThrough = legacyThrough;
        }

        void check(EventStoreTables.LinkedRow row) {
            if (badPosition != null) {
                return;
            }
            StoredEventRow event = row.event();
            if (event == null) {
                fail(row.linkedPosition(), "the event linked at this position is missing from the store (deleted)");
                return;
            }
            long position = event.position();
            if (row.linkedPosition() == null) {
                fail(position, "an event is stored at this position, below the chain's head, that was never linked"
                        + " (inserted)");
                return;
            }
            hash = link(hash, event);
            if (!event.eventId().equals(row.linkedEventId()) || !hash.equals(row.linkedHash())) {
                fail(position, "the event or its link differs from what was linked (changed)");
                return;
            }
            if (!signed(event, row.signature())) {
                return;
            }
            checked++;
        }

        /** An event the chain has not linked yet: it must be the service's all the same. */
        void checkAboveHead(SignedRow row) {
            if (badPosition == null) {
                signed(row.event(), row.signature());
            }
        }

        private boolean signed(StoredEventRow event, StoredSignature signature) {
            String wrong = provenance.problemWith(event, signature, legacyThrough);
            if (wrong != null) {
                fail(event.position(), wrong);
                return false;
            }
            if (signature == null) {
                legacy++;
            }
            return true;
        }

        private void fail(long position, String why) {
            badPosition = position;
            problem = why;
        }

        ChainReport report(ChainHead head) {
            Long headPosition = head.position() < 0 ? null : head.position();
            return badPosition == null ? ChainReport.intact(checked, headPosition, head.hash())
                    : ChainReport.broken(checked, badPosition, problem, headPosition, head.hash());
        }
    }
}
