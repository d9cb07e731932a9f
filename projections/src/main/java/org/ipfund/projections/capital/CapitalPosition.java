package org.ipfund.projections.capital;

import java.util.Currency;
import org.ipfund.domain.money.Money;

/**
 * A fund's capital as of a date. {@code uncalled} is committed minus called; {@code unfunded} is
 * committed minus paid in (未实缴); {@code available} is what the fund may still invest.
 */
public record CapitalPosition(Money committed, Money called, Money paidIn, Money invested,
                              Money uncalled, Money unfunded, Money available) {

    static CapitalPosition of(Money committed, Money called, Money paidIn, Money invested,
                              boolean uncalledIsAvailable) {
        Money uncalled = committed.minus(called);
        Money available = paidIn.minus(invested);
        if (uncalledIsAvailable) {
            available = available.plus(uncalled);
        }
        return new CapitalPosition(committed, called, paidIn, invested, uncalled, committed.minus(paidIn),
                available);
    }

    static CapitalPosition zero(Currency currency) {
        Money zero = Money.zero(currency);
        return new CapitalPosition(zero, zero, zero, zero, zero, zero, zero);
    }
}
