package org.ipfund.domain.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.ipfund.domain.money.CurrencyMismatch;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;

/**
 * What one holding (a deal, or a parent's stake in a sub-fund) stands at on a date, in the fund's currency: its cost,
 * the part of it that exits released, what they brought in and realised, and its fair value (公允价值). The fair value
 * is the latest valuation on or before the date, scaled by the share that remains after the exits dated after that
 * valuation; an unvalued holding is carried at its remaining cost, and a closed one at nothing. The views, the
 * auditors' fold and the performance figures all read a holding's value here.
 *
 * @param valuationDate  the date of the valuation the fair value rests on; null when unvalued or closed
 * @param unrealisedGain fair value less remaining cost
 * @param moic           (proceeds + fair value) ÷ cost, four places half-up; null for a holding of no cost
 */
public record HoldingValue(Money cost, Money costReleased, Money remainingCost, Money proceeds, Money realisedGain,
                           Money fairValue, LocalDate valuationDate, Money unrealisedGain, Ratio moic,
                           boolean closed) {

    /** A valuation that stands: the fair value measured on {@code date}, in the fund's currency. */
    public record Valuation(LocalDate date, Money fairValue, long recorded) {

        public Valuation {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(fairValue, "fairValue");
        }

        /** A valuation whose place among same-day exits does not matter (none on its day). */
        public Valuation(LocalDate date, Money fairValue) {
            this(date, fairValue, 0);
        }
    }

    /**
     * An exit that stands: {@code share} of what remained, with its proceeds, the cost it released and its realised
     * gain (negative for a loss), all in the fund's currency; {@code closes} when it left the whole holding.
     */
    public record Exit(LocalDate date, Ratio share, Money proceeds, Money costReleased, Money realisedGain,
                       boolean closes, long recorded) {

        public Exit {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(share, "share");
            Objects.requireNonNull(proceeds, "proceeds");
            Objects.requireNonNull(costReleased, "costReleased");
            Objects.requireNonNull(realisedGain, "realisedGain");
        }

        /** An exit whose place among same-day valuations does not matter (none on its day). */
        public Exit(LocalDate date, Ratio share, Money proceeds, Money costReleased, Money realisedGain,
                    boolean closes) {
            this(date, share, proceeds, costReleased, realisedGain, closes, 0);
        }

        /** Whether this exit came after {@code valuation}: dated later, or recorded later on the same day. */
        boolean after(Valuation valuation) {
            return date.isAfter(valuation.date()) || date.equals(valuation.date()) && recorded > valuation.recorded();
        }
    }

    /**
     * What a parent's stake in a sub-fund is worth where no valuation says otherwise: its share of the sub-fund's NAV,
     * the share being the parent's paid-in ÷ the sub-fund's paid-in (NAV is what paid-in money became, and gains are
     * shared by paid-in), exactly, then half-up to the minor unit; nothing while nothing was paid in.
     */
    public static Money stakeInSubFund(Money subFundNav, Money parentPaidIn, Money subFundPaidIn) {
        if (!subFundPaidIn.exceedsZero()) {
            return parentPaidIn;
        }
        BigDecimal exact = subFundNav.amount().multiply(parentPaidIn.amount()).divide(
                subFundPaidIn.amount(), subFundNav.currency().getDefaultFractionDigits(),
                RoundingMode.HALF_UP);
        return new Money(exact, subFundNav.currency());
    }

    /**
     * The holding on {@code date}, from its cost on that date and the valuations and exits that stand (in the order
     * they were recorded; those dated after {@code date} are left out). Of two valuations on one day the one recorded
     * later counts. An exit on a valuation's own day scales it only if it was recorded after it ({@code recorded}):
     * a valuation recorded after that day's exit measured what remained.
     */
    public static HoldingValue on(LocalDate date, Money cost, List<Valuation> valuations, List<Exit> exits) {
        return on(date, cost, valuations, exits, null);
    }

    /**
     * As {@link #on(LocalDate, Money, List, List)}, but unvalued the holding is carried at {@code unvalued} (what the
     * whole holding is worth before any exit: a sub-fund stake's share of the sub-fund's NAV) scaled by the share its
     * exits left, half-up to the currency's unit; at its remaining cost when {@code unvalued} is null.
     */
    public static HoldingValue on(LocalDate date, Money cost, List<Valuation> valuations, List<Exit> exits,
                                  Money unvalued) {
        Objects.requireNonNull(date, "date");
        Money zero = Money.zero(cost.currency());
        Money costReleased = zero;
        Money proceeds = zero;
        Money realisedGain = zero;
        boolean closed = false;
        List<Exit> taken = exits.stream().filter(exit -> !exit.date().isAfter(date)).toList();
        for (Exit exit : taken) {
            requireCurrency(cost, exit.proceeds(), exit.costReleased(), exit.realisedGain());
            costReleased = costReleased.plus(exit.costReleased());
            proceeds = proceeds.plus(exit.proceeds());
            realisedGain = realisedGain.plus(exit.realisedGain());
            closed |= exit.closes();
        }
        Money remainingCost = cost.minus(costReleased);
        Valuation latest = null;
        for (Valuation valuation : valuations) {
            requireCurrency(cost, valuation.fairValue());
            if (!valuation.date().isAfter(date) && (latest == null || !valuation.date().isBefore(latest.date()))) {
                latest = valuation;
            }
        }
        Money fairValue;
        LocalDate valuationDate = null;
        if (closed) {
            fairValue = zero;
        } else if (latest != null) {
            fairValue = scaled(latest.fairValue(), latest, taken);
            valuationDate = latest.date();
        } else if (unvalued != null) {
            requireCurrency(cost, unvalued);
            fairValue = scaled(unvalued, null, taken);
        } else {
            fairValue = remainingCost;
        }
        return new HoldingValue(cost, costReleased, remainingCost, proceeds, realisedGain, fairValue, valuationDate,
                fairValue.minus(remainingCost), Moic.of(proceeds, fairValue, cost), closed);
    }

    /**
     * A value times the share left by each exit after {@code valuation} (every exit, when null), rounded half-up once
     * to the currency's unit.
     */
    private static Money scaled(Money value, Valuation valuation, List<Exit> exits) {
        BigDecimal remains = BigDecimal.ONE;
        for (Exit exit : exits) {
            if (valuation == null || exit.after(valuation)) {
                remains = remains.multiply(BigDecimal.ONE.subtract(exit.share().value()));
            }
        }
        return new Money(value.amount().multiply(remains)
                .setScale(value.currency().getDefaultFractionDigits(), RoundingMode.HALF_UP), value.currency());
    }

    private static void requireCurrency(Money cost, Money... amounts) {
        for (Money amount : amounts) {
            if (!amount.hasCurrency(cost.currency())) {
                throw new CurrencyMismatch(cost.currency(), amount.currency());
            }
        }
    }
}
