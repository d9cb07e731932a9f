package org.ipfund.domain.fund;

import org.ipfund.domain.FundRuleViolation;
import org.ipfund.domain.money.Money;

public class AmountNotPositive extends FundRuleViolation {

    public AmountNotPositive(Money amount) {
        super("the amount must be above zero, not " + amount);
    }

    @Override
    public String code() {
        return "AMOUNT_NOT_POSITIVE";
    }

    @Override
    public String field() {
        return "amount.amount";
    }
}
