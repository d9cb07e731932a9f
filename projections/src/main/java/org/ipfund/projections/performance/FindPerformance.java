package org.ipfund.projections.performance;

import java.time.LocalDate;

/** What a fund, each of its deals and sub-funds, and its "1+N" family returned, as of a business date. */
public record FindPerformance(String fundId, LocalDate asOf) {
}
