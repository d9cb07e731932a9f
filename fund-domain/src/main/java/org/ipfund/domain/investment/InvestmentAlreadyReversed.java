package org.ipfund.domain.investment;

import org.ipfund.domain.FundRuleViolation;

/** A reversed investment takes no further co-investors. */
public class InvestmentAlreadyReversed extends FundRuleViolation {

    public InvestmentAlreadyReversed(InvestmentId investmentId) {
        super("investment '%s' was reversed by a correction".formatted(investmentId));
    }

    @Override
    public String code() {
        return "INVESTMENT_REVERSED";
    }

    @Override
    public String field() {
        return "investmentId";
    }
}
