package org.ipfund.projections.capital;

import java.time.LocalDate;
import java.util.Objects;

/** A fund's capital calls dated on or before {@code asOf}; null when there is no such fund. */
public record FindCapitalCalls(String fundId, LocalDate asOf) {

    public FindCapitalCalls {
        Objects.requireNonNull(fundId, "fundId");
        Objects.requireNonNull(asOf, "asOf");
    }
}
