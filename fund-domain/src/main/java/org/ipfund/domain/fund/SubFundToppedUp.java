package org.ipfund.domain.fund;

import java.time.LocalDate;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundEvent;
import org.ipfund.domain.FundId;
import org.ipfund.domain.money.Money;

/**
 * The parent's side of a top-up: it committed {@code amount} more of {@code source} money to its sub-fund, on top of
 * its commitment {@code commitmentId} (a cash-out of the parent, as {@link SubFundCommitted} is).
 */
public record SubFundToppedUp(FundId fundId, FundId subFundId, TopUpId topUpId, CommitmentId commitmentId,
                              Money amount, CapitalSource source, LocalDate date) implements FundEvent {

    @Override
    public LocalDate businessDate() {
        return date;
    }
}
