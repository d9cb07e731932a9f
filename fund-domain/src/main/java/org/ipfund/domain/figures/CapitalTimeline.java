package org.ipfund.domain.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.domain.policy.PolicyTerms;

/**
 * A fund's balance over business time. What is {@link #availableOn available} on a day is the balance as it
 * stood that day: cash, plus the unfunded commitments where the policy in force that day lets the fund invest
 * them. A fact may be dated before others already recorded, so what a new fact dated D may use is the least
 * balance over every day from D on, each day judged under its own policy: that is what is {@link #investableOn
 * investable}.
 * <p>
 * Built in O(n log n) for n movements and policy versions (sorted once, then prefix sums and suffix minima over
 * the days where the balance changes); each question is then a binary search, O(log n).
 */
public final class CapitalTimeline {

    private final Currency currency;
    /** The days where the balance or the policy changes, ascending; between two of them nothing changes. */
    private final LocalDate[] days;
    private final Money[] balance;
    private final boolean[] unfundedCounts;
    /** From each day on: the least balance over the days that count unfunded commitments, or null if none. */
    private final Money[] leastCountingUnfunded;
    /** From each day on: the least balance over the days that count cash only, or null if none. */
    private final Money[] leastCashOnly;

    private CapitalTimeline(Currency currency, int size) {
        this.currency = currency;
        this.days = new LocalDate[size];
        this.balance = new Money[size];
        this.unfundedCounts = new boolean[size];
        this.leastCountingUnfunded = new Money[size];
        this.leastCashOnly = new Money[size];
    }

    /** The timeline of a fund's movements (in any order, any dates) under its whole dated policy. */
    public static CapitalTimeline of(Currency currency, Collection<CapitalMovement> movements, FundPolicy policy) {
        Money zero = Money.zero(currency);
        TreeMap<LocalDate, CapitalMovement> byDay = new TreeMap<>();
        for (CapitalMovement movement : movements) {
            byDay.merge(movement.date(), movement, (a, b) -> new CapitalMovement(a.date(), a.cash().plus(b.cash()),
                    a.unfunded().plus(b.unfunded())));
        }
        for (PolicyTerms terms : policy.terms()) {
            byDay.putIfAbsent(terms.effectiveFrom(), new CapitalMovement(terms.effectiveFrom(), zero, zero));
        }
        CapitalTimeline timeline = new CapitalTimeline(currency, byDay.size());
        Money cash = zero;
        Money unfunded = zero;
        boolean counts = false;
        int version = 0;
        int day = 0;
        for (Map.Entry<LocalDate, CapitalMovement> entry : byDay.entrySet()) {
            LocalDate date = entry.getKey();
            while (version < policy.terms().size() && !policy.terms().get(version).effectiveFrom().isAfter(date)) {
                Boolean rule = policy.terms().get(version++).investUncalledCommitments();
                if (rule != null) {
                    counts = rule;
                }
            }
            cash = cash.plus(entry.getValue().cash());
            unfunded = unfunded.plus(entry.getValue().unfunded());
            timeline.days[day] = date;
            timeline.unfundedCounts[day] = counts;
            timeline.balance[day] = counts ? cash.plus(unfunded) : cash;
            day++;
        }
        Money leastCounting = null;
        Money leastCash = null;
        for (int i = day - 1; i >= 0; i--) {
            if (timeline.unfundedCounts[i]) {
                leastCounting = least(leastCounting, timeline.balance[i]);
            } else {
                leastCash = least(leastCash, timeline.balance[i]);
            }
            timeline.leastCountingUnfunded[i] = leastCounting;
            timeline.leastCashOnly[i] = leastCash;
        }
        return timeline;
    }

    /** The balance as it stood on {@code date}, from the facts dated on or before it. */
    public Money availableOn(LocalDate date) {
        int day = lastChangeOnOrBefore(date);
        return day < 0 ? Money.zero(currency) : balance[day];
    }

    /**
     * What a new fact dated {@code date} may use: the least balance over that day and every later one, given the
     * facts already recorded whatever their dates. It can be negative where a later policy stopped counting
     * unfunded commitments that were already invested.
     */
    public Money investableOn(LocalDate date) {
        Lows lows = lowsFrom(date);
        return least(lows.countingUnfunded, lows.cashOnly);
    }

    /**
     * Whether a new fact's movement leaves the fund able to pay its way: on no day from the movement's date on
     * does it lower the balance below zero (a day that counts unfunded commitments is lowered by cash and unfunded
     * together, any other day by cash alone).
     */
    public boolean allows(CapitalMovement movement) {
        Lows lows = lowsFrom(movement.date());
        return staysCovered(lows.countingUnfunded, movement.cash().plus(movement.unfunded()))
                && staysCovered(lows.cashOnly, movement.cash());
    }

    /**
     * The days from {@code from} on whose balance is below zero, ascending: {@code from} itself where its balance is,
     * then each later day where the balance changes to one below zero.
     */
    public List<LocalDate> daysOverdrawnFrom(LocalDate from) {
        List<LocalDate> overdrawn = new ArrayList<>();
        Money zero = Money.zero(currency);
        for (int day = Math.max(lastChangeOnOrBefore(from), 0); day < days.length; day++) {
            if (balance[day].isLessThan(zero)) {
                overdrawn.add(days[day].isBefore(from) ? from : days[day]);
            }
        }
        return overdrawn;
    }

    private static boolean staysCovered(Money least, Money change) {
        return least == null || change.amount().signum() >= 0 || !least.plus(change).isLessThan(
                Money.zero(change.currency()));
    }

    /** The least balances from {@code date} on, apart by whether the day counts unfunded commitments. */
    private Lows lowsFrom(LocalDate date) {
        int day = lastChangeOnOrBefore(date);
        if (day < 0) {
            // before anything happened the balance is zero, and no policy is in force yet to count unfunded money
            Money zero = Money.zero(currency);
            return days.length == 0 ? new Lows(null, zero)
                    : new Lows(leastCountingUnfunded[0], least(leastCashOnly[0], zero));
        }
        return new Lows(leastCountingUnfunded[day], leastCashOnly[day]);
    }

    private int lastChangeOnOrBefore(LocalDate date) {
        int found = Arrays.binarySearch(days, date);
        return found >= 0 ? found : -found - 2;
    }

    private static Money least(Money a, Money b) {
        if (a == null) {
            return b;
        }
        return b == null || !b.isLessThan(a) ? a : b;
    }

    private record Lows(Money countingUnfunded, Money cashOnly) {
    }
}
