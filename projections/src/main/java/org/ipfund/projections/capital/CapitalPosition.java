package org.ipfund.projections.capital;

import java.util.Currency;
import org.ipfund.domain.money.Money;

/**
 * A fund's capital as of a date. {@code uncalled} is committed minus called; {@code unfunded} is committed
 * minus paid in (未实缴); {@code invested} is what its deals cost (net of reversed ones) and
 * {@code committedToSubFunds} what it promised its sub-funds; {@code available} is what it may still invest.
 */
public record CapitalPosition(Money committed, Money called, Money paidIn, Money invested,
                              Money committedToSubFunds, Money uncalled, Money unfunded, Money available) {

    static CapitalPosition of(Money committed, Money called, Money paidIn, Money invested, Money committedToSubFunds,
                              boolean uncalledIsAvailable) {
        Money uncalled = committed.minus(called);
        Money available = paidIn.minus(invested).minus(committedToSubFunds);
        if (uncalledIsAvailable) {
            available = available.plus(uncalled);
        }
        return new CapitalPosition(committed, called, paidIn, invested, committedToSubFunds, uncalled,
                committed.minus(paidIn), available);
    }

    static CapitalPosition zero(Currency currency) {
        Money zero = Money.zero(currency);
        return new CapitalPosition(zero, zero, zero, zero, zero, zero, zero, zero);
    }
}
