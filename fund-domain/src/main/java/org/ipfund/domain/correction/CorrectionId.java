package org.ipfund.domain.correction;

import org.ipfund.domain.IdShape;

/** Identifies a correction: a recorded fact of its own, so auditors can trace why history was reversed. */
public record CorrectionId(String value) {

    public CorrectionId {
        IdShape.requireWellFormed(value, "CorrectionId");
    }

    @Override
    public String toString() {
        return value;
    }
}
