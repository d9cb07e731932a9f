package org.ipfund.domain.fund;

import org.ipfund.domain.IdShape;

/** Identifies a commitment. */
public record CommitmentId(String value) {

    public CommitmentId {
        IdShape.requireWellFormed(value, "CommitmentId");
    }

    @Override
    public String toString() {
        return value;
    }
}
