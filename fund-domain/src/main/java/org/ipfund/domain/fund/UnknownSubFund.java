package org.ipfund.domain.fund;

import org.ipfund.domain.FundId;
import org.ipfund.domain.UnknownFact;

/** A top-up names a sub-fund the parent did not create. */
public class UnknownSubFund extends UnknownFact {

    public UnknownSubFund(FundId parent, FundId subFund) {
        super("fund '%s' has no sub-fund '%s'".formatted(parent, subFund));
    }

    @Override
    public String code() {
        return "SUB_FUND_NOT_FOUND";
    }

    @Override
    public String field() {
        return "subFundId";
    }
}
