package org.ipfund.domain.figures;

import java.util.Objects;
import org.ipfund.domain.money.Money;

/**
 * A fund's net asset value (净值) on a date: the cash it holds plus the fair value of its open holdings
 * ({@link HoldingValue}). The cash it holds is what was paid in, less what it invested in deals and paid into its
 * sub-funds, plus what its sub-funds paid back to it and the proceeds of its exits, less what it distributed.
 */
public record NetAssetValue(Money cash, Money fairValue, Money nav) {

    public NetAssetValue {
        Objects.requireNonNull(cash, "cash");
        Objects.requireNonNull(fairValue, "fairValue");
        Objects.requireNonNull(nav, "nav");
    }

    public static NetAssetValue of(Money cash, Money fairValueOfOpenHoldings) {
        return new NetAssetValue(cash, fairValueOfOpenHoldings, cash.plus(fairValueOfOpenHoldings));
    }

    /** Paid-in − invested − paid into sub-funds + exit proceeds − distributed; every amount as of the same date. */
    public static Money cashHeld(Money paidIn, Money invested, Money paidIntoSubFunds, Money proceeds,
                                 Money distributed) {
        return cashHeld(paidIn, invested, paidIntoSubFunds, Money.zero(paidIn.currency()), proceeds, distributed);
    }

    /**
     * The same, with what the fund's sub-funds distributed back to it ({@code receivedFromSubFunds}): the parent's cash
     * leaves as it pays a sub-fund's calls and returns as the sub-fund distributes to it.
     */
    public static Money cashHeld(Money paidIn, Money invested, Money paidIntoSubFunds, Money receivedFromSubFunds,
                                 Money proceeds, Money distributed) {
        return paidIn.minus(invested).minus(paidIntoSubFunds).plus(receivedFromSubFunds).plus(proceeds)
                .minus(distributed);
    }
}
