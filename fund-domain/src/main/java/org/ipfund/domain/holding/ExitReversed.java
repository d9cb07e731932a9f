package org.ipfund.domain.holding;

import java.time.LocalDate;
import org.ipfund.domain.FundId;
import org.ipfund.domain.correction.CorrectionId;
import org.ipfund.domain.correction.Reversal;
import org.ipfund.domain.investment.InvestmentId;
import org.ipfund.domain.money.Money;

/**
 * A correction reversed an exit: from {@code date} the share it sold is held again at its cost, and its proceeds
 * ({@code fundProceeds}, which the {@code reinvestable} flag of the exit put in the investable or the returnable
 * cash) are no longer the fund's.
 */
public record ExitReversed(FundId fundId, CorrectionId correctionId, InvestmentId investmentId, ExitId exitId,
                           Money fundProceeds, Money costReleased, Money realisedGain, boolean reinvestable,
                           String reason, LocalDate date) implements Reversal {

    @Override
    public String reversedId() {
        return exitId.value();
    }
}
