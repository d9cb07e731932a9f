package org.ipfund.domain.holding;

import java.time.LocalDate;
import org.ipfund.domain.FundEvent;
import org.ipfund.domain.FundId;
import org.ipfund.domain.investment.InvestmentId;
import org.ipfund.domain.money.ExchangeRate;
import org.ipfund.domain.money.Money;

/**
 * A holding was worth {@code fairValue} on {@code date} (its measurement date); {@code fundFairValue} is that in the
 * fund's currency. It is the holding's fair value from that date until the next valuation, scaled by the share that
 * remains after any later partial exit.
 */
public record ValuationRecorded(FundId fundId, InvestmentId investmentId, ValuationId valuationId, Money fairValue,
                                ExchangeRate exchangeRate, Money fundFairValue, LocalDate date,
                                ValuationMethod method, String note) implements FundEvent {

    @Override
    public LocalDate businessDate() {
        return date;
    }
}
