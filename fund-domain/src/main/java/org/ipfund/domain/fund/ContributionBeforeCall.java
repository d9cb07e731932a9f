package org.ipfund.domain.fund;

import java.time.LocalDate;
import org.ipfund.domain.FundRuleViolation;

/** Money cannot arrive against a call before the call was made. */
public class ContributionBeforeCall extends FundRuleViolation {

    public ContributionBeforeCall(CallId callId, LocalDate callDate, LocalDate date) {
        super("the contribution is dated %s, before call '%s' of %s".formatted(date, callId, callDate));
    }

    @Override
    public String code() {
        return "CONTRIBUTION_BEFORE_CALL";
    }

    @Override
    public String field() {
        return "date";
    }
}
