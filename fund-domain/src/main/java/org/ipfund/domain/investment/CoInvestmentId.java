package org.ipfund.domain.investment;

import org.ipfund.domain.RecordId;

/** Identifies one co-investor's participation in a deal. */
public record CoInvestmentId(String value) {

    public CoInvestmentId {
        RecordId.requireWellFormed(value, "CoInvestmentId");
    }

    @Override
    public String toString() {
        return value;
    }
}
