package org.ipfund.projections.distribution;

import java.time.LocalDate;

/** A fund's distributions to its investors, and their totals, as of a business date. */
public record FindDistributions(String fundId, LocalDate asOf) {
}
