package org.ipfund.domain.holding;

import java.time.LocalDate;
import org.ipfund.domain.FundId;
import org.ipfund.domain.correction.CorrectionId;
import org.ipfund.domain.correction.Reversal;
import org.ipfund.domain.investment.InvestmentId;
import org.ipfund.domain.money.Money;

/** A correction reversed a valuation: from {@code date} the holding is carried as if it had never been made. */
public record ValuationReversed(FundId fundId, CorrectionId correctionId, InvestmentId investmentId,
                                ValuationId valuationId, Money fundFairValue, String reason, LocalDate date)
        implements Reversal {

    @Override
    public String reversedId() {
        return valuationId.value();
    }
}
