package org.ipfund.domain.fund;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ipfund.domain.FundId;
import org.ipfund.domain.money.Money;

/** Pay {@code amount} of the fund's cash back to its investors on {@code date}: capital first, then gain. */
public record DistributeCapital(@TargetAggregateIdentifier FundId fundId, DistributionId distributionId, Money amount,
                                LocalDate date) {

    public DistributeCapital {
        Objects.requireNonNull(fundId, "fundId");
        Objects.requireNonNull(distributionId, "distributionId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
    }
}
