package org.ipfund.domain.correction;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ipfund.domain.FundId;
import org.ipfund.domain.IdShape;

/**
 * Reverse a recorded commitment, contribution, investment or co-investment that was a mistake. Nothing is
 * edited or deleted: the reversal is a new fact, dated {@code date}, that names the one it reverses and why.
 */
public record ReverseFact(@TargetAggregateIdentifier FundId fundId, CorrectionId correctionId, String reverses,
                          String reason, LocalDate date) {

    public ReverseFact {
        Objects.requireNonNull(fundId, "fundId");
        Objects.requireNonNull(correctionId, "correctionId");
        IdShape.requireWellFormed(reverses, "reverses");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(date, "date");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a correction gives its reason");
        }
    }
}
