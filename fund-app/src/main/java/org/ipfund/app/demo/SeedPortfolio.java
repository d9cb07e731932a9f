package org.ipfund.app.demo;

import static java.time.LocalDate.of;

import java.util.Currency;
import java.util.List;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundId;
import org.ipfund.domain.fund.CallCapital;
import org.ipfund.domain.fund.DistributeCapital;
import org.ipfund.domain.fund.DistributionId;
import org.ipfund.domain.holding.ExitId;
import org.ipfund.domain.holding.ExitKind;
import org.ipfund.domain.holding.RecordExit;
import org.ipfund.domain.holding.RecordValuation;
import org.ipfund.domain.holding.ValuationId;
import org.ipfund.domain.holding.ValuationMethod;
import org.ipfund.domain.policy.CededExitPricing;
import org.ipfund.domain.policy.CededExitTerms;
import org.ipfund.domain.fund.CallId;
import org.ipfund.domain.fund.CommitmentId;
import org.ipfund.domain.fund.ContributionId;
import org.ipfund.domain.fund.CreateSubFund;
import org.ipfund.domain.fund.FundType;
import org.ipfund.domain.fund.LaunchFund;
import org.ipfund.domain.fund.RecordCommitment;
import org.ipfund.domain.fund.RecordContribution;
import org.ipfund.domain.investment.CoInvestmentId;
import org.ipfund.domain.investment.Company;
import org.ipfund.domain.investment.InvestmentId;
import org.ipfund.domain.investment.Lead;
import org.ipfund.domain.investment.RecordCoInvestment;
import org.ipfund.domain.investment.RecordDirectInvestment;
import org.ipfund.domain.investment.RecordFollowOnInvestment;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.ipfund.domain.policy.AmendPolicy;
import org.ipfund.domain.policy.AmendmentId;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.domain.policy.PolicyTerms;

/**
 * The 2017 report's portfolio (DOMAIN.md), as the ordinary commands a fund manager would send: the Xiamen
 * guidance fund with fiscal capital paid in, its two deals of CNY 5,000,000 in total that drew in
 * CNY 31,000,000 of state-owned capital (6.2×), a CNY 100m sub-fund with CNY 25m from the guidance fund
 * (4.0×) that invests in the target region, and the city's 2025 cut of the 返投 multiple from 1.5 to 1.0; then the
 * second half of its life: valuations, the patent pool ceded to its lead at the policy price (让利退出) in 2021 and
 * the proceeds distributed to the fiscal investors.
 * Every id is fixed, so sending the list again records nothing twice.
 */
final class SeedPortfolio {

    static final FundId GUIDANCE = new FundId("xm-ip-guidance");
    static final FundId SUB_FUND = new FundId("xm-ip-sub-1");

    private SeedPortfolio() {
    }

