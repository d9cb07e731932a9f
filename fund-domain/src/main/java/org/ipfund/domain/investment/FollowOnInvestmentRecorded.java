package org.ipfund.domain.investment;

import java.time.LocalDate;
import org.ipfund.domain.FundId;
import org.ipfund.domain.money.ExchangeRate;
import org.ipfund.domain.money.Money;

/**
 * The fund invested alongside a lead (跟投), or in a later round of a company it holds ({@code lead} null).
 * {@code exchangeRate} is null for a deal in the fund's currency.
 */
public record FollowOnInvestmentRecorded(FundId fundId, InvestmentId investmentId, Company company, Money amount,
                                         ExchangeRate exchangeRate, Money fundAmount, LocalDate date, Lead lead,
                                         boolean inTargetRegion) implements InvestmentRecorded {

    @Override
    public InvestmentKind kind() {
        return InvestmentKind.FOLLOW_ON;
    }
}
