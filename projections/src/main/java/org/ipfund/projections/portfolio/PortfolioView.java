package org.ipfund.projections.portfolio;

import java.time.LocalDate;
import java.util.List;
import org.ipfund.domain.money.Money;

/** The fund's holdings as of a date; {@code invested} is the cost of those not reversed by then. */
public record PortfolioView(String fundId, LocalDate asOf, Money invested, List<HoldingView> holdings) {
}
