package org.ipfund.domain.fund;

import java.time.LocalDate;
import java.util.List;
import org.ipfund.domain.FundId;
import org.ipfund.domain.correction.CorrectionId;
import org.ipfund.domain.correction.Reversal;
import org.ipfund.domain.money.Money;

/** A correction reversed a capital call nothing was paid against: from {@code date} its commitments are uncalled. */
public record CapitalCallReversed(FundId fundId, CorrectionId correctionId, CallId callId, Money amount,
                                  List<CallAllocation> allocations, String reason, LocalDate date)
        implements Reversal {

    public CapitalCallReversed {
        allocations = List.copyOf(allocations);
    }

    @Override
    public String reversedId() {
        return callId.value();
    }
}
