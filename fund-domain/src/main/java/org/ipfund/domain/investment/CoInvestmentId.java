package org.ipfund.domain.investment;

import org.ipfund.domain.IdShape;

/** Identifies one co-investor's participation in a deal. */
public record CoInvestmentId(String value) {

    public CoInvestmentId {
        IdShape.requireWellFormed(value, "CoInvestmentId");
    }

    @Override
    public String toString() {
        return value;
    }
}
