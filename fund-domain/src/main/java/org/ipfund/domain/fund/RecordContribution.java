package org.ipfund.domain.fund;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.FundId;

public record RecordContribution(@TargetAggregateIdentifier FundId fundId, ContributionId contributionId,
                                 CommitmentId commitmentId, CallId callId, Money amount, LocalDate date) {

    public RecordContribution {
        Objects.requireNonNull(fundId, "fundId");
        Objects.requireNonNull(contributionId, "contributionId");
        Objects.requireNonNull(commitmentId, "commitmentId");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
    }
}
