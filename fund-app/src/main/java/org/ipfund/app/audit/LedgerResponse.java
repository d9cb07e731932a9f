package org.ipfund.app.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipfund.domain.CapitalSource;
import org.ipfund.projections.ledger.LedgerAccount;
import org.ipfund.projections.ledger.LedgerEntry;
import org.ipfund.projections.ledger.LedgerTotals;
import org.ipfund.projections.ledger.LedgerView;

/**
 * The audit ledger as the API shows it: the lines in the order of the event stream, and per currency code the
 * total debits and credits of those lines and whether they balance. Amounts are decimal strings, as every
 * amount of the API is; a line's currency stands beside them because a line is a debit or a credit, not a sum.
 */
public record LedgerResponse(String fundId, LocalDate from, LocalDate to, List<Line> lines,
                             Map<String, Totals> totals) {

    static LedgerResponse of(LedgerView view) {
        Map<String, Totals> totals = new LinkedHashMap<>();
        for (LedgerTotals currencyTotals : view.totals()) {
            totals.put(currencyTotals.currency().getCurrencyCode(), new Totals(decimal(currencyTotals.debit()),
                    decimal(currencyTotals.credit()), currencyTotals.balanced()));
        }
        return new LedgerResponse(view.fundId(), view.from(), view.to(),
                view.lines().stream().map(Line::of).toList(), totals);
    }

    /** One ledger line, pointing to its event by {@code eventId} and global {@code position}. */
    public record Line(String eventId, int line, long position, String fundId, LocalDate businessDate,
                       LedgerAccount account, CapitalSource source, String factId, String debit, String credit,
                       String currency) {

        static Line of(LedgerEntry entry) {
            return new Line(entry.eventId(), entry.line(), entry.position(), entry.fundId(), entry.businessDate(),
                    entry.account(), entry.source(), entry.factId(), decimal(entry.debit()), decimal(entry.credit()),
                    entry.currency().getCurrencyCode());
        }
    }

    public record Totals(String debit, String credit, boolean balanced) {
    }

    private static String decimal(BigDecimal amount) {
        return amount.toPlainString();
    }
}
