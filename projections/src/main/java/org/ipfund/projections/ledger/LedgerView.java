package org.ipfund.projections.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * The ledger lines a {@link FindLedger} asked for, in the order of the event stream, and their totals per
 * currency (in the order of the currency codes), summed from exactly those lines.
 */
public record LedgerView(String fundId, LocalDate from, LocalDate to, List<LedgerEntry> lines,
                         List<LedgerTotals> totals) {
}
