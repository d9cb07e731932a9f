package org.ipfund.domain.correction;

import org.ipfund.domain.FundId;
import org.ipfund.domain.UnknownFact;

/** A correction names a fact the fund has not recorded. */
public class UnknownFactToReverse extends UnknownFact {

    public UnknownFactToReverse(FundId fundId, String factId) {
        super("fund '%s' has recorded no fact '%s'".formatted(fundId, factId));
    }

    @Override
    public String code() {
        return "FACT_NOT_FOUND";
    }

    @Override
    public String field() {
        return "reverses";
    }
}
