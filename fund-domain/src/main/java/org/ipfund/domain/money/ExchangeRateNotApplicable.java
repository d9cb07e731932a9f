package org.ipfund.domain.money;

import org.ipfund.domain.FundRuleViolation;

/** An exchange rate is given only with an amount in another currency than the fund's. */
public class ExchangeRateNotApplicable extends FundRuleViolation {

    public ExchangeRateNotApplicable(java.util.Currency fundCurrency) {
        super("the amount is already in the fund's currency %s: give no exchangeRate".formatted(fundCurrency));
    }

    @Override
    public String code() {
        return "EXCHANGE_RATE_NOT_APPLICABLE";
    }

    @Override
    public String field() {
        return "exchangeRate";
    }
}
