package org.ipfund.domain.fund;

import org.ipfund.domain.IdShape;

/** Identifies one distribution of a fund to its investors. */
public record DistributionId(String value) {

    public DistributionId {
        IdShape.requireWellFormed(value, "DistributionId");
    }

    @Override
    public String toString() {
        return value;
    }
}
