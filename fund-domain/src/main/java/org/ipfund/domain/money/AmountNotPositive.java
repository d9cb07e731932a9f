package org.ipfund.domain.money;

import org.ipfund.domain.FundRuleViolation;

/** Amounts recorded are above zero: money leaving is recorded as its own kind of fact, never as a negative. */
public class AmountNotPositive extends FundRuleViolation {

    private final String field;

    public AmountNotPositive(Money amount) {
        this(amount, "amount");
    }

    public AmountNotPositive(Money amount, String field) {
        super("the amount must be above zero, not " + amount);
        this.field = field;
    }

    @Override
    public String code() {
        return "AMOUNT_NOT_POSITIVE";
    }

    @Override
    public String field() {
        return field;
    }
}
