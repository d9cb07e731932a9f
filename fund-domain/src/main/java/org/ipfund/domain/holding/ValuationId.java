package org.ipfund.domain.holding;

import org.ipfund.domain.IdShape;

/** Identifies one valuation of a holding. */
public record ValuationId(String value) {

    public ValuationId {
        IdShape.requireWellFormed(value, "ValuationId");
    }

    @Override
    public String toString() {
        return value;
    }
}
