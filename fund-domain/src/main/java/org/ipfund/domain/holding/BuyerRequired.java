package org.ipfund.domain.holding;

import org.ipfund.domain.FundRuleViolation;

/** A ceded exit (让利退出) names who took the guidance fund's stake. */
public class BuyerRequired extends FundRuleViolation {

    public BuyerRequired() {
        super("a CEDED exit names its buyer");
    }

    @Override
    public String code() {
        return "BUYER_REQUIRED";
    }

    @Override
    public String field() {
        return "buyer";
    }
}
