package org.ipfund.domain.figures;

import org.ipfund.domain.money.Money;

/**
 * The cash a fund holds on a date (持有现金), with the sums it is made of ({@link NetAssetValue#cashHeld}): what its
 * investors paid in, less what its deals cost and what it paid into its sub-funds, plus what its sub-funds paid back to
 * it and what its exits brought in, less what it distributed.
 * Each sum counts the facts dated on or before the date, reversals netted on their own dates. Unlike the capital
 * the fund may invest, it reserves nothing for sub-fund commitments not yet called: it is the money in hand.
 */
public record CashHeld(Money paidIn, Money invested, Money paidIntoSubFunds, Money receivedFromSubFunds,
                       Money proceeds, Money distributed) {

    public Money amount() {
        return NetAssetValue.cashHeld(paidIn, invested, paidIntoSubFunds, receivedFromSubFunds, proceeds, distributed);
    }
}
