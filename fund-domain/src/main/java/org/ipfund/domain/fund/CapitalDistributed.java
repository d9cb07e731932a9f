package org.ipfund.domain.fund;

import java.time.LocalDate;
import java.util.List;
import org.ipfund.domain.FundEvent;
import org.ipfund.domain.FundId;
import org.ipfund.domain.money.Money;

/**
 * The fund paid {@code amount} to its investors on {@code date}, split among their commitments as
 * {@code allocations} (capital first, pro rata to paid-in not yet returned; then gain, pro rata to paid-in). Of the
 * cash it paid, {@code fromProceeds} came out of exit proceeds that could not be invested again and
 * {@code fromCapital} out of the rest of its cash.
 */
public record CapitalDistributed(FundId fundId, DistributionId distributionId, Money amount, LocalDate date,
                                 List<DistributionAllocation> allocations, Money fromProceeds, Money fromCapital)
        implements FundEvent {

    public CapitalDistributed {
        allocations = List.copyOf(allocations);
    }

    @Override
    public LocalDate businessDate() {
        return date;
    }
}
