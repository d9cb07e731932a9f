package org.ipfund.projections.distribution;

import java.time.LocalDate;

/** One distribution of a fund, with its allocations, as of a business date. */
public record FindDistribution(String fundId, String distributionId, LocalDate asOf) {
}
