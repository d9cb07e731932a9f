package org.ipfund.domain.fund;

import java.time.LocalDate;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundEvent;
import org.ipfund.domain.FundId;
import org.ipfund.domain.money.Money;

/** The sub-fund's side of a top-up: its parent's commitment {@code commitmentId} grew by {@code amount}. */
public record ParentCommitmentToppedUp(FundId fundId, FundId parentFundId, TopUpId topUpId,
                                       CommitmentId commitmentId, CapitalSource source, Money amount, LocalDate date)
        implements FundEvent {

    @Override
    public LocalDate businessDate() {
        return date;
    }
}
