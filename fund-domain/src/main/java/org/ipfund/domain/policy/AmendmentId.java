package org.ipfund.domain.policy;

import org.ipfund.domain.IdShape;

/** Identifies one amendment of a fund's policy, so that a retried amendment is not recorded twice. */
public record AmendmentId(String value) {

    public AmendmentId {
        IdShape.requireWellFormed(value, "AmendmentId");
    }

    @Override
    public String toString() {
        return value;
    }
}
