package org.ipfund.projections.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.flywaydb.core.Flyway;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundId;
import org.ipfund.domain.correction.CorrectionId;
import org.ipfund.domain.fund.CallAllocation;
import org.ipfund.domain.fund.CallId;
import org.ipfund.domain.fund.CapitalCallReversed;
import org.ipfund.domain.fund.CapitalCalled;
import org.ipfund.domain.fund.CapitalDistributed;
import org.ipfund.domain.fund.CommitmentId;
import org.ipfund.domain.fund.CommitmentRecorded;
import org.ipfund.domain.fund.ContributionId;
import org.ipfund.domain.fund.ContributionReceived;
import org.ipfund.domain.fund.DistributionAllocation;
import org.ipfund.domain.fund.DistributionId;
import org.ipfund.domain.fund.DistributionReversed;
import org.ipfund.domain.fund.FundLaunched;
import org.ipfund.domain.fund.FundType;
import org.ipfund.domain.fund.SubFundCommitted;
import org.ipfund.domain.fund.SubFundLaunched;
import org.ipfund.domain.holding.ExitId;
import org.ipfund.domain.holding.ExitKind;
import org.ipfund.domain.holding.ExitReversed;
import org.ipfund.domain.holding.HoldingExited;
import org.ipfund.domain.holding.ValuationId;
import org.ipfund.domain.holding.ValuationMethod;
import org.ipfund.domain.holding.ValuationRecorded;
import org.ipfund.domain.holding.ValuationReversed;
import org.ipfund.domain.investment.Company;
import org.ipfund.domain.investment.DirectInvestmentRecorded;
import org.ipfund.domain.investment.InvestmentId;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.projections.ReversalView;
import org.ipfund.projections.capital.CapitalCallView;
import org.ipfund.projections.capital.CapitalEvents;
import org.ipfund.projections.capital.CapitalPositionProjection;
import org.ipfund.projections.capital.CapitalQueries;
import org.ipfund.projections.capital.FindCapitalCalls;
import org.ipfund.projections.capital.FindFund;
import org.ipfund.projections.capital.FundPolicies;
import org.ipfund.projections.distribution.DistributionEvents;
import org.ipfund.projections.distribution.DistributionQueries;
import org.ipfund.projections.distribution.DistributionsProjection;
import org.ipfund.projections.distribution.DistributionsView;
import org.ipfund.projections.distribution.FindDistributions;
import org.ipfund.projections.holding.FundBooks;
import org.ipfund.projections.holding.HoldingKind;
import org.ipfund.projections.leverage.LeverageQueries;
import org.ipfund.projections.portfolio.FindPortfolio;
import org.ipfund.projections.portfolio.HoldingView;
import org.ipfund.projections.portfolio.PortfolioEvents;
import org.ipfund.projections.portfolio.PortfolioProjection;
import org.ipfund.projections.portfolio.PortfolioQueries;
import org.ipfund.projections.portfolio.PortfolioView;
import org.ipfund.projections.returninvestment.ReturnInvestmentQueries;
import org.ipfund.projections.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The second half of a fund's life in the views, against a real PostgreSQL, fed the events directly: valuations,
 * exits, distributions and their reversals, a parent's stake in its sub-fund, and the figures read from them as of
 * dates before and after each fact; delivered twice or replayed, the views answer the same.
 */
class SecondHalfViewsTest {

    private static final AtomicLong POSITION = new AtomicLong();
    private static CapitalPositionProjection capital;
    private static PortfolioProjection portfolio;
    private static DistributionsProjection distributions;
    private static CapitalQueries capitalQueries;
    private static PortfolioQueries portfolioQueries;
    private static DistributionQueries distributionQueries;
    private static PerformanceQueries performanceQueries;
    private static EvaluationQueries evaluationQueries;

    private final FundId parent = new FundId("fund-" + UUID.randomUUID());
    private final FundId sub = new FundId("fund-" + UUID.randomUUID());
    private final List<Delivery> delivered = new ArrayList<>();

