package org.ipfund.domain.fund;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.FundId;
import org.ipfund.domain.CapitalSource;

public record RecordCommitment(@TargetAggregateIdentifier FundId fundId, CommitmentId commitmentId,
                               String investor, CapitalSource source, Money amount, LocalDate date) {

    public RecordCommitment {
        Objects.requireNonNull(fundId, "fundId");
        Objects.requireNonNull(commitmentId, "commitmentId");
        Objects.requireNonNull(investor, "investor");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
        if (investor.isBlank()) {
            throw new IllegalArgumentException("investor must not be blank");
        }
    }
}
