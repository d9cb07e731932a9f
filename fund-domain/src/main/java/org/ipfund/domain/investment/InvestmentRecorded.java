package org.ipfund.domain.investment;

import java.time.LocalDate;
import org.ipfund.domain.FundEvent;
import org.ipfund.domain.FundId;
import org.ipfund.domain.money.ExchangeRate;
import org.ipfund.domain.money.Money;

/**
 * What every investment event says, direct or follow-on: the deal's own amount (and the rate that turned it
 * into the fund's currency, where it was another) and {@code fundAmount}, what it cost the fund.
 */
public sealed interface InvestmentRecorded extends FundEvent
        permits DirectInvestmentRecorded, FollowOnInvestmentRecorded {

    FundId fundId();

    InvestmentId investmentId();

    InvestmentKind kind();

    Company company();

    Money amount();

    ExchangeRate exchangeRate();

    Money fundAmount();

    LocalDate date();

    boolean inTargetRegion();

    @Override
    default LocalDate businessDate() {
        return date();
    }
}
