package org.ipfund.domain.figures;

import org.ipfund.domain.money.Money;

/**
 * The capital one source (fiscal, state-owned, social) committed, was called for and paid in, as of a date.
 * What the fund invested is not told apart by source: once paid in, the money is the fund's.
 */
public record RaisedCapital(Money committed, Money called, Money paidIn, Money uncalled, Money unfunded) {

    public static RaisedCapital of(Money committed, Money called, Money paidIn) {
        return new RaisedCapital(committed, called, paidIn, committed.minus(called), committed.minus(paidIn));
    }
}
