package org.ipfund.domain.holding;

import org.ipfund.domain.IdShape;

/** Identifies one exit (a sale, a ceded exit or a write-off) from a holding. */
public record ExitId(String value) {

    public ExitId {
        IdShape.requireWellFormed(value, "ExitId");
    }

    @Override
    public String toString() {
        return value;
    }
}
