package org.ipfund.domain.policy;

import java.time.LocalDate;
import org.ipfund.domain.FundEvent;
import org.ipfund.domain.FundId;

/** The fund adopted new rules, in force from {@code terms.effectiveFrom()}. */
public record PolicyAmended(FundId fundId, AmendmentId amendmentId, PolicyTerms terms) implements FundEvent {

    @Override
    public LocalDate businessDate() {
        return terms.effectiveFrom();
    }
}
