package org.ipfund.domain.money;

import java.util.Currency;
import org.ipfund.domain.FundRuleViolation;

/** An amount is in another currency than the one it is judged or added against. */
public class CurrencyMismatch extends FundRuleViolation {

    public CurrencyMismatch(Currency expected, Currency actual) {
        super("the amount is in %s but must be in %s".formatted(actual, expected));
    }

    @Override
    public String code() {
        return "CURRENCY_MISMATCH";
    }

    @Override
    public String field() {
        return "amount.currency";
    }
}
