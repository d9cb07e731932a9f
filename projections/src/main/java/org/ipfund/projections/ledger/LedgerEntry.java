package org.ipfund.projections.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.ipfund.domain.CapitalSource;

/**
 * One line of the audit ledger: a debit or a credit (the other is zero) to one account, pointing back to the
 * event that caused it ({@code eventId}, {@code position}) and to the fact that event recorded ({@code factId}:
 * the commitment, call, contribution, investment, co-investment, sub-fund, valuation, exit or distribution; for a
 * reversal, the correction).
 * {@code source} is the capital source where the fact has one.
 */
public record LedgerEntry(String eventId, int line, long position, String fundId, LocalDate businessDate,
                          LedgerAccount account, CapitalSource source, String factId, BigDecimal debit,
                          BigDecimal credit, Currency currency) {
}
