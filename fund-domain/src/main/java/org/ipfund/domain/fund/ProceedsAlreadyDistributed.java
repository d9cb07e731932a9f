package org.ipfund.domain.fund;

import org.ipfund.domain.FundRuleViolation;
import org.ipfund.domain.money.Money;

/** An exit whose proceeds were paid out (or spent) since cannot be reversed: the fund no longer holds them. */
public class ProceedsAlreadyDistributed extends FundRuleViolation {

    public ProceedsAlreadyDistributed(String exitId, Money proceeds, Money stillHeld) {
        super("exit '%s' brought %s, of which the fund holds only %s from its date on: reverse what paid it out first"
                .formatted(exitId, proceeds, stillHeld));
    }

    @Override
    public String code() {
        return "PROCEEDS_ALREADY_DISTRIBUTED";
    }

    @Override
    public String field() {
        return "reverses";
    }
}
