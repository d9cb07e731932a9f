package org.ipfund.domain.fund;

import java.time.LocalDate;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundId;
import org.ipfund.domain.correction.CorrectionId;
import org.ipfund.domain.correction.Reversal;
import org.ipfund.domain.money.Money;

/** A correction reversed a commitment that was recorded by mistake; it no longer counts from {@code date}. */
public record CommitmentReversed(FundId fundId, CorrectionId correctionId, CommitmentId commitmentId, CapitalSource source,
                                 Money amount, String reason, LocalDate date) implements Reversal {

    @Override
    public String reversedId() {
        return commitmentId.value();
    }
}
