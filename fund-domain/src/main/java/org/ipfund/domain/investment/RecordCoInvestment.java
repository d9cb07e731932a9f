package org.ipfund.domain.investment;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundId;
import org.ipfund.domain.money.ExchangeRate;
import org.ipfund.domain.money.Money;

/** Record other capital a deal drew in, by investor and source: the basis of every leverage figure. */
public record RecordCoInvestment(@TargetAggregateIdentifier FundId fundId, InvestmentId investmentId,
                                 CoInvestmentId coInvestmentId, String investor, CapitalSource source, Money amount,
                                 ExchangeRate exchangeRate, LocalDate date) {

    public RecordCoInvestment {
        Objects.requireNonNull(fundId, "fundId");
        Objects.requireNonNull(investmentId, "investmentId");
        Objects.requireNonNull(coInvestmentId, "coInvestmentId");
        Objects.requireNonNull(investor, "investor");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
        if (investor.isBlank()) {
            throw new IllegalArgumentException("investor must not be blank");
        }
    }
}