    @BeforeAll
    static void migrate() {
        DataSource dataSource = TestDatabase.get().newDataSource();
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/event-store", "classpath:db/migration/projections").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        capital = new CapitalPositionProjection(jdbc);
        portfolio = new PortfolioProjection(jdbc);
        distributions = new DistributionsProjection(jdbc);
        FundPolicies policies = new FundPolicies(jdbc);
        FundBooks books = new FundBooks(jdbc);
        capitalQueries = new CapitalQueries(jdbc, policies);
        portfolioQueries = new PortfolioQueries(jdbc, books);
        distributionQueries = new DistributionQueries(jdbc);
        performanceQueries = new PerformanceQueries(books);
        evaluationQueries = new EvaluationQueries(books, new LeverageQueries(jdbc),
                new ReturnInvestmentQueries(jdbc, policies));
    }

    @Test
    void aDealIsWorthItsLatestValuationScaledByTheExitsAfterIt() {
        history(false);

        HoldingView unvalued = deal("2019-12-30");
        assertThat(unvalued.fairValue()).isEqualTo(cny("6000000.00"));
        assertThat(unvalued.valuationDate()).isNull();
        assertThat(unvalued.moic()).isEqualTo(Ratio.of("1.0000"));

        HoldingView valued = deal("2019-12-31");
        assertThat(valued.fairValue()).isEqualTo(cny("9000000.00"));
        assertThat(valued.valuationDate()).isEqualTo(date("2019-12-31"));
        assertThat(valued.unrealisedGain()).isEqualTo(cny("3000000.00"));
        assertThat(valued.moic()).isEqualTo(Ratio.of("1.5000"));

        // 40% sold for 4,000,000.00: cost released 2,400,000.00, gain 1,600,000.00; 9,000,000.00 × 0.6 remains
        HoldingView partlySold = deal("2020-06-30");
        assertThat(partlySold.fairValue()).isEqualTo(cny("5400000.00"));
        assertThat(partlySold.proceeds()).isEqualTo(cny("4000000.00"));
        assertThat(partlySold.costReleased()).isEqualTo(cny("2400000.00"));
        assertThat(partlySold.realisedGain()).isEqualTo(cny("1600000.00"));
        assertThat(partlySold.unrealisedGain()).isEqualTo(cny("1800000.00"));
        // (4,000,000.00 + 5,400,000.00) ÷ 6,000,000.00
        assertThat(partlySold.moic()).isEqualTo(Ratio.of("1.5667"));
        assertThat(partlySold.closed()).isFalse();
        assertThat(partlySold.cost()).as("the deal's cost stays what it was").isEqualTo(cny("6000000.00"));
    }

    @Test
    void aStakeInASubFundIsWorthTheParentsPaidInShareOfTheSubFundsNav() {
        history(false);

        PortfolioView beforeAnyCall = portfolioOf("2019-03-31");
        HoldingView nothingPaid = beforeAnyCall.holdings().get(1);
        assertThat(nothingPaid.kind()).isEqualTo(HoldingKind.SUB_FUND);
        assertThat(nothingPaid.investmentId()).isEqualTo(sub.value());
        assertThat(nothingPaid.cost()).isEqualTo(cny("5000000.00"));
        assertThat(nothingPaid.fairValue()).as("nothing paid in: the commitment is still the parent's cash")
                .isEqualTo(cny("0.00"));
        assertThat(beforeAnyCall.committedToSubFunds()).isEqualTo(cny("5000000.00"));
        assertThat(beforeAnyCall.invested()).isEqualTo(cny("6000000.00"));

        // the sub-fund: 10,000,000.00 paid in (the parent 2,500,000.00), 8,000,000.00 invested, its deal valued at
        // 12,000,000.00 from 2019-12-31: NAV 12,000,000.00 + 2,000,000.00 cash; the parent's share 0.25 of it
        HoldingView stake = portfolioOf("2020-06-30").holdings().get(1);
        assertThat(stake.stake().paidIn()).isEqualTo(cny("2500000.00"));
        assertThat(stake.stake().share()).isEqualTo(Ratio.of("0.2500"));
        assertThat(stake.stake().subFundNav()).isEqualTo(cny("14000000.00"));
        assertThat(stake.fairValue()).isEqualTo(cny("3500000.00"));
        assertThat(stake.moic()).isEqualTo(Ratio.of("0.7000"));

        // the sub-fund paid 2,000,000.00 out on 2020-10-31, 500,000.00 of it to the parent: NAV 12,000,000.00
        HoldingView afterItsDistribution = portfolioOf("2020-10-31").holdings().get(1);
        assertThat(afterItsDistribution.stake().received()).isEqualTo(cny("500000.00"));
        assertThat(afterItsDistribution.fairValue()).isEqualTo(cny("3000000.00"));
        // (500,000.00 + 3,000,000.00) ÷ 5,000,000.00
        assertThat(afterItsDistribution.moic()).isEqualTo(Ratio.of("0.7000"));
    }

