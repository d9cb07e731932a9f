package org.ipfund.domain.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.ipfund.domain.money.Money;

/**
 * The terms on which the guidance fund cedes a stake to the other investors (让利退出): within {@code freeYears} of
 * the investment at its cost, later at cost plus simple interest at {@code annualRate} (the one-year benchmark or LPR
 * rate in force) over the days held ÷ 365. An amendment replaces the whole terms from its date, since the rate and the
 * free period are set together by one rule.
 */
public record CededExitTerms(int freeYears, BigDecimal annualRate, CededExitPricing pricing) {

    private static final BigDecimal DAYS_IN_YEAR = BigDecimal.valueOf(365);

    public CededExitTerms {
        Objects.requireNonNull(annualRate, "annualRate");
        Objects.requireNonNull(pricing, "pricing");
        if (freeYears < 0) {
            throw new IllegalArgumentException("freeYears cannot be negative");
        }
        if (annualRate.signum() < 0 || annualRate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("annualRate is a yearly rate from 0 to 1");
        }
    }

    /**
     * The least the stake's {@code costReleased} may be sold for on {@code exitDate}, for a holding invested on
     * {@code investedOn}: the cost itself within the free years, else cost × (1 + rate × days held ÷ 365), half-up
     * to the currency's minor unit.
     */
    public Money priceOf(Money costReleased, LocalDate investedOn, LocalDate exitDate) {
        if (!exitDate.isAfter(investedOn.plusYears(freeYears))) {
            return costReleased;
        }
        long daysHeld = ChronoUnit.DAYS.between(investedOn, exitDate);
        BigDecimal interest = costReleased.amount().multiply(annualRate).multiply(BigDecimal.valueOf(daysHeld))
                .divide(DAYS_IN_YEAR, costReleased.currency().getDefaultFractionDigits(), RoundingMode.HALF_UP);
        return costReleased.plus(new Money(interest, costReleased.currency()));
    }
}
