package org.ipfund.projections.capital;

import java.time.LocalDate;
import java.util.Objects;

/** The fund and its capital position, counting the facts dated on or before {@code asOf}. */
public record FindFund(String fundId, LocalDate asOf) {

    public FindFund {
        Objects.requireNonNull(fundId, "fundId");
        Objects.requireNonNull(asOf, "asOf");
    }
}
