package org.ipfund.domain.policy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A recorded fact that a policy amendment would have refused: its id, its business date, the rule (by its stable
 * code) it would break under the amended terms, and why.
 */
public record InvalidatedFact(String factId, LocalDate date, String rule, String reason) {

    public InvalidatedFact {
        Objects.requireNonNull(factId, "factId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(rule, "rule");
    }

    /** The earliest-dated of the facts found, if any. */
    @SafeVarargs
    public static Optional<InvalidatedFact> earliest(Optional<InvalidatedFact>... found) {
        return Arrays.stream(found).flatMap(Optional::stream).min(Comparator.comparing(InvalidatedFact::date));
    }

    @Override
    public String toString() {
        return "%s dated %s (%s: %s)".formatted(factId, date, rule, reason);
    }
}
