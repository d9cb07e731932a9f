package org.ipfund.projections.holding;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.ipfund.domain.figures.CashHeld;
import org.ipfund.domain.figures.NetAssetValue;
import org.ipfund.domain.money.Money;

/** What a fund holds on a date: its holdings that stand, valued, and the cash it holds. */
public record FundPosition(String fundId, Currency currency, LocalDate asOf, List<ValuedHolding> holdings,
                           CashHeld cash, HoldingFacts facts) {

    /** The fair value of the open holdings. */
    public Money fairValue() {
        return holdings.stream().map(holding -> holding.value().fairValue())
                .reduce(Money.zero(currency), Money::plus);
    }

    /** NAV (净值): the fair value of the open holdings plus the cash held. */
    public Money nav() {
        return NetAssetValue.of(cash.amount(), fairValue()).nav();
    }
}