    @Test
    void aReversedValuationCountsUntilTheCorrectionsDateAndNotAtAllFromIt() {
        history(false);

        // 20,000,000.00 for the sub-fund's deal on 2020-12-01, reversed on 2020-12-15
        assertThat(portfolioOf("2020-12-14").holdings().get(1).fairValue()).isEqualTo(cny("5000000.00"));
        assertThat(portfolioOf("2020-12-15").holdings().get(1).fairValue()).isEqualTo(cny("3000000.00"));
        assertThat(performance("2020-12-14").subFunds().get(0).nav()).isEqualTo(cny("20000000.00"));
        assertThat(performance("2020-12-15").subFunds().get(0).nav()).isEqualTo(cny("12000000.00"));
    }

    @Test
    void aReversedExitCountsUntilTheCorrectionsDateAndNotAtAllFromIt() {
        history(false);

        // 10% of what remained sold for 1,000,000 on 2020-11-01: 9,000,000 × 0.6 × 0.9 held
        HoldingView whileItStood = deal("2020-11-14");
        assertThat(whileItStood.proceeds()).isEqualTo(cny("5000000.00"));
        assertThat(whileItStood.fairValue()).isEqualTo(cny("4860000.00"));
        // 20,000,000 − 6,000,000 − 2,500,000 + 500,000 from the sub-fund + 5,000,000 of proceeds − 3,000,000
        assertThat(performance("2020-11-14").cash()).isEqualTo(cny("14000000.00"));

        HoldingView reversed = deal("2020-11-15");
        assertThat(reversed.proceeds()).isEqualTo(cny("4000000.00"));
        assertThat(reversed.fairValue()).isEqualTo(cny("5400000.00"));
        assertThat(performance("2020-11-15").cash()).isEqualTo(cny("13000000.00"));
    }

    @Test
    void aReversedDistributionStaysListedAndCountsInNoTotalFromTheCorrectionsDate() {
        history(false);

        DistributionsView standing = distributionQueries.handle(new FindDistributions(parent.value(),
                date("2020-12-09")));
        assertThat(standing.total().amount()).isEqualTo(cny("3500000.00"));
        assertThat(standing.distributions().get(1).reversal()).isNull();
        assertThat(performance("2020-12-09").distributed()).isEqualTo(cny("3500000.00"));

        DistributionsView reversed = distributionQueries.handle(new FindDistributions(parent.value(),
                date("2020-12-10")));
        assertThat(reversed.distributions()).extracting(DistributionsView.Distribution::distributionId)
                .containsExactly("dist-1", "dist-2");
        assertThat(reversed.distributions().get(1).reversal()).isEqualTo(new ReversalView("fix-dist-2",
                date("2020-12-10"), "paid to the wrong account"));
        assertThat(reversed.total().amount()).isEqualTo(cny("3000000.00"));
        assertThat(performance("2020-12-10").distributed()).isEqualTo(cny("3000000.00"));
    }

    @Test
    void distributionsShowTheirAllocationsAndTotalsByInvestorAndSource() {
        history(false);

        assertThat(distributionQueries.handle(new FindDistributions(parent.value(), date("2020-09-29")))
                .distributions()).isEmpty();
        DistributionsView view = distributionQueries.handle(new FindDistributions(parent.value(),
                date("2020-12-31")));
        assertThat(view.distributions()).hasSize(2);
        DistributionsView.Distribution paid = view.distributions().get(0);
        assertThat(paid.amount()).isEqualTo(cny("3000000.00"));
        assertThat(paid.fromProceeds()).isEqualTo(cny("3000000.00"));
        assertThat(paid.allocations()).extracting(DistributionsView.Allocation::commitmentId)
                .containsExactly("central", "city");
        assertThat(view.total()).isEqualTo(new DistributionsView.Totals(cny("3000000.00"), cny("3000000.00"),
                cny("0.00")));
        assertThat(view.byInvestor()).containsOnlyKeys("Central finance", "Xiamen Finance Bureau");
        assertThat(view.bySource().get(CapitalSource.LOCAL_FISCAL).amount()).isEqualTo(cny("1500000.00"));
        assertThat(view.bySource().get(CapitalSource.SOCIAL).amount()).isEqualTo(cny("0.00"));
    }

