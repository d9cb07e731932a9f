package org.ipfund.app.web;

import org.ipfund.domain.FundId;
import org.ipfund.domain.investment.InvestmentId;

/** Ids taken from a request path: a malformed one is invalid input naming the path variable. */
public final class PathIds {

    private PathIds() {
    }

    public static FundId fund(String fundId) {
        return InvalidInput.of("fundId", () -> new FundId(fundId));
    }

    public static InvestmentId investment(String investmentId) {
        return InvalidInput.of("investmentId", () -> new InvestmentId(investmentId));
    }
}
