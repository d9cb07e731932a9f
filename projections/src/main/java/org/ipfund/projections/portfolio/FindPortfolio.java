package org.ipfund.projections.portfolio;

import java.time.LocalDate;

/** The fund's deals and their co-investors as of a business date. */
public record FindPortfolio(String fundId, LocalDate asOf) {
}
