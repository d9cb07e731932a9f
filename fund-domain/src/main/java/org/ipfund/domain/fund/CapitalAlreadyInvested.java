package org.ipfund.domain.fund;

import org.ipfund.domain.FundRuleViolation;
import org.ipfund.domain.money.Money;

/** Reversing money the fund has already invested (or committed onwards) would leave it overdrawn: reverse the investment first. */
public class CapitalAlreadyInvested extends FundRuleViolation {

    public CapitalAlreadyInvested(String factId, Money amount, Money available) {
        super("reversing '%s' takes back %s but only %s of the fund's capital is not invested".formatted(factId, amount, available));
    }

    @Override
    public String code() {
        return "CAPITAL_ALREADY_INVESTED";
    }

    @Override
    public String field() {
        return "reverses";
    }
}
