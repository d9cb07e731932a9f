package org.ipfund.projections.performance;

import java.time.LocalDate;
import java.util.List;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.ipfund.projections.leverage.LeverageView;
import org.ipfund.projections.returninvestment.ReturnInvestmentView.SubFundReturnInvestment;

/**
 * The yearly performance evaluation of a government fund (figures.PerformanceEvaluation), each answer with the
 * figures behind it, as of {@code asOf}: the year's last day, or today while the year runs ({@code yearEnded} false).
 */
public record EvaluationView(String fundId, int year, LocalDate asOf, boolean yearEnded,
                             Deployment deploymentRatio, Idle idleCapital, LeverageView.FamilyLeverage familyLeverage,
                             ReturnInvestment returnInvestment, TargetRegion targetRegionShare,
                             ValuePreserved valuePreserved) {

    /** (the deals' cost + what the fund paid into its sub-funds) ÷ paid-in. */
    public record Deployment(Ratio ratio, Money invested, Money paidIntoSubFunds, Money paidIn) {
    }

    /**
     * Paid-in money not put to work for more than {@code idleAfterDays} days (the threshold, not how long it was
     * idle): {@code amount}, paid in from {@code since} on (null when none), out of all that is {@code uninvested}.
     */
    public record Idle(Money amount, LocalDate since, Money uninvested, int idleAfterDays) {
    }

    /** 返投 of each sub-fund, and whether every one complies. */
    public record ReturnInvestment(boolean compliant, List<SubFundReturnInvestment> subFunds) {
    }

    /** The deals' cost in the target region ÷ the cost of all the fund's deals that stand. */
    public record TargetRegion(Ratio ratio, Money investedInTargetRegion, Money invested) {
    }

    /** Value preserved and grown (保值增值): TVPI = (distributed + NAV) ÷ paid-in of at least 1; null without paid-in. */
    public record ValuePreserved(Boolean preserved, Ratio tvpi, Money paidIn, Money distributed, Money nav) {
    }
}
