package org.ipfund.domain.investment;

import java.time.LocalDate;
import org.ipfund.domain.FundId;
import org.ipfund.domain.money.ExchangeRate;
import org.ipfund.domain.money.Money;

/** The fund invested in a company as lead (直投). {@code exchangeRate} is null for a deal in the fund's currency. */
public record DirectInvestmentRecorded(FundId fundId, InvestmentId investmentId, Company company, Money amount,
                                       ExchangeRate exchangeRate, Money fundAmount, LocalDate date,
                                       boolean inTargetRegion) implements InvestmentRecorded {

    @Override
    public InvestmentKind kind() {
        return InvestmentKind.DIRECT;
    }
}
