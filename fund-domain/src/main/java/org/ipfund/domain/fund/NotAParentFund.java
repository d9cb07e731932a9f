package org.ipfund.domain.fund;

import org.ipfund.domain.FundId;
import org.ipfund.domain.FundRuleViolation;

/** Only a guidance fund or a mother fund creates sub-funds (the "1" of "1+N"). */
public class NotAParentFund extends FundRuleViolation {

    public NotAParentFund(FundId fundId, FundType type) {
        super("fund '%s' is a %s fund; only GUIDANCE and MOTHER funds create sub-funds".formatted(fundId, type));
    }

    @Override
    public String code() {
        return "NOT_A_PARENT_FUND";
    }

    @Override
    public String field() {
        return "fundId";
    }
}
