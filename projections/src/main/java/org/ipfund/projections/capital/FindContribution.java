package org.ipfund.projections.capital;

import java.util.Objects;

/** One recorded contribution; null when the fund has none with that id. */
public record FindContribution(String fundId, String contributionId) {

    public FindContribution {
        Objects.requireNonNull(fundId, "fundId");
        Objects.requireNonNull(contributionId, "contributionId");
    }
}
