package org.ipfund.domain.correction;

import org.ipfund.domain.FundRuleViolation;

/** A fact is reversed at most once. */
public class FactAlreadyReversed extends FundRuleViolation {

    public FactAlreadyReversed(String factId) {
        super("'%s' was already reversed by an earlier correction".formatted(factId));
    }

    @Override
    public String code() {
        return "FACT_ALREADY_REVERSED";
    }

    @Override
    public String field() {
        return "reverses";
    }
}
