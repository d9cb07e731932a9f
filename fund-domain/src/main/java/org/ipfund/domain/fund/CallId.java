package org.ipfund.domain.fund;

import org.ipfund.domain.RecordId;

/** Identifies a capital call. */
public record CallId(String value) {

    public CallId {
        RecordId.requireWellFormed(value, "CallId");
    }

    @Override
    public String toString() {
        return value;
    }
}
