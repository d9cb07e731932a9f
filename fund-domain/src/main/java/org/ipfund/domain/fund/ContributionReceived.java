package org.ipfund.domain.fund;

import java.time.LocalDate;
import org.ipfund.domain.FundEvent;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.FundId;
import org.ipfund.domain.CapitalSource;

/** Money an investor paid in against a capital call (实缴). */
public record ContributionReceived(FundId fundId, ContributionId contributionId, CommitmentId commitmentId,
                                   CallId callId, CapitalSource source, Money amount, LocalDate date)
        implements FundEvent {

    @Override
    public LocalDate businessDate() {
        return date;
    }
}
