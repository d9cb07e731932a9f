package org.ipfund.domain.fund;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.FundId;

/**
 * Ask investors for part of their commitments: pro rata across every uncalled commitment, or only
 * across the named ones when {@code commitmentIds} is not empty.
 */
public record CallCapital(@TargetAggregateIdentifier FundId fundId, CallId callId, Money amount,
                          LocalDate date, LocalDate dueDate, List<CommitmentId> commitmentIds) {

    public CallCapital {
        Objects.requireNonNull(fundId, "fundId");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
        commitmentIds = commitmentIds == null ? List.of() : List.copyOf(commitmentIds);
        if (dueDate != null && dueDate.isBefore(date)) {
            throw new IllegalArgumentException("dueDate must not be before the call's date");
        }
    }
}
