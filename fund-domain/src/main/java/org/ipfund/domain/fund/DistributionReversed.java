package org.ipfund.domain.fund;

import java.time.LocalDate;
import java.util.List;
import org.ipfund.domain.FundId;
import org.ipfund.domain.correction.CorrectionId;
import org.ipfund.domain.correction.Reversal;
import org.ipfund.domain.money.Money;

/** A correction reversed a distribution: from {@code date} its cash is the fund's again and nothing was returned. */
public record DistributionReversed(FundId fundId, CorrectionId correctionId, DistributionId distributionId,
                                   Money amount, List<DistributionAllocation> allocations, Money fromProceeds,
                                   Money fromCapital, String reason, LocalDate date) implements Reversal {

    public DistributionReversed {
        allocations = List.copyOf(allocations);
    }

    @Override
    public String reversedId() {
        return distributionId.value();
    }
}
