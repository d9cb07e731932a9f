package org.ipfund.domain.investment;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ipfund.domain.FundId;
import org.ipfund.domain.money.ExchangeRate;
import org.ipfund.domain.money.Money;

/** Record a direct investment (直投); {@code exchangeRate} only for an amount in another currency than the fund's. */
public record RecordDirectInvestment(@TargetAggregateIdentifier FundId fundId, InvestmentId investmentId,
                                     Company company, Money amount, ExchangeRate exchangeRate, LocalDate date,
                                     boolean inTargetRegion) {

    public RecordDirectInvestment {
        Objects.requireNonNull(fundId, "fundId");
        Objects.requireNonNull(investmentId, "investmentId");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
    }
}
