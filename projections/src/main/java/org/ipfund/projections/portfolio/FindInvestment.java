package org.ipfund.projections.portfolio;

import java.time.LocalDate;

/** One deal of a fund and its co-investors as of a business date. */
public record FindInvestment(String fundId, String investmentId, LocalDate asOf) {
}
