package org.ipfund.domain.investment;

import java.time.LocalDate;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundId;
import org.ipfund.domain.correction.CorrectionId;
import org.ipfund.domain.correction.Reversal;
import org.ipfund.domain.money.Money;

/** A correction reversed a co-investor's participation in a deal; it no longer counts from {@code date}. */
public record CoInvestmentReversed(FundId fundId, CorrectionId correctionId, InvestmentId investmentId,
                                   CoInvestmentId coInvestmentId, String investor, CapitalSource source,
                                   Money fundAmount, String reason, LocalDate date) implements Reversal {

    @Override
    public String reversedId() {
        return coInvestmentId.value();
    }
}
