package org.ipfund.app.console.audit;

import java.util.List;
import org.ipfund.domain.money.Money;
import org.ipfund.projections.ledger.LedgerEntry;
import org.ipfund.projections.ledger.LedgerTotals;
import org.ipfund.projections.ledger.LedgerView;

/**
 * The audit ledger as its page shows it: the lines and the totals per currency with their amounts as money (the view
 * keeps a line's currency beside bare decimals), and the balance of each account.
 */
public record LedgerFigures(List<Line> lines, List<Total> totals, AccountBalances balances) {

    /** One ledger line; the side it is not on is zero. */
    public record Line(LedgerEntry entry, Money debit, Money credit) {
    }

    /** A currency's debits and credits; the books balance when they are equal. */
    public record Total(String currency, Money debit, Money credit, boolean balanced) {
    }

    static LedgerFigures of(LedgerView view) {
        return new LedgerFigures(
                view.lines().stream().map(line -> new Line(line, new Money(line.debit(), line.currency()),
                        new Money(line.credit(), line.currency()))).toList(),
                view.totals().stream().map(LedgerFigures::total).toList(),
                AccountBalances.of(view.lines()));
    }

    private static Total total(LedgerTotals totals) {
        return new Total(totals.currency().getCurrencyCode(), new Money(totals.debit(), totals.currency()),
                new Money(totals.credit(), totals.currency()), totals.balanced());
    }
}
