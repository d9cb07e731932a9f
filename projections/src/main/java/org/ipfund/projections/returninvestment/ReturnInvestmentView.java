package org.ipfund.projections.returninvestment;

import java.time.LocalDate;
import java.util.List;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;

/** 返投 compliance of each sub-fund of {@code fundId} as of a date. */
public record ReturnInvestmentView(String fundId, LocalDate asOf, List<SubFundReturnInvestment> subFunds) {

    /**
     * One sub-fund: the multiple the policy in force requires, the parent's paid-in contribution it applies to,
     * the {@code required} amount (rounded up to the fen: a requirement is never understated), the sub-fund's
     * qualifying investments in the target region, the {@code multiple} they reach and whether it complies.
     */
    public record SubFundReturnInvestment(String fundId, String name, Ratio requiredMultiple, Money parentPaidIn,
                                          Money required, Money qualifying, Ratio multiple, boolean compliant) {
    }
}
