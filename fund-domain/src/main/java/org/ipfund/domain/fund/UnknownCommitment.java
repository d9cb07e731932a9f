package org.ipfund.domain.fund;

import org.ipfund.domain.UnknownFact;
import org.ipfund.domain.FundId;

public class UnknownCommitment extends UnknownFact {

    public UnknownCommitment(FundId fundId, CommitmentId commitmentId) {
        super("fund '%s' has no commitment '%s'".formatted(fundId, commitmentId));
    }

    @Override
    public String code() {
        return "COMMITMENT_NOT_FOUND";
    }

    @Override
    public String field() {
        return "commitmentId";
    }
}
