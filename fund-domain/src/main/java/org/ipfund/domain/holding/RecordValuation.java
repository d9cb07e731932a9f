package org.ipfund.domain.holding;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ipfund.domain.FundId;
import org.ipfund.domain.investment.InvestmentId;
import org.ipfund.domain.money.ExchangeRate;
import org.ipfund.domain.money.Money;

/**
 * Record what a holding (a deal, or the fund's stake in a sub-fund, named by the sub-fund's id) was worth on a
 * measurement date. A foreign holding is valued in its currency with that day's {@code exchangeRate}.
 */
public record RecordValuation(@TargetAggregateIdentifier FundId fundId, InvestmentId investmentId,
                              ValuationId valuationId, Money fairValue, ExchangeRate exchangeRate, LocalDate date,
                              ValuationMethod method, String note) {

    public RecordValuation {
        Objects.requireNonNull(fundId, "fundId");
        Objects.requireNonNull(investmentId, "investmentId");
        Objects.requireNonNull(valuationId, "valuationId");
        Objects.requireNonNull(fairValue, "fairValue");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(method, "method");
        if (fairValue.amount().signum() < 0) {
            throw new IllegalArgumentException("fairValue cannot be negative");
        }
    }
}
