package org.ipfund.domain.fund;

import org.ipfund.domain.FundRuleViolation;
import org.ipfund.domain.money.Money;

/** A capital call never asks for more than the commitments not yet called. */
public class CallExceedsUncalledCommitments extends FundRuleViolation {

    public CallExceedsUncalledCommitments(Money uncalled, Money requested) {
        super("the call asks for %s but only %s of the commitments is uncalled".formatted(requested, uncalled));
    }

    @Override
    public String code() {
        return "CALL_EXCEEDS_UNFUNDED_COMMITMENTS";
    }

    @Override
    public String field() {
        return "amount";
    }
}