    @Test
    void performanceOfTheFundItsDealsItsSubFundAndTheFamily() {
        history(false);

        PerformanceView view = performance("2020-12-31");
        // cash: 20,000,000 paid in − 6,000,000 invested − 2,500,000 into the sub-fund + 500,000 back from it
        //       + 4,000,000 proceeds − 3,000,000 distributed = 13,000,000
        assertThat(view.cash()).isEqualTo(cny("13000000.00"));
        // the deal at 5,400,000 and the stake at 3,000,000
        assertThat(view.fairValue()).isEqualTo(cny("8400000.00"));
        assertThat(view.nav()).isEqualTo(cny("21400000.00"));
        assertThat(view.dpi()).isEqualTo(Ratio.of("0.1500"));
        assertThat(view.rvpi()).isEqualTo(Ratio.of("1.0700"));
        assertThat(view.tvpi()).isEqualTo(Ratio.of("1.2200"));
        assertThat(view.deals()).extracting(PerformanceView.DealPerformance::investmentId)
                .containsExactly("d1", sub.value());
        assertThat(view.deals().get(1).proceeds()).as("what the sub-fund paid back").isEqualTo(cny("500000.00"));

        PerformanceView.SubFundPerformance itsOwn = view.subFunds().get(0);
        assertThat(itsOwn.paidIn()).isEqualTo(cny("10000000.00"));
        assertThat(itsOwn.distributed()).isEqualTo(cny("2000000.00"));
        assertThat(itsOwn.cash()).isEqualTo(cny("0.00"));
        assertThat(itsOwn.nav()).isEqualTo(cny("12000000.00"));
        assertThat(itsOwn.tvpi()).isEqualTo(Ratio.of("1.4000"));

        // the family: 20,000,000 + the sub-fund's other 7,500,000 paid in; 3,000,000 + 1,500,000 distributed;
        // the deals of both (5,400,000 + 12,000,000) and the cash of both (13,000,000 + 0): NAV 30,400,000
        assertThat(view.family().paidIn()).isEqualTo(cny("27500000.00"));
        assertThat(view.family().distributed()).isEqualTo(cny("4500000.00"));
        assertThat(view.family().nav()).isEqualTo(cny("30400000.00"));
        // (4,500,000 + 30,400,000) ÷ 27,500,000 = 1.26909…
        assertThat(view.family().tvpi()).isEqualTo(Ratio.of("1.2691"));
        assertThat(view.family().irr()).isNotNull();
    }

    @Test
    void aReversedCallNoLongerCountsFromTheCorrectionsDate() {
        history(false);

        assertThat(capitalQueries.handle(new FindFund(parent.value(), date("2020-03-31"))).capital().called())
                .isEqualTo(cny("22000000.00"));
        assertThat(capitalQueries.handle(new FindFund(parent.value(), date("2020-04-01"))).capital().called())
                .isEqualTo(cny("20000000.00"));
        CapitalCallView reversed = capitalQueries.handle(new FindCapitalCalls(parent.value(), date("2020-04-01")))
                .calls().get(1);
        assertThat(reversed.reversal()).isEqualTo(new ReversalView("fix-k2", date("2020-04-01"), "never sent"));
        assertThat(reversed.outstanding()).isEqualTo(cny("0.00"));
        assertThat(capitalQueries.handle(new FindCapitalCalls(parent.value(), date("2020-03-31"))).calls().get(1)
                .outstanding()).isEqualTo(cny("2000000.00"));
    }

