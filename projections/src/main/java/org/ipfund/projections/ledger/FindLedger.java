package org.ipfund.projections.ledger;

import java.time.LocalDate;

/**
 * The audit ledger of one fund ({@code fundId}), or of every fund when it is null, from and to business
 * dates (both inclusive; either may be null for no bound).
 */
public record FindLedger(String fundId, LocalDate from, LocalDate to) {
}
