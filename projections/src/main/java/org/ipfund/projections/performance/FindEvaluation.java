package org.ipfund.projections.performance;

import java.time.LocalDate;
import java.time.Year;

/** A fund's performance evaluation (绩效评价) for a year, judged on {@code asOf}: the year's last day, or today. */
public record FindEvaluation(String fundId, Year year, LocalDate asOf) {
}