    @Test
    void theEvaluationOfAYear() {
        history(false);

        EvaluationView view = evaluationQueries.handle(new FindEvaluation(parent.value(), Year.of(2020),
                date("2020-12-31")));
        assertThat(view.yearEnded()).isTrue();
        // (6,000,000 + 2,500,000) ÷ 20,000,000
        assertThat(view.deploymentRatio().ratio()).isEqualTo(Ratio.of("0.4250"));
        // the 20,000,000 paid in on 2019-01-01 less 6,000,000 (2019-02-01) and 2,500,000 (2019-04-10) and the
        // distribution's part out of capital (none: it was paid out of the proceeds)
        assertThat(view.idleCapital().amount()).isEqualTo(cny("11500000.00"));
        assertThat(view.idleCapital().since()).isEqualTo(date("2019-01-01"));
        assertThat(view.targetRegionShare().ratio()).isEqualTo(Ratio.of("1.0000"));
        assertThat(view.valuePreserved().preserved()).isTrue();
        assertThat(view.valuePreserved().tvpi()).isEqualTo(Ratio.of("1.2200"));
        assertThat(view.returnInvestment().subFunds()).hasSize(1);
    }

    @Test
    void eachEventDeliveredTwiceOrReplayedLeavesEveryAnswerAsItWas() {
        history(true);
        List<Object> twice = answers();

        replayEverything();
        assertThat(answers()).isEqualTo(twice);
        assertThat(performance("2020-12-31").nav()).isEqualTo(cny("21400000.00"));
    }

    private List<Object> answers() {
        List<Object> answers = new ArrayList<>();
        for (String asOf : List.of("2019-03-31", "2019-12-31", "2020-06-30", "2020-10-31", "2020-11-14",
                "2020-12-09", "2020-12-14", "2020-12-31")) {
            answers.add(portfolioOf(asOf));
            answers.add(performance(asOf));
            answers.add(distributionQueries.handle(new FindDistributions(parent.value(), date(asOf))));
            answers.add(distributionQueries.handle(new FindDistributions(sub.value(), date(asOf))));
            answers.add(capitalQueries.handle(new FindCapitalCalls(parent.value(), date(asOf))));
        }
        return answers;
    }