    static List<Object> commands() {
        CommitmentId city = new CommitmentId("xm-finance-bureau");
        CommitmentId central = new CommitmentId("central-finance");
        CommitmentId parent = new CommitmentId("xm-ip-sub-1-parent");
        CommitmentId social = new CommitmentId("xm-ip-sub-1-social");
        CommitmentId stateOwned = new CommitmentId("xm-ip-sub-1-state");
        CallId firstCall = new CallId("guidance-call-1");
        CallId subCall = new CallId("sub-1-call-1");
        InvestmentId ipOperator = new InvestmentId("deal-xm-ip-operation");
        InvestmentId patentPool = new InvestmentId("deal-silk-road-patent-pool");
        return List.of(
                new LaunchFund(GUIDANCE, "厦门一带一路知识产权运营引导基金", FundType.GUIDANCE, CNY, of(2017, 1, 3),
                        new FundPolicy(List.of(new PolicyTerms(of(2017, 1, 3), Ratio.of("0.30"), cny("150000000.00"),
                                Ratio.of("1.50"), Ratio.of("0.50"), 365, false)))),
                new RecordCommitment(GUIDANCE, city, "厦门市财政局", CapitalSource.LOCAL_FISCAL, cny("30000000.00"),
                        of(2017, 1, 10)),
                new RecordCommitment(GUIDANCE, central, "中央财政知识产权运营服务体系建设资金",
                        CapitalSource.CENTRAL_FISCAL, cny("20000000.00"), of(2017, 1, 10)),
                new CallCapital(GUIDANCE, firstCall, cny("50000000.00"), of(2017, 2, 1), of(2017, 2, 28), List.of()),
                new RecordContribution(GUIDANCE, new ContributionId("paid-xm-finance-bureau"), city, firstCall,
                        cny("30000000.00"), of(2017, 2, 20)),
                new RecordContribution(GUIDANCE, new ContributionId("paid-central-finance"), central, firstCall,
                        cny("20000000.00"), of(2017, 2, 24)),
                new RecordDirectInvestment(GUIDANCE, ipOperator,
                        new Company("厦门知识产权运营有限公司", "patent operation", "CN", "Xiamen"), cny("3000000.00"),
                        null, of(2017, 5, 10), true),
                new RecordCoInvestment(GUIDANCE, ipOperator, new CoInvestmentId("co-xm-state-capital"),
                        "厦门市国有资本投资运营公司", CapitalSource.STATE_OWNED, cny("18600000.00"), null, of(2017, 5, 10)),
                new RecordFollowOnInvestment(GUIDANCE, patentPool,
                        new Company("丝路专利池运营有限公司", "patent pool", "CN", "Fujian"), cny("2000000.00"), null,
                        of(2017, 9, 15), new Lead("福建省投资开发集团", cny("4000000.00"), of(2017, 9, 1)), false),
                new RecordCoInvestment(GUIDANCE, patentPool, new CoInvestmentId("co-fujian-investment"),
                        "福建省投资开发集团", CapitalSource.STATE_OWNED, cny("12400000.00"), null, of(2017, 9, 15)),
                new CreateSubFund(GUIDANCE, SUB_FUND, "厦门一带一路知识产权子基金", cny("100000000.00"), parent,
                        cny("25000000.00"), CapitalSource.LOCAL_FISCAL, of(2018, 3, 1), FundPolicy.none()),
                new RecordCommitment(SUB_FUND, social, "海西创业投资", CapitalSource.SOCIAL, cny("60000000.00"),
                        of(2018, 3, 15)),
                new RecordCommitment(SUB_FUND, stateOwned, "厦门金圆投资", CapitalSource.STATE_OWNED,
                        cny("15000000.00"), of(2018, 3, 15)),
                new CallCapital(SUB_FUND, subCall, cny("40000000.00"), of(2018, 6, 1), of(2018, 6, 30), List.of()),
                new RecordContribution(SUB_FUND, new ContributionId("sub-1-paid-parent"), parent, subCall,
                        cny("10000000.00"), of(2018, 6, 20)),
                new RecordContribution(SUB_FUND, new ContributionId("sub-1-paid-social"), social, subCall,
                        cny("24000000.00"), of(2018, 6, 20)),
                new RecordContribution(SUB_FUND, new ContributionId("sub-1-paid-state"), stateOwned, subCall,
                        cny("6000000.00"), of(2018, 6, 20)),
                new RecordDirectInvestment(SUB_FUND, new InvestmentId("sub-1-deal-xm-patent-services"),
                        new Company("厦门专利服务有限公司", "patent services", "CN", "Xiamen"), cny("12000000.00"), null,
                        of(2018, 9, 1), true),
                new AmendPolicy(GUIDANCE, new AmendmentId("xm-return-multiple-2025"), new PolicyTerms(of(2025, 1, 1), null, null, Ratio.of("1.00"), null, null,
                        null)),
                // the second half: the national ceded-exit terms (3 free years, then 4.35% a year), a valuation, the
                // patent pool ceded to its lead after four years at cost plus interest, and the proceeds returned
                new AmendPolicy(GUIDANCE, new AmendmentId("xm-ceded-exit-terms"), new PolicyTerms(of(2017, 1, 3),
                        null, null, null, null, null, null, null,
                        new CededExitTerms(3, new java.math.BigDecimal("0.0435"), CededExitPricing.AT_LEAST), false)),
                new RecordValuation(GUIDANCE, ipOperator, new ValuationId("val-xm-ip-operation-2019"),
                        cny("4200000.00"), null, of(2019, 12, 31), ValuationMethod.RECENT_TRANSACTION,
                        "series B round priced the company at 1.4× the fund's entry"),
                // 2,000,000.00 × (1 + 0.0435 × 1,461 days ÷ 365) = 2,348,238.36
                new RecordExit(GUIDANCE, patentPool, new ExitId("exit-silk-road-patent-pool"), ExitKind.CEDED,
                        Ratio.of("1"), cny("2348238.36"), null, "福建省投资开发集团", of(2021, 9, 15)),
                new DistributeCapital(GUIDANCE, new DistributionId("dist-2021"), cny("2348238.36"), of(2021, 12, 31)),
                new RecordValuation(SUB_FUND, new InvestmentId("sub-1-deal-xm-patent-services"),
                        new ValuationId("val-sub-1-patent-services-2022"), cny("15000000.00"), null,
                        of(2022, 12, 31), ValuationMethod.MULTIPLES, "peer multiples of listed IP service firms"));
    }

    private static final Currency CNY = Currency.getInstance("CNY");

    private static Money cny(String amount) {
        return new Money(new java.math.BigDecimal(amount), CNY);
    }
}
