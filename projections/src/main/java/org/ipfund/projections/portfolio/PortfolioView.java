package org.ipfund.projections.portfolio;

import java.time.LocalDate;
import java.util.List;
import org.ipfund.domain.money.Money;

/**
 * The fund's holdings as of a date: its deals, then its stakes in sub-funds. {@code invested} is the cost of the
 * deals not reversed by then, {@code committedToSubFunds} the cost of the stakes (the commitments with their top-ups),
 * {@code fairValue} what the open holdings are worth.
 */
public record PortfolioView(String fundId, LocalDate asOf, Money invested, Money committedToSubFunds,
                            Money fairValue, List<HoldingView> holdings) {
}
