package org.ipfund.domain.figures;

import java.time.LocalDate;
import java.util.Currency;
import org.ipfund.domain.money.Money;

/**
 * A fund's capital as it stood on a date. {@code uncalled} is committed minus called; {@code unfunded} is committed
 * minus paid in (未实缴); {@code invested} is what its deals cost (net of reversed ones) and {@code committedToSubFunds}
 * what it promised its sub-funds; {@code available} is its balance that day: the cash it holds, plus the unfunded
 * commitments where the policy in force lets the fund invest them.
 */
public record CapitalPosition(Money committed, Money called, Money paidIn, Money invested,
                              Money committedToSubFunds, Money uncalled, Money unfunded, Money available) {

    /**
     * The position on {@code asOf} from its sums (each counting the facts dated on or before it, reversals netted);
     * what is available is the fund's balance that day as its {@link CapitalTimeline} states it, so that the one
     * definition of the balance also serves every fact that moves money without being one of these sums.
     */
    public static CapitalPosition on(LocalDate asOf, CapitalTimeline timeline, Money committed, Money called,
                                     Money paidIn, Money invested, Money committedToSubFunds) {
        return new CapitalPosition(committed, called, paidIn, invested, committedToSubFunds, committed.minus(called),
                committed.minus(paidIn), timeline.availableOn(asOf));
    }

    public static CapitalPosition zero(Currency currency) {
        Money zero = Money.zero(currency);
        return new CapitalPosition(zero, zero, zero, zero, zero, zero, zero, zero);
    }
}
