package org.ipfund.domain.investment;

import org.ipfund.domain.FundRuleViolation;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;

/** A follow-on alongside a lead is at most the policy's share of the lead's amount. */
public class FollowOnExceedsLeadShare extends FundRuleViolation {

    public FollowOnExceedsLeadShare(Money requested, Money lead, Ratio maxShare) {
        super("the follow-on of %s exceeds %s of the lead's %s".formatted(requested, maxShare, lead));
    }

    @Override
    public String code() {
        return "FOLLOW_ON_EXCEEDS_LEAD_SHARE";
    }

    @Override
    public String field() {
        return "amount";
    }
}
