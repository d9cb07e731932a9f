package org.ipfund.domain.investment;

import java.time.LocalDate;
import org.ipfund.domain.FundId;
import org.ipfund.domain.correction.CorrectionId;
import org.ipfund.domain.correction.Reversal;
import org.ipfund.domain.money.Money;

/** A correction reversed an investment: from {@code date} its cost is available to the fund again. */
public record InvestmentReversed(FundId fundId, CorrectionId correctionId, InvestmentId investmentId, Money fundAmount,
                                 String reason, LocalDate date) implements Reversal {

    @Override
    public String reversedId() {
        return investmentId.value();
    }
}
