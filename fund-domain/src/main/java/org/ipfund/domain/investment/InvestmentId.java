package org.ipfund.domain.investment;

import org.ipfund.domain.RecordId;

/** Identifies one investment (a deal) of a fund. */
public record InvestmentId(String value) {

    public InvestmentId {
        RecordId.requireWellFormed(value, "InvestmentId");
    }

    @Override
    public String toString() {
        return value;
    }
}
