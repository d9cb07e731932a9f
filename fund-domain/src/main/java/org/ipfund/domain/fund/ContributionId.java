package org.ipfund.domain.fund;

import org.ipfund.domain.RecordId;

/** Identifies a contribution. */
public record ContributionId(String value) {

    public ContributionId {
        RecordId.requireWellFormed(value, "ContributionId");
    }

    @Override
    public String toString() {
        return value;
    }
}
