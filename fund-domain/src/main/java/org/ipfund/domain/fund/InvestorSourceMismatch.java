package org.ipfund.domain.fund;

import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundRuleViolation;

/** A registered investor brings the kind of money it was registered with: its commitment says the same source. */
public class InvestorSourceMismatch extends FundRuleViolation {

    public InvestorSourceMismatch(String investorId, CapitalSource registered, CapitalSource given) {
        super("investor '%s' is registered with %s money, not %s".formatted(investorId, registered, given));
    }

    @Override
    public String code() {
        return "INVESTOR_SOURCE_MISMATCH";
    }

    @Override
    public String field() {
        return "source";
    }
}
