package org.ipfund.domain.fund;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ipfund.domain.FundId;
import org.ipfund.domain.money.Money;

/**
 * The parent {@code fundId} raises its commitment to its sub-fund {@code subFundId} by {@code amount}: judged by the
 * parent (share cap with the new total, available capital) and recorded in both funds, parent first.
 */
public record TopUpSubFund(@TargetAggregateIdentifier FundId fundId, FundId subFundId, TopUpId topUpId, Money amount,
                           LocalDate date) implements TwoFundCommand {

    public TopUpSubFund {
        Objects.requireNonNull(fundId, "fundId");
        Objects.requireNonNull(subFundId, "subFundId");
        Objects.requireNonNull(topUpId, "topUpId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
    }

    @Override
    public FundId parentFundId() {
        return fundId;
    }
}
