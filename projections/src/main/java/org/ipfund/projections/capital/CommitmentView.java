package org.ipfund.projections.capital;

import java.time.LocalDate;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.money.Money;
import org.ipfund.projections.ReversalView;

/**
 * One investor's commitment and how much of it was called and paid in, as of a date. A commitment reversed
 * by a correction on or before that date still shows what was recorded, with {@code amount} zero.
 */
public record CommitmentView(String commitmentId, String investor, CapitalSource source, Money recorded,
                             Money amount, LocalDate date, Money called, Money paidIn, Money uncalled,
                             Money unfunded, ReversalView reversal) {
}
