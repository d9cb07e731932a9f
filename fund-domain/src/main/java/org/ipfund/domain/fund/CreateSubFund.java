package org.ipfund.domain.fund;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundId;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.policy.FundPolicy;

/**
 * A guidance or mother fund creates a sub-fund (子基金) and commits to it in one step: the sub-fund is a fund
 * of its own, launched on {@code date} with its {@code targetSize} (认缴规模) and the parent's commitment.
 * {@code source} is the kind of money the parent puts in; null means the parent's usual one.
 */
public record CreateSubFund(@TargetAggregateIdentifier FundId fundId, FundId subFundId, String name,
                            Money targetSize, CommitmentId commitmentId, Money parentCommitment,
                            CapitalSource source, LocalDate date, FundPolicy policy) {

    public CreateSubFund {
        Objects.requireNonNull(fundId, "fundId");
        Objects.requireNonNull(subFundId, "subFundId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(targetSize, "targetSize");
        Objects.requireNonNull(commitmentId, "commitmentId");
        Objects.requireNonNull(parentCommitment, "parentCommitment");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(policy, "policy");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
    }
}
