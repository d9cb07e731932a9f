package org.ipfund.domain.holding;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ipfund.domain.DatedBeforeReversal;
import org.ipfund.domain.investment.InvestmentId;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.ipfund.domain.policy.CededExitTerms;

/**
 * One holding of a fund as the aggregate judges it: a deal, or the stake in a sub-fund. Its cost (in the fund's
 * currency), the currency it is valued and exited in, the exits that stand in the order of their dates, and the
 * dates of the other facts on it (valuations, co-investors), which a back-dated exit that closes it must not precede.
 */
final class Holding {

    private final InvestmentId id;
    private final LocalDate investedOn;
    private final Currency currency;
    /** What its cost was paid in: the investment, then each top-up of a stake, each from its own date. */
    private final List<CededExitTerms.Tranche> tranches = new ArrayList<>();
    private final List<HoldingExited> exits = new ArrayList<>();
    private final List<DatedFact> others = new ArrayList<>();
    /** The latest-dated reversal of one of its exits: that exit stands until then. */
    private ExitReversed lastExitReversal;

    Holding(InvestmentId id, LocalDate investedOn, Currency currency, Money cost) {
        this.id = id;
        this.investedOn = investedOn;
        this.currency = currency;
        this.tranches.add(new CededExitTerms.Tranche(investedOn, cost));
    }

    InvestmentId id() {
        return id;
    }

    LocalDate investedOn() {
        return investedOn;
    }

    Currency currency() {
        return currency;
    }

    void grew(Money more, LocalDate date) {
        tranches.add(new CededExitTerms.Tranche(date, more));
    }

    List<CededExitTerms.Tranche> tranches() {
        return List.copyOf(tranches);
    }

    /** Its cost in the fund's currency (not the holding's own): every tranche paid for it, one at least. */
    private Money cost() {
        return tranches.stream().map(CededExitTerms.Tranche::amount).reduce(Money::plus).orElseThrow();
    }

    /** The cost not yet released by an exit. */
    Money remainingCost() {
        Money remaining = cost();
        for (HoldingExited exit : exits) {
            remaining = remaining.minus(exit.costReleased());
        }
        return remaining;
    }

    /** What an exit of {@code share} of what remains releases: share × remaining cost, half-up; all of it at 1. */
    Money costReleasedBy(Ratio share) {
        Money remaining = remainingCost();
        if (share.value().compareTo(java.math.BigDecimal.ONE) == 0) {
            return remaining;
        }
        return new Money(remaining.amount().multiply(share.value())
                .setScale(remaining.currency().getDefaultFractionDigits(), RoundingMode.HALF_UP), remaining.currency());
    }

    /** The exit that closed the holding, if one stands. */
    Optional<HoldingExited> closingExit() {
        return exits.stream().filter(HoldingExited::closes).findFirst();
    }

    /** The latest exit that stands, by business date (the last recorded among same-day ones). */
    Optional<HoldingExited> latestExit() {
        return exits.isEmpty() ? Optional.empty() : Optional.of(exits.get(exits.size() - 1));
    }

    /** A fact (other than an exit) on this holding dated after {@code date}, if one stands. */
    Optional<DatedFact> otherFactAfter(LocalDate date) {
        return others.stream().filter(fact -> fact.date().isAfter(date)).findFirst();
    }

    /** Nothing may be recorded on a holding dated on or after the exit that closed it. */
    void requireOpenOn(LocalDate date) {
        closingExit().filter(exit -> !date.isBefore(exit.date()))
                .ifPresent(exit -> {
                    throw new HoldingClosed(id, exit.date(), date);
                });
    }

    void requireOnOrAfterInvestment(LocalDate date) {
        if (date.isBefore(investedOn)) {
            throw new DateBeforeInvestment(id, investedOn, date);
        }
    }

    /** Exits and valuations stand on the holding itself; a co-investor's participation stands on its own. */
    boolean hasExitsOrValuations() {
        return !exits.isEmpty() || others.stream().anyMatch(DatedFact::valuation);
    }

    void exited(HoldingExited exit) {
        exits.add(exit);
    }

    void exitReversed(ExitReversed reversal) {
        exits.removeIf(exit -> exit.exitId().equals(reversal.exitId()));
        if (lastExitReversal == null || !reversal.date().isBefore(lastExitReversal.date())) {
            lastExitReversal = reversal;
        }
    }

    /** A new exit dated before the reversal of an earlier one would count beside it until the reversal's date. */
    void requireNotBeforeAnExitReversal(LocalDate date) {
        if (lastExitReversal != null && date.isBefore(lastExitReversal.date())) {
            throw new DatedBeforeReversal(lastExitReversal.exitId().value(),
                    lastExitReversal.date(), date);
        }
    }

    void otherFact(String factId, LocalDate date, boolean valuation) {
        others.add(new DatedFact(factId, date, valuation));
    }

    void otherFactReversed(String factId) {
        others.removeIf(fact -> fact.id().equals(factId));
    }

    /** Two holdings are equal when every fact about them is: the aggregate's state is compared when it is replayed. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Holding that && id.equals(that.id) && investedOn.equals(that.investedOn)
                && currency.equals(that.currency) && tranches.equals(that.tranches)
                && exits.equals(that.exits)
                && others.equals(that.others) && Objects.equals(lastExitReversal, that.lastExitReversal);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, investedOn, tranches, exits.size(), others.size());
    }

    record DatedFact(String id, LocalDate date, boolean valuation) {
    }
}
