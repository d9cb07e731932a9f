package org.ipfund.audit.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ipfund.audit.history.EventHistory;
import org.ipfund.projections.ledger.LedgerPostings;
import org.ipfund.projections.progress.ProjectionProgress;
import org.ipfund.projections.store.EventStoreTables;
import org.ipfund.projections.store.SignedRow;
import org.ipfund.projections.store.StoredEventRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hash chain over the audit ledger's lines, in the order of their events and line numbers. The ledger is a
 * view, so a line is linked only once the ledger has read past its event and that event is itself linked in
 * the {@link EventChain}: then the line can no longer change, and a rebuild of the ledger writes it again
 * exactly as it was. A line is linked only if the service posted it: its event is stored at the position it
 * names, signed by the service ({@link EventProvenance}), and posts exactly that line ({@link LedgerPostings});
 * {@link #verify()} checks every line so, those above the chain's head too.
 */
@Component
public class LedgerChain {

    static final String LEDGER_VIEW = "audit-ledger";
    private static final Logger LOG = LoggerFactory.getLogger(LedgerChain.class);
    private static final int DERIVATION_PAGE = 1000;
    private static final String LINE_COLUMNS = """
            event_id, line, fund_id, event_position, business_date, account, source, fact_id, debit, credit, currency""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ProjectionProgress progress;
    private final int batch;
    private final EventStoreTables store;
    private final EventProvenance provenance;
    private final EventHistory history;

    public LedgerChain(JdbcTemplate jdbc, TransactionTemplate transactions, ProjectionProgress progress,
                       @Value("${fund.audit.chain-batch:2000}") int batch, EventStoreTables store,
                       EventProvenance provenance, EventHistory history) {
        this.jdbc = jdbc;
        this.store = store;
        this.provenance = provenance;
        this.history = history;
        this.transactions = transactions;
        this.progress = progress;
        if (batch < 1) {
            throw new IllegalArgumentException("fund.audit.chain-batch must be at least 1, not " + batch);
        }
        this.batch = batch;
    }

    /** Links the ledger's lines up to the events chain's last link, once the ledger view has reached it. */
    public void extend(ChainHead events) {
        if (events.position() < 0 || !progress.hasReached(LEDGER_VIEW, events.position())) {
            return;
        }
        boolean more = true;
        while (more) {
            more = Boolean.TRUE.equals(transactions.execute(status -> linkNextLines(events.position())));
        }
    }

    /** Links up to {@code batch} lines after the last linked one, up to {@code upTo}; true if there may be more. */
    private boolean linkNextLines(long upTo) {
        jdbc.query("SELECT pg_advisory_xact_lock(?)", (ResultSet rs) -> { }, EventChain.LOCK);
        List<Tip> tips = jdbc.query("SELECT event_position, line, hash FROM ledger_chain"
                        + " ORDER BY event_position DESC, line DESC LIMIT 1",
                (rs, row) -> new Tip(rs.getLong("event_position"), rs.getInt("line"), rs.getString("hash").trim()));
        Tip tip = tips.isEmpty() ? new Tip(-1, -1, ChainLink.GENESIS) : tips.get(0);
        List<LedgerLine> lines = jdbc.query("SELECT " + LINE_COLUMNS + " FROM ledger_entry"
                        + " WHERE (event_position, line) > (?, ?) AND event_position <= ?"
                        + " ORDER BY event_position, line LIMIT ?",
                LedgerChain::read, tip.eventPosition(), tip.line(), upTo, batch);
        Optional<Underived> underived = firstUnderived(lines);
        String hash = tip.hash();
        List<Object[]> links = new ArrayList<>();
        for (LedgerLine line : lines) {
            if (underived.isPresent() && underived.get().line() == line) {
                LOG.error("The ledger chain stops before the line {} of the event at {}: {}", line.line(),
                        line.eventPosition(), underived.get().problem());
                break;
            }
            hash = line.link(hash);
            links.add(new Object[] {line.eventPosition(), line.line(), line.eventId(), hash});
        }
        jdbc.batchUpdate("INSERT INTO ledger_chain (event_position, line, event_id, hash) VALUES (?, ?, ?, ?)", links);
        return underived.isEmpty() && lines.size() == batch;
    }

    /** A ledger line the service did not post, and why. */
    private record Underived(LedgerLine line, String problem) {
    }

    /**
     * The first of these lines that the service did not post: its event is missing, elsewhere, not the service's,
     * or does not post that very line.
     */
    private Optional<Underived> firstUnderived(List<LedgerLine> lines) {
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        Set<String> eventIds = lines.stream().map(LedgerLine::eventId).collect(Collectors.toSet());
        Map<String, SignedRow> events = store.signedRowsWithIds(eventIds, EventProvenance.SIGNATURES).stream()
                .collect(Collectors.toMap(row -> row.event().eventId(), row -> row));
        long legacyThrough = provenance.legacyThrough();
        Map<String, String> problems = new HashMap<>();
        List<StoredEventRow> genuine = new ArrayList<>();
        for (SignedRow event : events.values()) {
            String problem = provenance.problemWith(event.event(), event.signature(), legacyThrough);
            if (problem == null) {
                genuine.add(event.event());
            } else {
                problems.put(event.event().eventId(), problem);
            }
        }
        Map<String, Object> payloads = history.payloadsById(genuine);
        for (LedgerLine line : lines) {
            SignedRow event = events.get(line.eventId());
            String problem;
            if (event == null) {
                problem = "a ledger line points to an event the store does not hold: the service did not post it"
                        + " (inserted)";
            } else if (event.event().position() != line.eventPosition()) {
                problem = "a ledger line names its event at position " + line.eventPosition() + ", the store holds it"
                        + " at " + event.event().position() + " (inserted or changed)";
            } else if (problems.containsKey(line.eventId())) {
                problem = "the ledger line's event is not the service's: " + problems.get(line.eventId());
            } else {
                problem = line.differenceFrom(LedgerPostings.of(payloads.get(line.eventId())));
            }
            if (problem != null) {
                return Optional.of(new Underived(line, problem));
            }
        }
        return Optional.empty();
    }

    /** The last linked line: where the next one links on. */
    private record Tip(long eventPosition, int line, String hash) {
    }

    public ChainHead head() {
        List<ChainHead> heads = jdbc.query("""
                SELECT event_position, hash, (SELECT count(*) FROM ledger_chain) AS links FROM ledger_chain
                ORDER BY event_position DESC, line DESC LIMIT 1""",
                (rs, row) -> new ChainHead(rs.getLong("event_position"), rs.getString("hash").trim(),
                        rs.getLong("links")));
        return heads.isEmpty() ? ChainHead.empty() : heads.get(0);
    }

    /** Recomputes every link from the ledger's lines up to the head; the first disagreement is reported. */
    public ChainReport verify() {
        ChainHead head = head();
        String[] hash = {ChainLink.GENESIS};
        long[] checked = {0};
        ChainReport[] broken = {null};
        // both sides up to the head read first: the chain may grow meanwhile (the scheduled extension), and a link
        // beyond that head is no line gone missing
        jdbc.query("SELECT c.event_position AS linked_position, c.line AS linked_line, c.hash AS linked_hash, l.*"
                        + " FROM (SELECT " + LINE_COLUMNS + " FROM ledger_entry WHERE event_position <= ?) l"
                        + " FULL OUTER JOIN (SELECT * FROM ledger_chain WHERE event_position <= ?) c"
                        + " ON c.event_position = l.event_position AND c.line = l.line"
                        + " ORDER BY COALESCE(c.event_position, l.event_position), COALESCE(c.line, l.line)",
                (ResultSet rs) -> {
                    if (broken[0] != null) {
                        return;
                    }
                    long linked = rs.getLong("linked_position");
                    boolean isLinked = !rs.wasNull();
                    long position = rs.getLong("event_position");
                    boolean isStored = !rs.wasNull();
                    if (!isStored || !isLinked) {
                        broken[0] = ChainReport.broken(checked[0], isStored ? position : linked, isStored
                                ? "a ledger line below the chain's head was never linked (inserted)"
                                : "a linked ledger line is missing (deleted)", headOf(head), head.hash());
                        return;
                    }
                    hash[0] = read(rs, 0).link(hash[0]);
                    if (!hash[0].equals(rs.getString("linked_hash").trim())) {
                        broken[0] = ChainReport.broken(checked[0], position,
                                "the ledger line or its link differs from what was linked (changed)", headOf(head),
                                head.hash());
                        return;
                    }
                    checked[0]++;
                }, head.position(), head.position());
        if (broken[0] != null) {
            return broken[0];
        }
        return underived(head).orElse(ChainReport.intact(checked[0], headOf(head), head.hash()));
    }

    /** Every line in the ledger, linked or not, checked against what its signed event posts, page by page. */
    private Optional<ChainReport> underived(ChainHead head) {
        Tip after = new Tip(Long.MIN_VALUE, Integer.MIN_VALUE, null);
        while (true) {
            List<LedgerLine> lines = jdbc.query("SELECT " + LINE_COLUMNS + " FROM ledger_entry"
                            + " WHERE (event_position, line) > (?, ?) ORDER BY event_position, line LIMIT ?",
                    LedgerChain::read, after.eventPosition(), after.line(), DERIVATION_PAGE);
            Optional<Underived> underived = firstUnderived(lines);
            if (underived.isPresent()) {
                long linked = jdbc.queryForObject("SELECT count(*) FROM ledger_chain WHERE (event_position, line) < (?, ?)",
                        Long.class, underived.get().line().eventPosition(), underived.get().line().line());
                return Optional.of(ChainReport.broken(linked, underived.get().line().eventPosition(),
                        underived.get().problem(), headOf(head), head.hash()));
            }
            if (lines.size() < DERIVATION_PAGE) {
                return Optional.empty();
            }
            LedgerLine last = lines.get(lines.size() - 1);
            after = new Tip(last.eventPosition(), last.line(), null);
        }
    }

    /** The chain as recomputed from the ledger's lines alone, for the events up to {@code position}. */
    public ChainHead recompute(long position) {
        String[] hash = {ChainLink.GENESIS};
        long[] count = {0};
        long[] last = {-1};
        jdbc.query("SELECT " + LINE_COLUMNS + " FROM ledger_entry WHERE event_position <= ?"
                        + " ORDER BY event_position, line",
                (ResultSet rs) -> {
                    LedgerLine line = read(rs, 0);
                    hash[0] = line.link(hash[0]);
                    count[0]++;
                    last[0] = line.eventPosition();
                }, position);
        return new ChainHead(last[0], hash[0], count[0]);
    }

    /** Every ledger line for the events up to {@code position}, in the chain's text form, with its link's hash. */
    public List<EvidenceRecords.LedgerLine> records(long position) {
        Map<String, String> hashes = new HashMap<>();
        jdbc.query("SELECT event_position, line, hash FROM ledger_chain WHERE event_position <= ?",
                (ResultSet rs) -> {
                    hashes.put(rs.getLong(1) + "/" + rs.getInt(2), rs.getString(3).trim());
                }, position);
        return jdbc.query("SELECT " + LINE_COLUMNS + " FROM ledger_entry WHERE event_position <= ?"
                        + " ORDER BY event_position, line", LedgerChain::read, position).stream()
                .map(line -> new EvidenceRecords.LedgerLine(line.eventId(), line.line(), line.fundId(),
                        line.eventPosition(), line.businessDate(), line.account(), line.source(), line.factId(),
                        line.debit(), line.credit(), line.currency(),
                        hashes.get(line.eventPosition() + "/" + line.line())))
                .toList();
    }

    private static Long headOf(ChainHead head) {
        return head.position() < 0 ? null : head.position();
    }

    private static LedgerLine read(ResultSet rs, int row) throws SQLException {
        return new LedgerLine(rs.getString("event_id"), rs.getInt("line"), rs.getString("fund_id"),
                rs.getLong("event_position"), rs.getString("business_date"), rs.getString("account"),
                rs.getString("source"), rs.getString("fact_id"), rs.getBigDecimal("debit").toPlainString(),
                rs.getBigDecimal("credit").toPlainString(), rs.getString("currency"));
    }

    /** A ledger line as stored; every column takes part in its link. */
    private record LedgerLine(String eventId, int line, String fundId, long eventPosition, String businessDate,
                              String account, String source, String factId, String debit, String credit,
                              String currency) {

        String link(String previousHash) {
            return ChainLink.next(previousHash, eventId, line, fundId, eventPosition, businessDate, account, source,
                    factId, debit, credit, currency);
        }

        /** Null when this is one of {@code postings} exactly; otherwise how it differs. */
        String differenceFrom(List<LedgerPostings.Posting> postings) {
            LedgerPostings.Posting posted = postings.stream().filter(posting -> posting.line() == line)
                    .findFirst().orElse(null);
            if (posted == null) {
                return "a ledger line that its event does not post: the service did not post it (inserted)";
            }
            boolean same = posted.fundId().equals(fundId) && posted.businessDate().toString().equals(businessDate)
                    && posted.account().name().equals(account)
                    && java.util.Objects.equals(posted.source() == null ? null : posted.source().name(), source)
                    && posted.factId().equals(factId) && posted.debit().compareTo(new java.math.BigDecimal(debit)) == 0
                    && posted.credit().compareTo(new java.math.BigDecimal(credit)) == 0
                    && posted.currency().equals(currency);
            return same ? null : "the ledger line differs from what its event posts (changed)";
        }
    }
}
