package org.ipfund.projections.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.queryhandling.QueryHandler;
import org.ipfund.domain.CapitalSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers {@link FindLedger} from the lines {@link AuditLedgerProjection} posts. */
@Component
public class LedgerQueries {

    private final JdbcTemplate jdbc;

    public LedgerQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The lines in the order of the event stream, or null when the query names a fund that was never launched. */
    @QueryHandler
    public LedgerView handle(FindLedger query) {
        StringBuilder sql = new StringBuilder("""
                SELECT event_id, line, event_position, fund_id, business_date, account, source, fact_id, debit,
                       credit, currency
                FROM ledger_entry WHERE TRUE""");
        List<Object> arguments = new ArrayList<>();
        if (query.fundId() != null) {
            // a launch posts no line, so only the fund's own view tells a fund without money from no fund
            if (jdbc.queryForObject("SELECT count(*) FROM fund_view WHERE fund_id = ?", Long.class, query.fundId()) == 0) {
                return null;
            }
            sql.append(" AND fund_id = ?");
            arguments.add(query.fundId());
        }
        if (query.from() != null) {
            sql.append(" AND business_date >= ?");
            arguments.add(query.from());
        }
        if (query.to() != null) {
            sql.append(" AND business_date <= ?");
            arguments.add(query.to());
        }
        sql.append(" ORDER BY event_position, line");
        List<LedgerEntry> lines = jdbc.query(sql.toString(), (rs, row) -> {
            String source = rs.getString("source");
            return new LedgerEntry(rs.getString("event_id"), rs.getInt("line"), rs.getLong("event_position"),
                    rs.getString("fund_id"), rs.getObject("business_date", LocalDate.class),
                    LedgerAccount.valueOf(rs.getString("account")),
                    source == null ? null : CapitalSource.valueOf(source), rs.getString("fact_id"),
                    rs.getBigDecimal("debit"), rs.getBigDecimal("credit"),
                    Currency.getInstance(rs.getString("currency")));
        }, arguments.toArray());
        return new LedgerView(query.fundId(), query.from(), query.to(), lines, totals(lines));
    }

    private static List<LedgerTotals> totals(List<LedgerEntry> lines) {
        Map<Currency, LedgerTotals> byCurrency = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        for (LedgerEntry line : lines) {
            Currency currency = line.currency();
            byCurrency.put(currency, byCurrency.getOrDefault(currency, LedgerTotals.zero(currency)).plus(line));
        }
        return List.copyOf(byCurrency.values());
    }
}
