package org.ipfund.domain.investment;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ipfund.domain.FundId;
import org.ipfund.domain.money.ExchangeRate;
import org.ipfund.domain.money.Money;

/** Record a follow-on (跟投): alongside {@code lead}, or, without one, a later round in a company the fund holds. */
public record RecordFollowOnInvestment(@TargetAggregateIdentifier FundId fundId, InvestmentId investmentId,
                                       Company company, Money amount, ExchangeRate exchangeRate, LocalDate date,
                                       Lead lead, boolean inTargetRegion) {

    public RecordFollowOnInvestment {
        Objects.requireNonNull(fundId, "fundId");
        Objects.requireNonNull(investmentId, "investmentId");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
    }
}
