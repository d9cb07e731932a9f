package org.ipfund.projections.investor;

import java.util.Objects;

/** One registered investor by id. */
public record FindInvestor(String investorId) {

    public FindInvestor {
        Objects.requireNonNull(investorId, "investorId");
    }
}
