package org.ipfund.domain.money;

import java.util.Currency;
import org.ipfund.domain.FundRuleViolation;

/** An amount is in another currency than the one it is judged or added against. */
public class CurrencyMismatch extends FundRuleViolation {

    private final String field;

    public CurrencyMismatch(Currency expected, Currency actual) {
        this(expected, actual, "amount");
    }

    public CurrencyMismatch(Currency expected, Currency actual, String field) {
        super("the amount is in %s but must be in %s".formatted(actual, expected));
        this.field = field;
    }

    /** A deal in another currency is recorded only with the exchange rate of its date. */
    public static CurrencyMismatch withoutRate(Currency fundCurrency, Currency actual) {
        return new CurrencyMismatch("exchangeRate",
                "the amount is in %s, not the fund's %s: give the exchangeRate of its date".formatted(actual, fundCurrency));
    }

    private CurrencyMismatch(String field, String message) {
        super(message);
        this.field = field;
    }

    @Override
    public String code() {
        return "CURRENCY_MISMATCH";
    }

    @Override
    public String field() {
        return field;
    }
}
