package org.ipfund.domain.investment;

import org.ipfund.domain.IdShape;

/** Identifies one investment (a deal) of a fund. */
public record InvestmentId(String value) {

    public InvestmentId {
        IdShape.requireWellFormed(value, "InvestmentId");
    }

    @Override
    public String toString() {
        return value;
    }
}
