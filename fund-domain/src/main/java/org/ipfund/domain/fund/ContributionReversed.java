package org.ipfund.domain.fund;

import java.time.LocalDate;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundId;
import org.ipfund.domain.correction.CorrectionId;
import org.ipfund.domain.correction.Reversal;
import org.ipfund.domain.money.Money;

/** A correction reversed a contribution: from {@code date} the call awaits that money again. */
public record ContributionReversed(FundId fundId, CorrectionId correctionId, ContributionId contributionId,
                                   CommitmentId commitmentId, CallId callId, CapitalSource source, Money amount,
                                   String reason, LocalDate date) implements Reversal {

    @Override
    public String reversedId() {
        return contributionId.value();
    }
}
