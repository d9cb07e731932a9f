package org.ipfund.domain.investment;

import java.time.LocalDate;
import org.ipfund.domain.FundEvent;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundId;
import org.ipfund.domain.money.ExchangeRate;
import org.ipfund.domain.money.Money;

/** An investor put capital of one source into one of the fund's deals; {@code fundAmount} is it in fund currency. */
public record CoInvestmentRecorded(FundId fundId, InvestmentId investmentId, CoInvestmentId coInvestmentId,
                                   String investor, CapitalSource source, Money amount, ExchangeRate exchangeRate,
                                   Money fundAmount, LocalDate date) implements FundEvent {

    @Override
    public LocalDate businessDate() {
        return date;
    }
}
