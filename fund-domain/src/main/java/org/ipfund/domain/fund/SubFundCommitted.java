package org.ipfund.domain.fund;

import java.time.LocalDate;
import org.ipfund.domain.FundEvent;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundId;
import org.ipfund.domain.money.Money;

/**
 * The parent's side of a new sub-fund: it committed {@code amount} of {@code source} money to the sub-fund
 * (whose target size is {@code targetSize}). The same commitment is recorded in the sub-fund as
 * {@code commitmentId}.
 */
public record SubFundCommitted(FundId fundId, FundId subFundId, String name, Money targetSize,
                               CommitmentId commitmentId, Money amount, CapitalSource source, LocalDate date)
        implements FundEvent {

    @Override
    public LocalDate businessDate() {
        return date;
    }
}
