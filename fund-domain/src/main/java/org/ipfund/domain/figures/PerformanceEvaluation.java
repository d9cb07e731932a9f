package org.ipfund.domain.figures;

import java.time.LocalDate;
import java.time.Year;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;

/**
 * The yearly performance evaluation of a government fund (绩效评价, as the finance ministry's and NDRC's evaluations ask
 * for it): how much of the money paid in was put to work, how much of it in the target region, and whether the fund
 * preserved its value. Each ratio is null where there is nothing to divide by.
 */
public final class PerformanceEvaluation {

    private PerformanceEvaluation() {
    }

    /**
     * The day a year is judged on: its last day, or {@code today} while the year is still running. A year still to
     * come has nothing to judge.
     */
    public static LocalDate judgedOn(Year year, LocalDate today) {
        if (year.isAfter(Year.from(today))) {
            throw new IllegalArgumentException("the year %s has not begun".formatted(year));
        }
        return year.equals(Year.from(today)) ? today : year.atMonth(12).atEndOfMonth();
    }

    /** Deployment ratio (投资进度): what the fund put to work (its deals' cost and what it paid into sub-funds) ÷ paid-in. */
    public static Ratio deploymentRatio(Money invested, Money paidIntoSubFunds, Money paidIn) {
        return Ratio.between(invested.plus(paidIntoSubFunds), paidIn);
    }

    /** The share of the fund's deals (by cost) made in the target region. */
    public static Ratio targetRegionShare(Money investedInTargetRegion, Money invested) {
        return Ratio.between(investedInTargetRegion, invested);
    }

    /** Value preserved and grown (保值增值): TVPI of at least 1; null without a TVPI (nothing paid in). */
    public static Boolean valuePreserved(Ratio tvpi) {
        return tvpi == null ? null : tvpi.value().compareTo(java.math.BigDecimal.ONE) >= 0;
    }
}
