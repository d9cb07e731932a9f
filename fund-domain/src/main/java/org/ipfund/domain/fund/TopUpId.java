package org.ipfund.domain.fund;

import org.ipfund.domain.IdShape;

/** Identifies a top-up of a parent's commitment to its sub-fund: one fact, recorded in both funds. */
public record TopUpId(String value) {

    public TopUpId {
        IdShape.requireWellFormed(value, "TopUpId");
    }

    @Override
    public String toString() {
        return value;
    }
}
