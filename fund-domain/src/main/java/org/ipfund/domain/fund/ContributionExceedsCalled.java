package org.ipfund.domain.fund;

import org.ipfund.domain.FundRuleViolation;
import org.ipfund.domain.money.Money;

/** A contribution never exceeds what the call asked of that commitment and is still outstanding. */
public class ContributionExceedsCalled extends FundRuleViolation {

    public ContributionExceedsCalled(CommitmentId commitmentId, CallId callId, Money outstanding,
                                     Money contributed) {
        super("commitment '%s' owes %s on call '%s'; a contribution of %s is more than that"
                .formatted(commitmentId, outstanding, callId, contributed));
    }

    @Override
    public String code() {
        return "CONTRIBUTION_EXCEEDS_CALLED";
    }

    @Override
    public String field() {
        return "amount";
    }
}
