package org.ipfund.domain.fund;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.domain.FundId;

public record LaunchFund(@TargetAggregateIdentifier FundId fundId, String name, FundType type,
                         Currency currency, LocalDate launchDate, FundPolicy policy) {

    public LaunchFund {
        Objects.requireNonNull(fundId, "fundId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(launchDate, "launchDate");
        Objects.requireNonNull(policy, "policy");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
    }
}
