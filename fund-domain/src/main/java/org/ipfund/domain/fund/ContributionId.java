package org.ipfund.domain.fund;

import org.ipfund.domain.IdShape;

/** Identifies a contribution. */
public record ContributionId(String value) {

    public ContributionId {
        IdShape.requireWellFormed(value, "ContributionId");
    }

    @Override
    public String toString() {
        return value;
    }
}
