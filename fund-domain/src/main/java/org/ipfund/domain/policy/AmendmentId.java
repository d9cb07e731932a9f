package org.ipfund.domain.policy;

import org.ipfund.domain.RecordId;

/** Identifies one amendment of a fund's policy, so that a retried amendment is not recorded twice. */
public record AmendmentId(String value) {

    public AmendmentId {
        RecordId.requireWellFormed(value, "AmendmentId");
    }

    @Override
    public String toString() {
        return value;
    }
}
