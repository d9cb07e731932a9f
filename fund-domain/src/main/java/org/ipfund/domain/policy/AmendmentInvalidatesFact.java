package org.ipfund.domain.policy;

import java.time.LocalDate;
import org.ipfund.domain.FundRuleViolation;

/**
 * A policy amendment never rewrites the past: it is refused when a fact dated on or after its effective date, accepted
 * under the terms then in force, would have been refused under the amended terms, or when the fund's balance would be
 * below zero on a day from then on. An amendment effective after that fact's date is what the fund may adopt.
 */
public class AmendmentInvalidatesFact extends FundRuleViolation {

    private final transient InvalidatedFact invalidatedFact;

    public AmendmentInvalidatesFact(LocalDate effectiveFrom, InvalidatedFact invalidatedFact) {
        super(("an amendment effective from %s would invalidate the fact %s dated %s, recorded under the terms then"
                + " in force: under the amended terms it breaks %s (%s)").formatted(effectiveFrom,
                invalidatedFact.factId(), invalidatedFact.date(), invalidatedFact.rule(), invalidatedFact.reason()));
        this.invalidatedFact = invalidatedFact;
    }

    /** The first fact, by business date, that the amendment would invalidate. */
    public InvalidatedFact invalidatedFact() {
        return invalidatedFact;
    }

    @Override
    public String code() {
        return "AMENDMENT_INVALIDATES_FACT";
    }

    @Override
    public String field() {
        return "terms.effectiveFrom";
    }
}
