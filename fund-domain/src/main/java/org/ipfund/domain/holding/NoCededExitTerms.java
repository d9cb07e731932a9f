package org.ipfund.domain.holding;

import java.time.LocalDate;
import org.ipfund.domain.FundRuleViolation;

/** A ceded exit is priced by the policy: without ceded-exit terms in force on its date it cannot be judged. */
public class NoCededExitTerms extends FundRuleViolation {

    public NoCededExitTerms(LocalDate date) {
        super("no ceded-exit terms (policy.cededExit) are in force on %s: amend the policy first".formatted(date));
    }

    @Override
    public String code() {
        return "NO_CEDED_EXIT_TERMS";
    }

    @Override
    public String field() {
        return "kind";
    }
}