    /**
     * A guidance fund: 20,000,000 paid in on 2019-01-01, a deal of 6,000,000, a sub-fund it commits 5,000,000 to
     * (2,500,000 paid in of its 10,000,000 call, the rest by a social investor) which invests 8,000,000; valuations at
     * the end of 2019; 40% of the deal sold for 4,000,000 in 2020 and 3,000,000 of it distributed; the sub-fund
     * distributes 2,000,000; a further exit and distribution of the parent's, a sub-fund valuation and a call of the
     * parent's, each reversed.
     */
    private void history(boolean twice) {
        Currency cny = Currency.getInstance("CNY");
        record(twice, new FundLaunched(parent, "Xiamen IP guidance fund", FundType.GUIDANCE, cny, date("2019-01-01"),
                FundPolicy.none()));
        record(twice, new CommitmentRecorded(parent, new CommitmentId("central"), "Central finance",
                CapitalSource.CENTRAL_FISCAL, cny("10000000.00"), date("2019-01-01")));
        record(twice, new CommitmentRecorded(parent, new CommitmentId("city"), "Xiamen Finance Bureau",
                CapitalSource.LOCAL_FISCAL, cny("20000000.00"), date("2019-01-01")));
        record(twice, new CapitalCalled(parent, new CallId("k1"), cny("20000000.00"), date("2019-01-01"), null,
                List.of(new CallAllocation(new CommitmentId("central"), CapitalSource.CENTRAL_FISCAL,
                                cny("10000000.00")),
                        new CallAllocation(new CommitmentId("city"), CapitalSource.LOCAL_FISCAL, cny("10000000.00")))));
        record(twice, new ContributionReceived(parent, new ContributionId("paid-central"), new CommitmentId("central"),
                new CallId("k1"), CapitalSource.CENTRAL_FISCAL, cny("10000000.00"), date("2019-01-01")));
        record(twice, new ContributionReceived(parent, new ContributionId("paid-city"), new CommitmentId("city"),
                new CallId("k1"), CapitalSource.LOCAL_FISCAL, cny("10000000.00"), date("2019-01-01")));
        record(twice, new DirectInvestmentRecorded(parent, new InvestmentId("d1"),
                new Company("Xiamen IP Operation Co", null, "CN", "Xiamen"), cny("6000000.00"), null,
                cny("6000000.00"), date("2019-02-01"), true));
        record(twice, new SubFundCommitted(parent, sub, "Xiamen IP sub-fund", cny("20000000.00"),
                new CommitmentId("parent"), cny("5000000.00"), CapitalSource.LOCAL_FISCAL, date("2019-03-01")));
        record(twice, new SubFundLaunched(sub, "Xiamen IP sub-fund", cny, date("2019-03-01"), FundPolicy.none(),
                parent, cny("20000000.00"), new CommitmentId("parent")));
        record(twice, new CommitmentRecorded(sub, new CommitmentId("parent"), parent.value(),
                CapitalSource.LOCAL_FISCAL, cny("5000000.00"), date("2019-03-01")));
        record(twice, new CommitmentRecorded(sub, new CommitmentId("social"), "Haixi Venture Capital",
                CapitalSource.SOCIAL, cny("15000000.00"), date("2019-03-01")));
        record(twice, new CapitalCalled(sub, new CallId("s-k1"), cny("10000000.00"), date("2019-04-01"), null,
                List.of(new CallAllocation(new CommitmentId("parent"), CapitalSource.LOCAL_FISCAL, cny("2500000.00")),
                        new CallAllocation(new CommitmentId("social"), CapitalSource.SOCIAL, cny("7500000.00")))));
        record(twice, new ContributionReceived(sub, new ContributionId("s-paid-parent"), new CommitmentId("parent"),
                new CallId("s-k1"), CapitalSource.LOCAL_FISCAL, cny("2500000.00"), date("2019-04-10")));
        record(twice, new ContributionReceived(sub, new ContributionId("s-paid-social"), new CommitmentId("social"),
                new CallId("s-k1"), CapitalSource.SOCIAL, cny("7500000.00"), date("2019-04-10")));
        record(twice, new DirectInvestmentRecorded(sub, new InvestmentId("s-d1"),
                new Company("Xiamen Patent Services", null, "CN", "Xiamen"), cny("8000000.00"), null,
                cny("8000000.00"), date("2019-05-01"), true));
        record(twice, new ValuationRecorded(parent, new InvestmentId("d1"), new ValuationId("v-d1"),
                cny("9000000.00"), null, cny("9000000.00"), date("2019-12-31"), ValuationMethod.MULTIPLES, null));
        record(twice, new ValuationRecorded(sub, new InvestmentId("s-d1"), new ValuationId("v-s-d1"),
                cny("12000000.00"), null, cny("12000000.00"), date("2019-12-31"), ValuationMethod.DCF, "annual"));
        record(twice, new CapitalCalled(parent, new CallId("k2"), cny("2000000.00"), date("2020-03-01"), null,
                List.of(new CallAllocation(new CommitmentId("central"), CapitalSource.CENTRAL_FISCAL, cny("1000000.00")),
                        new CallAllocation(new CommitmentId("city"), CapitalSource.LOCAL_FISCAL, cny("1000000.00")))));
        record(twice, new CapitalCallReversed(parent, new CorrectionId("fix-k2"), new CallId("k2"), cny("2000000.00"),
                List.of(new CallAllocation(new CommitmentId("central"), CapitalSource.CENTRAL_FISCAL, cny("1000000.00")),
                        new CallAllocation(new CommitmentId("city"), CapitalSource.LOCAL_FISCAL, cny("1000000.00"))),
                "never sent", date("2020-04-01")));
        record(twice, new HoldingExited(parent, new InvestmentId("d1"), new ExitId("x1"), ExitKind.SALE,
                Ratio.of("0.40"), cny("4000000.00"), null, cny("4000000.00"), cny("2400000.00"), cny("1600000.00"),
                null, "Fujian Investment Group", false, false, date("2020-06-30")));
        record(twice, new CapitalDistributed(parent, new DistributionId("dist-1"), cny("3000000.00"),
                date("2020-09-30"), List.of(
                        new DistributionAllocation(new CommitmentId("central"), "Central finance",
                                CapitalSource.CENTRAL_FISCAL, cny("1500000.00"), cny("1500000.00"), cny("0.00")),
                        new DistributionAllocation(new CommitmentId("city"), "Xiamen Finance Bureau",
                                CapitalSource.LOCAL_FISCAL, cny("1500000.00"), cny("1500000.00"), cny("0.00"))),
                cny("3000000.00"), cny("0.00")));
        record(twice, new CapitalDistributed(sub, new DistributionId("s-dist-1"), cny("2000000.00"),
                date("2020-10-31"), List.of(
                        new DistributionAllocation(new CommitmentId("parent"), parent.value(),
                                CapitalSource.LOCAL_FISCAL, cny("500000.00"), cny("500000.00"), cny("0.00")),
                        new DistributionAllocation(new CommitmentId("social"), "Haixi Venture Capital",
                                CapitalSource.SOCIAL, cny("1500000.00"), cny("1500000.00"), cny("0.00"))),
                cny("0.00"), cny("2000000.00")));
        record(twice, new HoldingExited(parent, new InvestmentId("d1"), new ExitId("x2"), ExitKind.SALE,
                Ratio.of("0.10"), cny("1000000.00"), null, cny("1000000.00"), cny("360000.00"), cny("640000.00"),
                null, "Fujian Investment Group", false, false, date("2020-11-01")));
        record(twice, new ExitReversed(parent, new CorrectionId("fix-x2"), new InvestmentId("d1"), new ExitId("x2"),
                cny("1000000.00"), cny("360000.00"), cny("640000.00"), false, "the buyer withdrew",
                date("2020-11-15")));
        List<DistributionAllocation> halves = List.of(
                new DistributionAllocation(new CommitmentId("central"), "Central finance", CapitalSource.CENTRAL_FISCAL,
                        cny("250000.00"), cny("250000.00"), cny("0.00")),
                new DistributionAllocation(new CommitmentId("city"), "Xiamen Finance Bureau", CapitalSource.LOCAL_FISCAL,
                        cny("250000.00"), cny("250000.00"), cny("0.00")));
        record(twice, new CapitalDistributed(parent, new DistributionId("dist-2"), cny("500000.00"),
                date("2020-11-30"), halves, cny("500000.00"), cny("0.00")));
        record(twice, new DistributionReversed(parent, new CorrectionId("fix-dist-2"), new DistributionId("dist-2"),
                cny("500000.00"), halves, cny("500000.00"), cny("0.00"), "paid to the wrong account",
                date("2020-12-10")));
        record(twice, new ValuationRecorded(sub, new InvestmentId("s-d1"), new ValuationId("v-s-d1-2"),
                cny("20000000.00"), null, cny("20000000.00"), date("2020-12-01"), ValuationMethod.OTHER, null));
        record(twice, new ValuationReversed(sub, new CorrectionId("fix-v"), new InvestmentId("s-d1"),
                new ValuationId("v-s-d1-2"), cny("20000000.00"), "wrong model", date("2020-12-15")));
    }

