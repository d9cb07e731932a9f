package org.ipfund.domain.fund;

import org.ipfund.domain.FundRuleViolation;
import org.ipfund.domain.money.Money;

/** A commitment that capital calls already asked from cannot be reversed. */
public class CommitmentAlreadyCalled extends FundRuleViolation {

    public CommitmentAlreadyCalled(CommitmentId commitmentId, Money called) {
        super("commitment '%s' was already called for %s".formatted(commitmentId, called));
    }

    @Override
    public String code() {
        return "COMMITMENT_ALREADY_CALLED";
    }

    @Override
    public String field() {
        return "reverses";
    }
}
