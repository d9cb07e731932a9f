package org.ipfund.domain.investor;

import org.ipfund.domain.IdShape;

/** Identifies a registered investor; it shares one namespace with the funds' ids (one event store, one stream each). */
public record InvestorId(String value) {

    public InvestorId {
        IdShape.requireWellFormed(value, "InvestorId");
    }

    @Override
    public String toString() {
        return value;
    }
}
