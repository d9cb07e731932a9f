package org.ipfund.domain.fund;

import org.ipfund.domain.IdShape;

/** Identifies a capital call. */
public record CallId(String value) {

    public CallId {
        IdShape.requireWellFormed(value, "CallId");
    }

    @Override
    public String toString() {
        return value;
    }
}
