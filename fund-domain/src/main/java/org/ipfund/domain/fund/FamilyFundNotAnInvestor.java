package org.ipfund.domain.fund;

import org.ipfund.domain.FundId;
import org.ipfund.domain.FundRuleViolation;

/**
 * A fund of the same "1+N" family is never an ordinary investor of another: the parent's money reaches a sub-fund only
 * through the parent's side (creating the sub-fund, or a top-up of that commitment), where the share cap and the
 * parent's available capital are judged and the money leaves the parent.
 */
public class FamilyFundNotAnInvestor extends FundRuleViolation {

    private final String field;

    public FamilyFundNotAnInvestor(String investor, FundId fundId, FundId parent, String field) {
        super(("'%s' is a fund of the same \"1+N\" family as '%s': its commitment goes through the parent's side,"
                + " POST /api/funds/%s/sub-funds/%s/top-ups (or /api/funds/%s/sub-funds for a new sub-fund),"
                + " not as an ordinary investor").formatted(investor, fundId, parent, fundId, parent));
        this.field = field;
    }

    @Override
    public String code() {
        return "FAMILY_FUND_NOT_AN_INVESTOR";
    }

    @Override
    public String field() {
        return field;
    }
}
