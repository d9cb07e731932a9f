package org.ipfund.domain.fund;

import org.ipfund.domain.RecordId;

/** Identifies a commitment. */
public record CommitmentId(String value) {

    public CommitmentId {
        RecordId.requireWellFormed(value, "CommitmentId");
    }

    @Override
    public String toString() {
        return value;
    }
}
