package org.ipfund.projections.capital;

import java.time.LocalDate;
import java.util.Objects;

/** Every fund with its capital position as of a date, in order of launch. */
public record FindFunds(LocalDate asOf) {

    public FindFunds {
        Objects.requireNonNull(asOf, "asOf");
    }
}
