package org.ipfund.domain.fund;

import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.money.Money;

/** What one commitment received of a distribution: {@code amount} = {@code returnOfCapital} + {@code gain}. */
public record DistributionAllocation(CommitmentId commitmentId, String investor, CapitalSource source, Money amount,
                                     Money returnOfCapital, Money gain) {
}
