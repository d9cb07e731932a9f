package org.ipfund.domain.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
        return priceOf(costReleased, List.of(new Tranche(investedOn, costReleased)), exitDate);
    }

    /**
     * The same for a holding paid for in {@code tranches} (a stake in a sub-fund and its top-ups): the cost released
     * falls on each tranche in proportion to it, and each part earns interest from its own date once its own free years
     * are over; the interest is summed exactly and rounded half-up once.
     */
    public Money priceOf(Money costReleased, List<Tranche> tranches, LocalDate exitDate) {
        BigDecimal whole = tranches.stream().map(tranche -> tranche.amount().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal interest = BigDecimal.ZERO;
        for (Tranche tranche : tranches) {
            if (!exitDate.isAfter(tranche.date().plusYears(freeYears)) || whole.signum() == 0) {
                continue;
            }
            long daysHeld = ChronoUnit.DAYS.between(tranche.date(), exitDate);
            interest = interest.add(costReleased.amount().multiply(tranche.amount().amount()).multiply(annualRate)
                    .multiply(BigDecimal.valueOf(daysHeld)));
        }
        if (interest.signum() == 0) {
            return costReleased;
        }
        BigDecimal rounded = interest.divide(whole.multiply(DAYS_IN_YEAR),
                costReleased.currency().getDefaultFractionDigits(), RoundingMode.HALF_UP);
        return costReleased.plus(new Money(rounded, costReleased.currency()));
    }

    /** Part of a holding's cost paid on {@code date}: the first investment, or a later top-up of a stake. */
    public record Tranche(LocalDate date, Money amount) {
    }
}
