package org.ipfund.domain.correction;

import org.ipfund.domain.FundRuleViolation;

/** Only a commitment, a contribution, an investment or a co-investment can be reversed by a correction. */
public class FactNotReversible extends FundRuleViolation {

    public FactNotReversible(String factId, String why) {
        super("'%s' cannot be reversed: %s".formatted(factId, why));
    }

    @Override
    public String code() {
        return "FACT_NOT_REVERSIBLE";
    }

    @Override
    public String field() {
        return "reverses";
    }
}
