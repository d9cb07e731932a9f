package org.ipfund.domain.fund;

import java.time.LocalDate;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundId;
import org.ipfund.domain.correction.CorrectionId;
import org.ipfund.domain.correction.Reversal;
import org.ipfund.domain.money.Money;

/**
 * The parent's side of a reversed sub-fund commitment: from {@code date} the {@code amount} it had committed (top-ups
 * included) is its own again and the stake is no holding of it. The sub-fund records the same correction as the
 * reversal of {@code commitmentId}.
 */
public record SubFundCommitmentReversed(FundId fundId, CorrectionId correctionId, FundId subFundId,
                                        CommitmentId commitmentId, Money amount, CapitalSource source, String reason,
                                        LocalDate date) implements Reversal {

    @Override
    public String reversedId() {
        return subFundId.value();
    }
}
