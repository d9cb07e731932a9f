package org.ipfund.projections.ledger;

import java.math.BigDecimal;
import java.util.Currency;

/** The debits and credits of a set of ledger lines in one currency; the books balance when they are equal. */
public record LedgerTotals(Currency currency, BigDecimal debit, BigDecimal credit) {

    static LedgerTotals zero(Currency currency) {
        BigDecimal zero = BigDecimal.ZERO.setScale(currency.getDefaultFractionDigits());
        return new LedgerTotals(currency, zero, zero);
    }

    public boolean balanced() {
        return debit.compareTo(credit) == 0;
    }

    LedgerTotals plus(LedgerEntry entry) {
        return new LedgerTotals(currency, debit.add(entry.debit()), credit.add(entry.credit()));
    }
}
