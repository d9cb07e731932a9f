package org.ipfund.domain.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;

/**
 * What a holding (a deal, or a fund's stake in a sub-fund) stood at on a date: its cost, the cost its exits released
 * and what they brought in, and its fair value (公允价值). The fair value is the latest valuation on or before the
 * date, scaled by what remains after the exits dated after that valuation (the product of 1 − share of each),
 * rounded half-up to the currency's minor unit; an unvalued holding is carried at its remaining cost (cost − cost
 * released), and a closed one at zero. Only the facts that stand on the date are given; those dated after it are
 * left out here.
 */
public record HoldingValue(Money cost, Money costReleased, Money remainingCost, Money proceeds, Money realisedGain,
                           Money fairValue, LocalDate valuationDate, boolean closed) {

    /** The holding on {@code asOf}, unvalued at its remaining cost. */
    public static HoldingValue on(LocalDate asOf, Money cost, List<Valuation> valuations, List<Exit> exits) {
        return on(asOf, cost, valuations, exits, null);
    }

    /**
     * The holding on {@code asOf}; unvalued, it is carried at {@code unvalued} (what the whole holding is worth
     * before any exit: a sub-fund stake's share of the sub-fund's NAV) scaled by what its exits left, or at its
     * remaining cost when {@code unvalued} is null. Among valuations of one date the later one given counts.
     */
    public static HoldingValue on(LocalDate asOf, Money cost, List<Valuation> valuations, List<Exit> exits,
                                  Money unvalued) {
        Objects.requireNonNull(asOf, "asOf");
        Money zero = Money.zero(cost.currency());
        Money released = zero;
        Money proceeds = zero;
        Money realised = zero;
        boolean closed = false;
        for (Exit exit : exits) {
            if (!exit.date().isAfter(asOf)) {
                released = released.plus(exit.costReleased());
                proceeds = proceeds.plus(exit.proceeds());
                realised = realised.plus(exit.realisedGain());
                closed |= exit.closes();
            }
        }
        Money remaining = cost.minus(released);
        if (closed) {
            return new HoldingValue(cost, released, remaining, proceeds, realised, zero, null, true);
        }
        Valuation latest = null;
        for (Valuation valuation : valuations) {
            if (!valuation.date().isAfter(asOf) && (latest == null || !valuation.date().isBefore(latest.date()))) {
                latest = valuation;
            }
        }
        Money fairValue;
        if (latest != null) {
            fairValue = scaled(latest.fairValue(), remainingAfter(exits, latest.date(), asOf));
        } else if (unvalued != null) {
            fairValue = scaled(unvalued, remainingAfter(exits, null, asOf));
        } else {
            fairValue = remaining;
        }
        return new HoldingValue(cost, released, remaining, proceeds, realised, fairValue,
                latest == null ? null : latest.date(), false);
    }

    /** Fair value less the cost it stands on: negative where the holding is worth less than it cost. */
    public Money unrealisedGain() {
        return fairValue.minus(remainingCost);
    }

    /** MOIC (投资倍数): (proceeds + fair value) ÷ cost; null without a cost. */
    public Ratio moic() {
        return Moic.of(proceeds, fairValue, cost);
    }

    /** The part left after the exits dated after {@code from} (any, when null) and on or before {@code asOf}. */
    private static BigDecimal remainingAfter(List<Exit> exits, LocalDate from, LocalDate asOf) {
        BigDecimal remaining = BigDecimal.ONE;
        for (Exit exit : exits) {
            if ((from == null || exit.date().isAfter(from)) && !exit.date().isAfter(asOf)) {
                remaining = remaining.multiply(BigDecimal.ONE.subtract(exit.share().value()));
            }
        }
        return remaining;
    }

    private static Money scaled(Money value, BigDecimal part) {
        return new Money(value.amount().multiply(part)
                .setScale(value.currency().getDefaultFractionDigits(), RoundingMode.HALF_UP), value.currency());
    }

    /** A valuation that stands: the holding's fair value in the fund's currency on its measurement date. */
    public record Valuation(LocalDate date, Money fairValue) {

        public Valuation {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(fairValue, "fairValue");
        }
    }

    /**
     * An exit that stands: the {@code share} of what remained that it sold, its proceeds, the cost it released and
     * its realised gain in the fund's currency, and whether it closed the holding.
     */
    public record Exit(LocalDate date, Ratio share, Money proceeds, Money costReleased, Money realisedGain,
                       boolean closes) {

        public Exit {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(share, "share");
            Objects.requireNonNull(proceeds, "proceeds");
            Objects.requireNonNull(costReleased, "costReleased");
            Objects.requireNonNull(realisedGain, "realisedGain");
        }
    }
}