    private void record(boolean twice, Object event) {
        String eventId = UUID.randomUUID().toString();
        TrackingToken token = new GlobalSequenceTrackingToken(POSITION.incrementAndGet());
        Delivery delivery = new Delivery(event, eventId, token);
        delivery.to(token);
        if (twice) {
            delivery.to(token);
        }
        delivered.add(delivery);
    }

    private void replayEverything() {
        TrackingToken atReset = new GlobalSequenceTrackingToken(POSITION.get());
        for (Delivery delivery : delivered) {
            delivery.to(new ReplayToken(atReset, delivery.token()));
        }
    }

    private HoldingView deal(String asOf) {
        return portfolioOf(asOf).holdings().get(0);
    }

    private PortfolioView portfolioOf(String asOf) {
        return portfolioQueries.handle(new FindPortfolio(parent.value(), date(asOf)));
    }

    private PerformanceView performance(String asOf) {
        return performanceQueries.handle(new FindPerformance(parent.value(), date(asOf)));
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private record Delivery(Object event, String eventId, TrackingToken token) {

        void to(TrackingToken as) {
            CapitalEvents.deliver(capital, event, eventId, 0, as);
            PortfolioEvents.deliver(portfolio, event, eventId, as);
            DistributionEvents.deliver(distributions, event, eventId, as);
        }
    }
}
