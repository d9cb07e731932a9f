package org.ipfund.domain.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * IRR (内部收益率) the way Excel's XIRR states it: the annual rate r at which Σ flow × (1 + r)^(−days ÷ 365) is
 * zero, days counted from the first flow (actual/365). Flows on one day are netted first and days that net to
 * nothing are dropped; the answer is rounded half-up to four places (0.0812 for 8.12%).
 * <p>
 * With one change of sign among the netted flows (pay in, then get back) there is exactly one such rate. With
 * several (a capital call after a distribution) there may be several, or none: this returns the one closest to
 * zero, the lower of two that are as close once rounded, since a fund's plausible rate is rarely the one near −100%
 * or in the thousands of percent. It is found by scanning outward from zero, up and down, in steps of one percentage
 * point (up to 100%, then doubling up to {@value #HIGHEST}; down to {@value #LOWEST}) and bisecting the first step
 * in each direction across which the value changes sign; two rates within one step of each other cancel out and are
 * not seen. Rates outside that range (a near-total loss, or a multiple earned within days) give no answer.
 */
public final class Xirr {

    private static final double LOWEST = -0.999999;
    private static final double HIGHEST = 1e6;
    /** Far below the fourth place, so that rounding to it does not depend on where the bisection stopped. */
    private static final double TOLERANCE = 1e-12;
    private static final double DAYS_A_YEAR = 365;
    private static final List<Double> UPWARD = upward();
    private static final List<Double> DOWNWARD = downward();

    private final double[] years;
    private final double[] amounts;

    private Xirr(double[] years, double[] amounts) {
        this.years = years;
        this.amounts = amounts;
    }

    /**
     * The rate of {@code flows} (in any order), or empty when there is none to state: fewer than two days with a
     * flow after netting, no change of sign among them, or no rate within the range searched.
     */
    public static Optional<BigDecimal> of(List<DatedFlow> flows) {
        TreeMap<LocalDate, BigDecimal> netted = nettedByDay(flows);
        boolean paidIn = netted.values().stream().anyMatch(amount -> amount.signum() < 0);
        boolean paidBack = netted.values().stream().anyMatch(amount -> amount.signum() > 0);
        if (netted.size() < 2 || !paidIn || !paidBack) {
            return Optional.empty();
        }
        return from(netted).rateClosestToZero();
    }

    private static TreeMap<LocalDate, BigDecimal> nettedByDay(List<DatedFlow> flows) {
        TreeMap<LocalDate, BigDecimal> netted = new TreeMap<>();
        for (DatedFlow flow : flows) {
            netted.merge(flow.date(), flow.amount(), BigDecimal::add);
        }
        netted.values().removeIf(amount -> amount.signum() == 0);
        return netted;
    }

    /**
     * The search runs on doubles: a rate is no money and a fractional power has no exact decimal, while the sums
     * that decide which days net to nothing stay exact above. Only the rounded rate leaves.
     */
    private static Xirr from(TreeMap<LocalDate, BigDecimal> netted) {
        LocalDate first = netted.firstKey();
        double[] years = new double[netted.size()];
        double[] amounts = new double[netted.size()];
        int i = 0;
        for (Map.Entry<LocalDate, BigDecimal> day : netted.entrySet()) {
            years[i] = ChronoUnit.DAYS.between(first, day.getKey()) / DAYS_A_YEAR;
            amounts[i] = day.getValue().doubleValue();
            i++;
        }
        return new Xirr(years, amounts);
    }

    /** Compared once rounded, so that a tie is a tie in the figure stated and not decided by a double's last bits. */
    private Optional<BigDecimal> rateClosestToZero() {
        Optional<BigDecimal> upward = firstRateAlong(UPWARD).map(Xirr::rounded);
        Optional<BigDecimal> downward = firstRateAlong(DOWNWARD).map(Xirr::rounded);
        if (upward.isEmpty() || downward.isEmpty()) {
            return upward.isPresent() ? upward : downward;
        }
        return downward.get().abs().compareTo(upward.get()) <= 0 ? downward : upward;
    }

    private static BigDecimal rounded(double rate) {
        return BigDecimal.valueOf(rate).setScale(4, RoundingMode.HALF_UP);
    }

    /** The rate in the first step of {@code steps} across which the flows' value changes sign or reaches zero. */
    private Optional<Double> firstRateAlong(List<Double> steps) {
        double from = steps.get(0);
        int signFrom = signOfValueAt(from);
        if (signFrom == 0) {
            return Optional.of(from);
        }
        for (double to : steps.subList(1, steps.size())) {
            int signTo = signOfValueAt(to);
            if (signTo == 0) {
                return Optional.of(to);
            }
            if (signTo != signFrom) {
                return Optional.of(from < to ? bisect(from, to, signFrom) : bisect(to, from, signTo));
            }
            from = to;
        }
        return Optional.empty();
    }

    /** Fine where funds' rates live, coarse beyond: there the value of the flows is smooth and rates are rare. */
    private static List<Double> upward() {
        List<Double> steps = new ArrayList<>();
        for (int percent = 0; percent <= 100; percent++) {
            steps.add(percent / 100.0);
        }
        for (double rate = 2; rate < HIGHEST; rate *= 2) {
            steps.add(rate);
        }
        steps.add(HIGHEST);
        return List.copyOf(steps);
    }

    private static List<Double> downward() {
        List<Double> steps = new ArrayList<>();
        for (int percent = 0; percent >= -99; percent--) {
            steps.add(percent / 100.0);
        }
        steps.add(LOWEST);
        return List.copyOf(steps);
    }

    /** The rate within [low, high] where the sign of the value changes from {@code signLow}, to {@value #TOLERANCE}. */
    private double bisect(double low, double high, int signLow) {
        while (high - low > TOLERANCE) {
            double middle = low + (high - low) / 2;
            if (middle <= low || middle >= high) {
                break;
            }
            int sign = signOfValueAt(middle);
            if (sign == 0) {
                return middle;
            }
            if (sign == signLow) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return low + (high - low) / 2;
    }

    /**
     * The sign of the flows' value at {@code rate}. Below zero the flows are compounded to the last day rather than
     * discounted to the first (the same value times a positive factor), so that no power exceeds one: discounting a
     * century of flows at −99.9999% would overflow a double and leave Infinity − Infinity.
     */
    private int signOfValueAt(double rate) {
        double growth = 1 + rate;
        double valuedAt = rate < 0 ? years[years.length - 1] : 0;
        double value = 0;
        for (int i = 0; i < years.length; i++) {
            value += amounts[i] * Math.pow(growth, valuedAt - years[i]);
        }
        return (int) Math.signum(value);
    }
}
