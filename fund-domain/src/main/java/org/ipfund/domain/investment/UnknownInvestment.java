package org.ipfund.domain.investment;

import org.ipfund.domain.UnknownFact;
import org.ipfund.domain.FundId;

/** The command names an investment the fund has not recorded. */
public class UnknownInvestment extends UnknownFact {

    public UnknownInvestment(FundId fundId, InvestmentId investmentId) {
        super("fund '%s' has no investment '%s'".formatted(fundId, investmentId));
    }

    @Override
    public String code() {
        return "INVESTMENT_NOT_FOUND";
    }

    @Override
    public String field() {
        return "investmentId";
    }
}
