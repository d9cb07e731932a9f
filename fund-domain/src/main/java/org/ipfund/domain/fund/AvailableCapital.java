package org.ipfund.domain.fund;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.ipfund.domain.figures.CapitalMovement;
import org.ipfund.domain.figures.CapitalTimeline;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.domain.policy.InvalidatedFact;

/**
 * The fund's money movements over business time, judged with the {@link CapitalTimeline}. Part of the {@link Fund}
 * aggregate. A fact may be dated before others already recorded, so a new fact may spend only what leaves every day
 * from its date on covered, each day under the policy in force that day.
 */
class AvailableCapital {

    private final Currency currency;
    private final List<CapitalMovement> movements = new ArrayList<>();
    private final List<String> factIds = new ArrayList<>();
    /**
     * Exit proceeds the policy did not let the fund invest again (guidance money goes back to the treasury), less
     * what distributions paid out of them: cash the fund may only return.
     */
    private final List<CapitalMovement> returnable = new ArrayList<>();

    AvailableCapital(Currency currency) {
        this.currency = currency;
    }

    void moved(String factId, CapitalMovement movement) {
        factIds.add(factId);
        movements.add(movement);
    }

    /** An exit's, a distribution's or their reversal's movements of investable and returnable cash. */
    void moved(String factId, Optional<CapitalMovement> investable, Optional<CapitalMovement> toReturn) {
        investable.ifPresent(movement -> moved(factId, movement));
        toReturn.ifPresent(returnable::add);
    }

    /**
     * Refuses the reversal of an exit whose proceeds the fund no longer holds on the reversal's date or a later one
     * (they were paid out, or, where they were investable, invested).
     */
    void requireProceedsHeld(String exitId, Money proceeds, LocalDate date, boolean reinvestable, FundPolicy policy) {
        if (!proceeds.exceedsZero()) {
            return;
        }
        CapitalMovement reversal = CapitalMovement.proceedsReversed(date, proceeds);
        CapitalTimeline timeline = reinvestable ? timeline(policy) : returnableTimeline();
        if (!timeline.allows(reversal) || reinvestable && !cashOnlyTimeline().allows(reversal)) {
            throw new ProceedsAlreadyDistributed(exitId, proceeds,
                    timeline.investableOn(date));
        }
    }

    /**
     * Where a distribution of {@code amount} on {@code date} is paid from: first the returnable proceeds held from that
     * day on, then the fund's other cash (cash only: unfunded commitments are not money to pay out, and commitments
     * to sub-funds stay reserved for them), which must stay covered on that day and every later one, also under the
     * policy that counts unfunded commitments. Refused when the two together do not cover it.
     */
    DistributionSource judgeDistribution(Money amount, LocalDate date, FundPolicy policy) {
        Money zero = Money.zero(currency);
        Money heldReturnable = atLeastZero(returnableTimeline().investableOn(date));
        Money fromProceeds = amount.isGreaterThan(heldReturnable) ? heldReturnable : amount;
        Money fromCapital = amount.minus(fromProceeds);
        Money heldCash = atLeastZero(cashOnlyTimeline().investableOn(date));
        if (fromCapital.exceedsZero() && (fromCapital.isGreaterThan(heldCash)
                || !timeline(policy).allows(CapitalMovement.distributed(date, fromCapital)))) {
            Money payable = heldReturnable.plus(least(heldCash, atLeastZero(timeline(policy).investableOn(date))));
            throw new InsufficientCash(payable, amount, date);
        }
        return new DistributionSource(fromProceeds, fromCapital.exceedsZero() ? fromCapital : zero);
    }

    /** Refuses spending {@code amount} on {@code date} if it would overdraw that day or any later one. */
    void requireAvailable(Money amount, LocalDate date, FundPolicy policy, String field) {
        Money investable = timeline(policy).investableOn(date);
        if (amount.isGreaterThan(investable)) {
            throw new InsufficientCapital(investable, amount, date, field);
        }
    }

    /** Refuses a reversal that would take back capital the fund has already spent on its date or a later one. */
    void requireReversible(String factId, Money amount, CapitalMovement reversal, FundPolicy policy) {
        CapitalTimeline timeline = timeline(policy);
        if (!timeline.allows(reversal)) {
            throw new CapitalAlreadyInvested(factId, amount, timeline.investableOn(reversal.date()));
        }
    }

    /**
     * The fact an amendment would leave uncovered: on the first day from {@code from} on where the amended policy
     * puts the balance below zero, and lower than the policy in force does, the first fact that spent money from
     * {@code from} up to that day (or, where the policy alone overdraws it, the last one before {@code from}).
     */
    Optional<InvalidatedFact> firstOverdrawnBy(FundPolicy current, FundPolicy amended, LocalDate from) {
        CapitalTimeline before = timeline(current);
        CapitalTimeline after = timeline(amended);
        return after.daysOverdrawnFrom(from).stream()
                .filter(day -> after.availableOn(day).isLessThan(before.availableOn(day)))
                .findFirst()
                .flatMap(day -> spenderOf(from, day).map(i -> new InvalidatedFact(factIds.get(i),
                        movements.get(i).date(), "INSUFFICIENT_CAPITAL",
                        "the balance on %s would be %s".formatted(day, after.availableOn(day)))));
    }

    private Optional<Integer> spenderOf(LocalDate from, LocalDate day) {
        Integer first = null;
        Integer lastBefore = null;
        for (int i = 0; i < movements.size(); i++) {
            CapitalMovement movement = movements.get(i);
            if (!spends(movement) || movement.date().isAfter(day)) {
                continue;
            }
            if (movement.date().isBefore(from)) {
                if (lastBefore == null || !movement.date().isBefore(movements.get(lastBefore).date())) {
                    lastBefore = i;
                }
            } else if (first == null || movement.date().isBefore(movements.get(first).date())) {
                first = i;
            }
        }
        return Optional.ofNullable(first != null ? first : lastBefore);
    }

    private static boolean spends(CapitalMovement movement) {
        return movement.cash().amount().signum() < 0 || movement.unfunded().amount().signum() < 0
                && movement.cash().amount().signum() <= 0;
    }

    private CapitalTimeline timeline(FundPolicy policy) {
        return CapitalTimeline.of(currency, movements, policy);
    }

    private CapitalTimeline cashOnlyTimeline() {
        return CapitalTimeline.of(currency, movements, FundPolicy.none());
    }

    private CapitalTimeline returnableTimeline() {
        return CapitalTimeline.of(currency, returnable, FundPolicy.none());
    }

    private Money atLeastZero(Money amount) {
        Money zero = Money.zero(currency);
        return amount.isLessThan(zero) ? zero : amount;
    }

    private static Money least(Money a, Money b) {
        return b.isLessThan(a) ? b : a;
    }

    /** The two parts of a distribution: out of returnable proceeds, and out of the fund's other cash. */
    record DistributionSource(Money fromProceeds, Money fromCapital) {
    }
}
