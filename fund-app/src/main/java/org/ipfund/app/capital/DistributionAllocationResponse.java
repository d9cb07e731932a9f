package org.ipfund.app.capital;

import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.fund.DistributionAllocation;
import org.ipfund.domain.money.Money;

/** What one commitment received of a distribution, as the write answers it: {@code amount} = capital + gain. */
public record DistributionAllocationResponse(String commitmentId, String investor, CapitalSource source, Money amount,
                                             Money returnOfCapital, Money gain) {

    static DistributionAllocationResponse of(DistributionAllocation allocation) {
        return new DistributionAllocationResponse(allocation.commitmentId().value(), allocation.investor(),
                allocation.source(), allocation.amount(), allocation.returnOfCapital(), allocation.gain());
    }
}
