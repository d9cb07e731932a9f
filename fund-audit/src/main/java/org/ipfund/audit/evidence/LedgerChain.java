package org.ipfund.audit.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.ipfund.projections.progress.ProjectionProgress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hash chain over the audit ledger's lines, in the order of their events and line numbers. The ledger is a
 * view, so a line is linked only once the ledger has read past its event and that event is itself linked in
 * the {@link EventChain}: then the line can no longer change, and a rebuild of the ledger writes it again
 * exactly as it was.
 */
@Component
public class LedgerChain {

    static final String LEDGER_VIEW = "audit-ledger";
    private static final String LINE_COLUMNS = """
            event_id, line, fund_id, event_position, business_date, account, source, fact_id, debit, credit, currency""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ProjectionProgress progress;
    private final int batch;

    public LedgerChain(JdbcTemplate jdbc, TransactionTemplate transactions, ProjectionProgress progress,
                       @Value("${fund.audit.chain-batch:2000}") int batch) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.progress = progress;
        if (batch < 1) {
            throw new IllegalArgumentException("fund.audit.chain-batch must be at least 1, not " + batch);
        }
        this.batch = batch;
    }

    /** Links the ledger's lines up to the events chain's head, once the ledger view has reached it. */
    public ChainHead extend(ChainHead events) {
        if (events.position() < 0 || !progress.hasReached(LEDGER_VIEW, events.position())) {
            return head();
        }
        boolean more = true;
        while (more) {
            more = Boolean.TRUE.equals(transactions.execute(status -> linkNextLines(events.position())));
        }
        return head();
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
        String hash = tip.hash();
        List<Object[]> links = new ArrayList<>();
        for (LedgerLine line : lines) {
            hash = line.link(hash);
            links.add(new Object[] {line.eventPosition(), line.line(), line.eventId(), hash});
        }
        jdbc.batchUpdate("INSERT INTO ledger_chain (event_position, line, event_id, hash) VALUES (?, ?, ?, ?)", links);
        return lines.size() == batch;
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
        jdbc.query("SELECT c.event_position AS linked_position, c.line AS linked_line, c.hash AS linked_hash, l.*"
                        + " FROM (SELECT " + LINE_COLUMNS + " FROM ledger_entry WHERE event_position <= ?) l"
                        + " FULL OUTER JOIN ledger_chain c ON c.event_position = l.event_position AND c.line = l.line"
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
                }, head.position());
        return broken[0] != null ? broken[0] : ChainReport.intact(checked[0], headOf(head), head.hash());
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
    }
}
