package org.ipfund.domain.fund;

import org.ipfund.domain.RecordId;

/** Identifies a fund. */
public record FundId(String value) {

    public FundId {
        RecordId.requireWellFormed(value, "FundId");
    }

    @Override
    public String toString() {
        return value;
    }
}
