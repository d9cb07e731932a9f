package org.ipfund.domain.correction;

import org.ipfund.domain.FundRuleViolation;

/**
 * A fact a correction cannot reverse: a launch, a policy amendment, a correction itself, or a fact something recorded
 * later depends on (a commitment already called, a deal whose valuations or exits stand, a call paid against).
 */
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
