package org.ipfund.domain.policy;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ipfund.domain.FundId;

/** Adopt new rules from {@code terms.effectiveFrom()}; the rules that judged earlier facts stay as they were. */
public record AmendPolicy(@TargetAggregateIdentifier FundId fundId, AmendmentId amendmentId, PolicyTerms terms) {

    public AmendPolicy {
        Objects.requireNonNull(fundId, "fundId");
        Objects.requireNonNull(amendmentId, "amendmentId");
        Objects.requireNonNull(terms, "terms");
    }
}
