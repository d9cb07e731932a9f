package org.ipfund.projections.capital;

import java.time.LocalDate;
import java.util.Objects;

/** A fund's commitments dated on or before {@code asOf}; null when there is no such fund. */
public record FindCommitments(String fundId, LocalDate asOf) {

    public FindCommitments {
        Objects.requireNonNull(fundId, "fundId");
        Objects.requireNonNull(asOf, "asOf");
    }
}
