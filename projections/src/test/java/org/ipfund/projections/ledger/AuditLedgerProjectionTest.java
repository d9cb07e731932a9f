package org.ipfund.projections.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.domain.CapitalSource.CENTRAL_FISCAL;
import static org.ipfund.domain.CapitalSource.LOCAL_FISCAL;
import static org.ipfund.domain.CapitalSource.SOCIAL;
import static org.ipfund.domain.CapitalSource.STATE_OWNED;
import static org.ipfund.projections.ledger.LedgerAccount.CAPITAL_RECEIVABLE;
import static org.ipfund.projections.ledger.LedgerAccount.CAPITAL_RETURNED;
import static org.ipfund.projections.ledger.LedgerAccount.CASH;
import static org.ipfund.projections.ledger.LedgerAccount.COMMITTED_CAPITAL;
import static org.ipfund.projections.ledger.LedgerAccount.COST_OF_HOLDINGS_EXITED;
import static org.ipfund.projections.ledger.LedgerAccount.CO_INVESTED_CAPITAL;
import static org.ipfund.projections.ledger.LedgerAccount.CO_INVESTORS_MEMO;
import static org.ipfund.projections.ledger.LedgerAccount.FAIR_VALUES_STATED;
import static org.ipfund.projections.ledger.LedgerAccount.GAINS_DISTRIBUTED;
import static org.ipfund.projections.ledger.LedgerAccount.INVESTMENTS_AT_COST;
import static org.ipfund.projections.ledger.LedgerAccount.REALISED_GAINS;
import static org.ipfund.projections.ledger.LedgerAccount.SUB_FUND_COMMITMENTS;
import static org.ipfund.projections.ledger.LedgerAccount.SUB_FUND_OBLIGATIONS;
import static org.ipfund.projections.ledger.LedgerAccount.UNCALLED_COMMITMENTS;
import static org.ipfund.projections.ledger.LedgerAccount.VALUATIONS_MEMO;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.assertj.core.groups.Tuple;
import org.flywaydb.core.Flyway;
import org.ipfund.domain.FundEvent;
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
import org.ipfund.domain.fund.CommitmentReversed;
import org.ipfund.domain.fund.ContributionId;
import org.ipfund.domain.fund.ContributionReceived;
import org.ipfund.domain.fund.ContributionReversed;
import org.ipfund.domain.fund.DistributionAllocation;
import org.ipfund.domain.fund.DistributionId;
import org.ipfund.domain.fund.DistributionReversed;
import org.ipfund.domain.fund.FundLaunched;
import org.ipfund.domain.fund.FundType;
import org.ipfund.domain.fund.SubFundCommitted;
import org.ipfund.domain.holding.ExitId;
import org.ipfund.domain.holding.ExitKind;
import org.ipfund.domain.holding.ExitReversed;
import org.ipfund.domain.holding.HoldingExited;
import org.ipfund.domain.holding.ValuationId;
import org.ipfund.domain.holding.ValuationMethod;
import org.ipfund.domain.holding.ValuationRecorded;
import org.ipfund.domain.holding.ValuationReversed;
import org.ipfund.domain.investment.CoInvestmentId;
import org.ipfund.domain.investment.CoInvestmentRecorded;
import org.ipfund.domain.investment.CoInvestmentReversed;
import org.ipfund.domain.investment.Company;
import org.ipfund.domain.investment.DirectInvestmentRecorded;
import org.ipfund.domain.investment.FollowOnInvestmentRecorded;
import org.ipfund.domain.investment.InvestmentId;
import org.ipfund.domain.investment.InvestmentRecorded;
import org.ipfund.domain.investment.InvestmentReversed;
import org.ipfund.domain.investment.Lead;
import org.ipfund.domain.money.ExchangeRate;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.projections.capital.CapitalPositionProjection;
import org.ipfund.projections.capital.LaunchedFunds;
import org.ipfund.projections.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit ledger against a real PostgreSQL, fed the events directly as its processor delivers them. */
class AuditLedgerProjectionTest {

    private static final LocalDate LAUNCH = LocalDate.of(2017, 3, 1);
    private static final Currency CNY = Currency.getInstance("CNY");
    private static final AtomicLong POSITION = new AtomicLong();
    /** The seed every run tries; a failure names the seed that found it. */
    private static final long FIXED_SEED = 20170301L;
    private static JdbcTemplate jdbc;
    private static AuditLedgerProjection projection;
    private static CapitalPositionProjection capital;
    private static LedgerQueries queries;

    private final FundId fund = new FundId("fund-" + UUID.randomUUID());
    private final List<Delivery> delivered = new ArrayList<>();

    @BeforeAll
    static void migrate() {
        DataSource dataSource = TestDatabase.get().newDataSource();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/event-store", "classpath:db/migration/projections").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        projection = new AuditLedgerProjection(jdbc);
        capital = new CapitalPositionProjection(jdbc);
        queries = new LedgerQueries(jdbc);
    }

    // ---- the lines each kind of fact posts ----

    @Test
    void postsACommitmentAsUncalledCommitmentsAgainstTheCommittedCapitalOfItsSource() {
        launch(fund);
        Delivery committed = deliver(commitment(fund, "central", CENTRAL_FISCAL, "200000000.05", LAUNCH.plusDays(1)));

        assertThat(ledger(fund)).containsExactly(
                debit(committed, 0, UNCALLED_COMMITMENTS, CENTRAL_FISCAL, "central", "200000000.05"),
                credit(committed, 1, COMMITTED_CAPITAL, CENTRAL_FISCAL, "central", "200000000.05"));
    }

    @Test
    void postsACapitalCallAsAReceivableFromEachCommitmentItAskedOf() {
        launch(fund);
        deliver(commitment(fund, "central", CENTRAL_FISCAL, "200000000.00", LAUNCH));
        deliver(commitment(fund, "city", LOCAL_FISCAL, "100000000.00", LAUNCH));
        Delivery called = deliver(new CapitalCalled(fund, new CallId("call-1"), cny("60000000.01"),
                LAUNCH.plusDays(30), LAUNCH.plusDays(60), List.of(
                        new CallAllocation(new CommitmentId("central"), CENTRAL_FISCAL, cny("40000000.01")),
                        new CallAllocation(new CommitmentId("city"), LOCAL_FISCAL, cny("20000000.00")))));

        assertThat(linesOf(called)).containsExactly(
                debit(called, 0, CAPITAL_RECEIVABLE, CENTRAL_FISCAL, "call-1", "40000000.01"),
                credit(called, 1, UNCALLED_COMMITMENTS, CENTRAL_FISCAL, "call-1", "40000000.01"),
                debit(called, 2, CAPITAL_RECEIVABLE, LOCAL_FISCAL, "call-1", "20000000.00"),
                credit(called, 3, UNCALLED_COMMITMENTS, LOCAL_FISCAL, "call-1", "20000000.00"));
    }

    @Test
    void postsAContributionAsCashAgainstTheReceivable() {
        launch(fund);
        Delivery paid = deliver(contribution(fund, "paid-city", "city", LOCAL_FISCAL, "19999999.99", LAUNCH.plusDays(40)));

        assertThat(ledger(fund)).containsExactly(
                debit(paid, 0, CASH, LOCAL_FISCAL, "paid-city", "19999999.99"),
                credit(paid, 1, CAPITAL_RECEIVABLE, LOCAL_FISCAL, "paid-city", "19999999.99"));
    }

    @Test
    void postsADealAtWhatItCostTheFundInTheFundsCurrency() {
        launch(fund);
        Delivery direct = deliver(direct(fund, "deal-1", cny("3000000.00"), null, cny("3000000.00")));
        Delivery abroad = deliver(new FollowOnInvestmentRecorded(fund, new InvestmentId("astana-1"),
                new Company("Astana IP Exchange", null, "KZ", null), usd("150000.05"), ExchangeRate.of("6.5"),
                cny("975000.33"), LAUNCH.plusDays(120), new Lead("Kazakh lead", usd("300000.00"), LAUNCH.plusDays(100)),
                false));

        assertThat(ledger(fund)).containsExactly(
                debit(direct, 0, INVESTMENTS_AT_COST, null, "deal-1", "3000000.00"),
                credit(direct, 1, CASH, null, "deal-1", "3000000.00"),
                debit(abroad, 0, INVESTMENTS_AT_COST, null, "astana-1", "975000.33"),
                credit(abroad, 1, CASH, null, "astana-1", "975000.33"));
    }

    @Test
    void postsTheParentsCommitmentToASubFundOnTheParentAndInTheSubFund() {
        FundId subFund = new FundId(fund.value() + "-sub");
        launch(fund);
        Delivery parentSide = deliver(new SubFundCommitted(fund, subFund, "Xiamen IP sub-fund",
                cny("100000000.00"), new CommitmentId("parent"), cny("25000000.00"), LOCAL_FISCAL, LAUNCH.plusDays(90)));
        launch(subFund);
        Delivery inTheSubFund = deliver(new CommitmentRecorded(subFund, new CommitmentId("parent"), fund.value(),
                LOCAL_FISCAL, cny("25000000.00"), LAUNCH.plusDays(90)));

        assertThat(ledger(fund)).containsExactly(
                debit(parentSide, 0, SUB_FUND_COMMITMENTS, LOCAL_FISCAL, subFund.value(), "25000000.00"),
                credit(parentSide, 1, SUB_FUND_OBLIGATIONS, LOCAL_FISCAL, subFund.value(), "25000000.00"));
        assertThat(ledger(subFund)).containsExactly(
                debit(inTheSubFund, 0, UNCALLED_COMMITMENTS, LOCAL_FISCAL, "parent", "25000000.00"),
                credit(inTheSubFund, 1, COMMITTED_CAPITAL, LOCAL_FISCAL, "parent", "25000000.00"));
    }

    @Test
    void keepsCoInvestorsCapitalInMemoAccountsApartFromTheFundsOwnMoney() {
        launch(fund);
        Delivery co = deliver(new CoInvestmentRecorded(fund, new InvestmentId("deal-1"), new CoInvestmentId("co-1"),
                "Xiamen C&D Group", STATE_OWNED, usd("300000.00"), ExchangeRate.of("6.5"), cny("1950000.00"),
                LAUNCH.plusDays(95)));

        assertThat(ledger(fund)).containsExactly(
                debit(co, 0, CO_INVESTED_CAPITAL, STATE_OWNED, "co-1", "1950000.00"),
                credit(co, 1, CO_INVESTORS_MEMO, STATE_OWNED, "co-1", "1950000.00"));
    }

    @Test
    void aReversalPostsTheOppositeOfEachLineOfTheFactItReversesOnTheCorrectionsDate() {
        LocalDate corrected = LocalDate.of(2017, 12, 1);
        launch(fund);
        Delivery commitment = deliver(commitment(fund, "extra", SOCIAL, "2000000.00", LAUNCH));
        Delivery contribution = deliver(contribution(fund, "p2", "city", LOCAL_FISCAL, "1000000.01", LAUNCH.plusDays(40)));
        Delivery deal = deliver(direct(fund, "abroad", usd("200000.00"), ExchangeRate.of("6.8890"), cny("1377800.00")));
        Delivery co = deliver(new CoInvestmentRecorded(fund, new InvestmentId("abroad"), new CoInvestmentId("co-1"),
                "Fujian Investment Group", STATE_OWNED, cny("13000000.00"), null, cny("13000000.00"), LAUNCH.plusDays(60)));

        Delivery commitmentReversed = deliver(new CommitmentReversed(fund, new CorrectionId("fix-extra"),
                new CommitmentId("extra"), SOCIAL, cny("2000000.00"), "entered twice", corrected));
        Delivery contributionReversed = deliver(new ContributionReversed(fund, new CorrectionId("fix-p2"),
                new ContributionId("p2"), new CommitmentId("city"), new CallId("call-1"), LOCAL_FISCAL,
                cny("1000000.01"), "the bank returned it", corrected));
        Delivery dealReversed = deliver(new InvestmentReversed(fund, new CorrectionId("fix-abroad"),
                new InvestmentId("abroad"), cny("1377800.00"), "recorded in the wrong fund", corrected));
        Delivery coReversed = deliver(new CoInvestmentReversed(fund, new CorrectionId("fix-co-1"),
                new InvestmentId("abroad"), new CoInvestmentId("co-1"), "Fujian Investment Group", STATE_OWNED,
                cny("13000000.00"), "withdrew", corrected));

        assertThat(linesOf(commitmentReversed)).containsExactly(
                credit(commitmentReversed, 0, UNCALLED_COMMITMENTS, SOCIAL, "fix-extra", "2000000.00"),
                debit(commitmentReversed, 1, COMMITTED_CAPITAL, SOCIAL, "fix-extra", "2000000.00"));
        assertThat(linesOf(contributionReversed)).containsExactly(
                credit(contributionReversed, 0, CASH, LOCAL_FISCAL, "fix-p2", "1000000.01"),
                debit(contributionReversed, 1, CAPITAL_RECEIVABLE, LOCAL_FISCAL, "fix-p2", "1000000.01"));
        assertThat(linesOf(dealReversed)).containsExactly(
                credit(dealReversed, 0, INVESTMENTS_AT_COST, null, "fix-abroad", "1377800.00"),
                debit(dealReversed, 1, CASH, null, "fix-abroad", "1377800.00"));
        assertThat(linesOf(coReversed)).containsExactly(
                credit(coReversed, 0, CO_INVESTED_CAPITAL, STATE_OWNED, "fix-co-1", "13000000.00"),
                debit(coReversed, 1, CO_INVESTORS_MEMO, STATE_OWNED, "fix-co-1", "13000000.00"));
        for (List<Delivery> pair : List.of(List.of(commitment, commitmentReversed),
                List.of(contribution, contributionReversed), List.of(deal, dealReversed), List.of(co, coReversed))) {
            assertThat(linesOf(pair.get(1))).map(AuditLedgerProjectionTest::asReversed)
                    .as("the reversal's lines, sides swapped, are the reversed fact's own")
                    .containsExactlyElementsOf(linesOf(pair.get(0)).stream().map(AuditLedgerProjectionTest::aside).toList());
            assertThat(linesOf(pair.get(1))).allSatisfy(line -> assertThat(line.businessDate()).isEqualTo(corrected));
        }
        assertThat(linesOf(commitment)).as("history stays: the reversed fact's lines are still there").hasSize(2);
        assertThat(queries.handle(new FindLedger(fund.value(), null, null)).totals())
                .containsExactly(new LedgerTotals(CNY, new BigDecimal("34755600.02"), new BigDecimal("34755600.02")));
    }

    // ---- the second half of a fund's life ----

    @Test
    void postsAnExitAtAGainAsProceedsAgainstTheCostReleasedAndTheRealisedGain() {
        launch(fund);
        Delivery sold = deliver(exit(ExitKind.SALE, "exit-1", "0.40", usd("800000.00"), ExchangeRate.of("6.8"),
                "5440000.00", "1200000.01", "4239999.99", null));

        assertThat(ledger(fund)).containsExactly(
                debit(sold, 0, CASH, null, "exit-1", "1200000.01"),
                credit(sold, 1, COST_OF_HOLDINGS_EXITED, null, "exit-1", "1200000.01"),
                debit(sold, 2, CASH, null, "exit-1", "4239999.99"),
                credit(sold, 3, REALISED_GAINS, null, "exit-1", "4239999.99"));
    }

    @Test
    void postsACededExitAtItsPolicyPriceAsASaleAndOneAtCostWithNoGain() {
        launch(fund);
        Delivery ceded = deliver(exit(ExitKind.CEDED, "ceded-1", "1", cny("3394520.55"), null, "3394520.55",
                "3000000.00", "394520.55", cny("3394520.55")));
        Delivery atCost = deliver(exit(ExitKind.CEDED, "ceded-2", "1", cny("2000000.00"), null, "2000000.00",
                "2000000.00", "0.00", cny("2000000.00")));

        assertThat(linesOf(ceded)).containsExactly(
                debit(ceded, 0, CASH, null, "ceded-1", "3000000.00"),
                credit(ceded, 1, COST_OF_HOLDINGS_EXITED, null, "ceded-1", "3000000.00"),
                debit(ceded, 2, CASH, null, "ceded-1", "394520.55"),
                credit(ceded, 3, REALISED_GAINS, null, "ceded-1", "394520.55"));
        assertThat(linesOf(atCost)).as("no gain, no gain lines").containsExactly(
                debit(atCost, 0, CASH, null, "ceded-2", "2000000.00"),
                credit(atCost, 1, COST_OF_HOLDINGS_EXITED, null, "ceded-2", "2000000.00"));
    }

    @Test
    void postsALossAsADebitToRealisedGainsAndAWriteOffAsTheLossAlone() {
        launch(fund);
        Delivery atALoss = deliver(exit(ExitKind.SALE, "exit-1", "0.50", cny("1000000.00"), null, "1000000.00",
                "1200000.01", "-200000.01", null));
        Delivery writtenOff = deliver(exit(ExitKind.WRITE_OFF, "exit-2", "1", cny("0.00"), null, "0.00",
                "1199999.99", "-1199999.99", null));

        assertThat(linesOf(atALoss)).containsExactly(
                debit(atALoss, 0, CASH, null, "exit-1", "1000000.00"),
                credit(atALoss, 1, COST_OF_HOLDINGS_EXITED, null, "exit-1", "1000000.00"),
                debit(atALoss, 2, REALISED_GAINS, null, "exit-1", "200000.01"),
                credit(atALoss, 3, COST_OF_HOLDINGS_EXITED, null, "exit-1", "200000.01"));
        assertThat(linesOf(writtenOff)).as("no proceeds, no cash lines").containsExactly(
                debit(writtenOff, 2, REALISED_GAINS, null, "exit-2", "1199999.99"),
                credit(writtenOff, 3, COST_OF_HOLDINGS_EXITED, null, "exit-2", "1199999.99"));
        assertThat(balances(fund.value())).containsExactly(
                Map.entry(CASH, new BigDecimal("1000000.00")),
                Map.entry(COST_OF_HOLDINGS_EXITED, new BigDecimal("-2400000.00")),
                Map.entry(REALISED_GAINS, new BigDecimal("1400000.00")));
    }

    @Test
    void postsADistributionAsEachCommitmentsCapitalReturnedAndGainPaidOutOfCash() {
        launch(fund);
        Delivery paid = deliver(distribution("dist-1", "5000000.01", List.of(
                allocation("central", CENTRAL_FISCAL, "3000000.00", "0.00"),
                allocation("city", LOCAL_FISCAL, "1500000.00", "500000.01"))));

        assertThat(ledger(fund)).containsExactly(
                debit(paid, 0, CAPITAL_RETURNED, CENTRAL_FISCAL, "dist-1", "3000000.00"),
                credit(paid, 1, CASH, CENTRAL_FISCAL, "dist-1", "3000000.00"),
                debit(paid, 4, CAPITAL_RETURNED, LOCAL_FISCAL, "dist-1", "1500000.00"),
                credit(paid, 5, CASH, LOCAL_FISCAL, "dist-1", "1500000.00"),
                debit(paid, 6, GAINS_DISTRIBUTED, LOCAL_FISCAL, "dist-1", "500000.01"),
                credit(paid, 7, CASH, LOCAL_FISCAL, "dist-1", "500000.01"));
    }

    @Test
    void postsTheFairValueAValuationStatedInMemoAccountsOnly() {
        launch(fund);
        Delivery valued = deliver(new ValuationRecorded(fund, new InvestmentId("astana-1"), new ValuationId("val-1"),
                usd("210000.00"), ExchangeRate.of("6.9"), cny("1449000.00"), LocalDate.of(2018, 12, 31),
                ValuationMethod.MULTIPLES, "EV/EBITDA of listed peers"));

        assertThat(ledger(fund)).containsExactly(
                debit(valued, 0, FAIR_VALUES_STATED, null, "val-1", "1449000.00"),
                credit(valued, 1, VALUATIONS_MEMO, null, "val-1", "1449000.00"));
    }

    @Test
    void reversalsOfTheSecondHalfPostTheOppositeOfEachLineOfTheFactTheyReverse() {
        LocalDate corrected = LocalDate.of(2019, 12, 31);
        launch(fund);
        Delivery call = deliver(new CapitalCalled(fund, new CallId("call-9"), cny("3000000.00"), LAUNCH.plusDays(300),
                null, List.of(new CallAllocation(new CommitmentId("central"), CENTRAL_FISCAL, cny("2000000.00")),
                        new CallAllocation(new CommitmentId("city"), LOCAL_FISCAL, cny("1000000.00")))));
        Delivery valuation = deliver(new ValuationRecorded(fund, new InvestmentId("deal-1"), new ValuationId("val-1"),
                cny("4500000.00"), null, cny("4500000.00"), LAUNCH.plusDays(400), ValuationMethod.DCF, null));
        Delivery exit = deliver(exit(ExitKind.SALE, "exit-1", "0.50", cny("1000000.00"), null, "1000000.00",
                "1200000.01", "-200000.01", null));
        List<DistributionAllocation> allocations = List.of(allocation("central", CENTRAL_FISCAL, "600000.00", "0.00"),
                allocation("city", LOCAL_FISCAL, "300000.00", "99999.99"));
        Delivery distribution = deliver(distribution("dist-1", "999999.99", allocations));

        Delivery callReversed = deliver(new CapitalCallReversed(fund, new CorrectionId("fix-call"), new CallId("call-9"),
                cny("3000000.00"), List.of(new CallAllocation(new CommitmentId("central"), CENTRAL_FISCAL,
                        cny("2000000.00")), new CallAllocation(new CommitmentId("city"), LOCAL_FISCAL,
                        cny("1000000.00"))), "called twice", corrected));
        Delivery valuationReversed = deliver(new ValuationReversed(fund, new CorrectionId("fix-val"),
                new InvestmentId("deal-1"), new ValuationId("val-1"), cny("4500000.00"), "wrong peers", corrected));
        Delivery exitReversed = deliver(new ExitReversed(fund, new CorrectionId("fix-exit"), new InvestmentId("deal-1"),
                new ExitId("exit-1"), cny("1000000.00"), cny("1200000.01"), cny("-200000.01"), false,
                "the buyer did not pay", corrected));
        Delivery distributionReversed = deliver(new DistributionReversed(fund, new CorrectionId("fix-dist"),
                new DistributionId("dist-1"), cny("999999.99"), allocations, cny("999999.99"), cny("0.00"),
                "paid to the wrong accounts", corrected));

        assertThat(linesOf(exitReversed)).containsExactly(
                credit(exitReversed, 0, CASH, null, "fix-exit", "1000000.00"),
                debit(exitReversed, 1, COST_OF_HOLDINGS_EXITED, null, "fix-exit", "1000000.00"),
                credit(exitReversed, 2, REALISED_GAINS, null, "fix-exit", "200000.01"),
                debit(exitReversed, 3, COST_OF_HOLDINGS_EXITED, null, "fix-exit", "200000.01"));
        for (List<Delivery> pair : List.of(List.of(call, callReversed), List.of(valuation, valuationReversed),
                List.of(exit, exitReversed), List.of(distribution, distributionReversed))) {
            assertThat(linesOf(pair.get(1))).map(AuditLedgerProjectionTest::asReversed)
                    .as("the reversal's lines, sides swapped, are the reversed fact's own")
                    .containsExactlyElementsOf(linesOf(pair.get(0)).stream().map(AuditLedgerProjectionTest::aside).toList());
            assertThat(linesOf(pair.get(1))).allSatisfy(line -> assertThat(line.businessDate()).isEqualTo(corrected));
        }
        assertThat(linesOf(callReversed)).hasSize(4);
        assertThat(balances(fund.value())).as("every fact reversed: each account back at zero").isEmpty();
    }

    @Test
    void aFundWhoseFactsMovedNoMoneyHasAnEmptyLedgerAndAnUnknownFundNone() {
        launch(fund);

        LedgerView ledger = queries.handle(new FindLedger(fund.value(), null, null));
        assertThat(ledger.lines()).isEmpty();
        assertThat(ledger.totals()).isEmpty();
        assertThat(queries.handle(new FindLedger("no-such-fund", null, null))).isNull();
    }

    // ---- idempotency and rebuilding ----

    @Test
    void everyEventDeliveredTwiceLeavesTheSameRows() {
        recordAHistoryOfEveryKind();
        List<Map<String, Object>> once = rowsOf(fund);

        for (Delivery delivery : List.copyOf(delivered)) {
            handle(delivery.event(), delivery.eventId(), delivery.token());
        }

        assertThat(rowsOf(fund)).isEqualTo(once).hasSize(26);
    }

    @Test
    void aRebuildFromTheEventsAloneEqualsTheLiveLedger() {
        recordAHistoryOfEveryKind();
        List<Map<String, Object>> live = rowsOf(fund);

        projection.reset();
        assertThat(rowsOf(fund)).isEmpty();
        TrackingToken tokenAtReset = new GlobalSequenceTrackingToken(POSITION.get());
        for (Delivery delivery : delivered) {
            handle(delivery.event(), delivery.eventId(), new ReplayToken(tokenAtReset, delivery.token()));
        }

        assertThat(rowsOf(fund)).isEqualTo(live);
    }

    // ---- reading it ----

    @Test
    void findsOneFundsLinesOrEveryFundsBetweenTwoBusinessDatesBothIncluded() {
        FundId other = new FundId("other-" + UUID.randomUUID());
        launch(fund);
        launch(other);
        Delivery first = deliver(commitment(fund, "a", SOCIAL, "100.00", LocalDate.of(2017, 4, 1)));
        Delivery othersFirst = deliver(commitment(other, "x", SOCIAL, "7.00", LocalDate.of(2017, 4, 1)));
        Delivery second = deliver(commitment(fund, "b", STATE_OWNED, "200.00", LocalDate.of(2017, 4, 2)));
        Delivery third = deliver(commitment(fund, "c", STATE_OWNED, "300.00", LocalDate.of(2017, 4, 3)));
        Delivery earlierDateLaterPosition = deliver(commitment(fund, "d", SOCIAL, "400.00", LocalDate.of(2017, 3, 31)));

        LedgerView middle = queries.handle(new FindLedger(fund.value(), LocalDate.of(2017, 4, 1), LocalDate.of(2017, 4, 2)));
        assertThat(middle.lines()).extracting(LedgerEntry::eventId, LedgerEntry::line).containsExactly(
                pair(first, 0), pair(first, 1), pair(second, 0), pair(second, 1));
        assertThat(middle.totals()).containsExactly(
                new LedgerTotals(CNY, new BigDecimal("300.00"), new BigDecimal("300.00")));
        assertThat(middle.totals().get(0).balanced()).isTrue();

        assertThat(queries.handle(new FindLedger(fund.value(), LocalDate.of(2017, 4, 2), null)).lines())
                .extracting(LedgerEntry::eventId).containsExactly(second.eventId(), second.eventId(),
                        third.eventId(), third.eventId());
        assertThat(queries.handle(new FindLedger(fund.value(), null, LocalDate.of(2017, 3, 31))).lines())
                .extracting(LedgerEntry::eventId).containsOnly(earlierDateLaterPosition.eventId());
        assertThat(queries.handle(new FindLedger(fund.value(), null, null)).lines())
                .as("in the order of the event stream, not of the business dates")
                .extracting(LedgerEntry::eventId).containsExactly(first.eventId(), first.eventId(),
                        second.eventId(), second.eventId(), third.eventId(), third.eventId(),
                        earlierDateLaterPosition.eventId(), earlierDateLaterPosition.eventId());

        List<LedgerEntry> everyFund = queries.handle(new FindLedger(null, LocalDate.of(2017, 4, 1),
                LocalDate.of(2017, 4, 1))).lines();
        assertThat(everyFund).extracting(LedgerEntry::eventId).contains(first.eventId(), othersFirst.eventId())
                .doesNotContain(second.eventId());
        assertThat(everyFund).extracting(LedgerEntry::position).isSorted();
    }

    @Test
    void totalsEachCurrencyApart() {
        FundId dollarFund = new FundId("usd-" + UUID.randomUUID());
        launch(fund);
        launch(dollarFund, Currency.getInstance("USD"));
        deliver(commitment(fund, "a", SOCIAL, "100.00", LAUNCH));
        deliver(new CommitmentRecorded(dollarFund, new CommitmentId("b"), "investor b", SOCIAL, usd("0.07"), LAUNCH));
        LocalDate from = LocalDate.of(2016, 1, 1);
        LocalDate to = LocalDate.of(2099, 1, 1);

        LedgerView everyFund = queries.handle(new FindLedger(null, from, to));

        List<LedgerTotals> totals = everyFund.totals();
        assertThat(totals).extracting(t -> t.currency().getCurrencyCode()).contains("CNY", "USD").isSorted();
        for (LedgerTotals currencyTotals : totals) {
            List<LedgerEntry> inCurrency = everyFund.lines().stream()
                    .filter(line -> line.currency().equals(currencyTotals.currency())).toList();
            assertThat(currencyTotals.debit()).isEqualTo(sum(inCurrency, LedgerEntry::debit));
            assertThat(currencyTotals.credit()).isEqualTo(sum(inCurrency, LedgerEntry::credit));
        }
    }

    // ---- balanced books over random histories ----

    static LongStream seeds() {
        long fresh = Long.getLong("ledger.seed", System.nanoTime());
        return LongStream.of(FIXED_SEED, 1L, 42L, 8_675_309L, fresh);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void keepsTheBooksBalancedAndEachAccountEqualToTheFundsOwnSumsOverRandomHistories(long seed) {
        Random random = new Random(seed);
        List<RandomFundHistory> histories = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            RandomFundHistory history = RandomFundHistory.playWholeLife(random,
                    "r" + Long.toHexString(seed) + "-" + UUID.randomUUID().toString().substring(0, 8) + "-" + i, 40);
            histories.add(history);
            histories.addAll(history.subFunds());
        }
        List<Delivery> deliveries = new ArrayList<>();
        for (RandomFundHistory history : histories) {
            for (Object event : history.events()) {
                deliveries.add(deliver(event));
            }
        }
        // printed so that any failure can be replayed with -Dledger.seed=<seed>
        System.out.printf("AuditLedgerProjectionTest: seed %d, %d fund histories, %d events%n", seed,
                histories.size(), deliveries.size());
        for (Delivery delivery : deliveries) {
            if (random.nextInt(4) == 0) {
                handle(delivery.event(), delivery.eventId(), delivery.token());
            }
        }

        String seeded = "seed " + seed;
        List<String> fundIds = histories.stream().map(history -> history.fund().value()).toList();
        assertThat(unbalancedEvents(fundIds)).as(seeded).isEmpty();
        assertThat(totalsByCurrency(fundIds)).as(seeded).allSatisfy((currency, debitsAndCredits) ->
                assertThat(debitsAndCredits.get(0)).isEqualByComparingTo(debitsAndCredits.get(1)));
        int expectedLines = 0;
        for (RandomFundHistory history : histories) {
            String fundId = history.fund().value();
            String which = seeded + ", fund " + fundId;
            expectedLines += history.expectedLines();
            assertThat(balances(fundId)).as(which).isEqualTo(history.expectedBalances());
            assertThat(balancesBySource(fundId)).as(which).isEqualTo(history.expectedBalancesBySource());
            LedgerView ledger = queries.handle(new FindLedger(fundId, null, null));
            assertThat(ledger.lines()).as(which).hasSize(history.expectedLines())
                    .allSatisfy(line -> assertThat(line.currency()).isEqualTo(history.currency()));
            assertThat(ledger.totals()).as(which).allSatisfy(totals -> assertThat(totals.balanced()).isTrue());
        }
        assertThat(lineCount(fundIds)).as(seeded).isEqualTo(expectedLines);
        assertThat(histories.stream().flatMap(history -> history.events().stream()).map(Object::getClass).distinct())
                .as(seeded + ": the histories hold every kind of fact")
                .containsExactlyInAnyOrder(FundLaunched.class, CommitmentRecorded.class, CapitalCalled.class,
                        ContributionReceived.class, DirectInvestmentRecorded.class, FollowOnInvestmentRecorded.class,
                        CoInvestmentRecorded.class, SubFundCommitted.class, CommitmentReversed.class,
                        ContributionReversed.class, InvestmentReversed.class, CoInvestmentReversed.class,
                        ValuationRecorded.class, ValuationReversed.class, HoldingExited.class, ExitReversed.class,
                        CapitalDistributed.class, DistributionReversed.class, CapitalCallReversed.class);
    }

    @Test
    void theBalanceCheckFindsAnEventWhoseDebitsAndCreditsDiffer() {
        launch(fund);
        Delivery committed = deliver(commitment(fund, "a", SOCIAL, "100.00", LAUNCH));
        assertThat(unbalancedEvents(List.of(fund.value()))).isEmpty();

        jdbc.update("""
                INSERT INTO ledger_entry (event_id, line, fund_id, event_position, business_date, account, source,
                    fact_id, debit, credit, currency)
                VALUES (?, 2, ?, ?, ?, 'CASH', NULL, 'a', 0.01, 0, 'CNY')""",
                committed.eventId(), fund.value(), committed.token().position().orElseThrow(), LAUNCH);

        assertThat(unbalancedEvents(List.of(fund.value()))).containsExactly(committed.eventId());
        assertThat(queries.handle(new FindLedger(fund.value(), null, null)).totals().get(0).balanced()).isFalse();
        jdbc.update("DELETE FROM ledger_entry WHERE fund_id = ?", fund.value());
    }

    // ---- the ledger as SQL sums it, independently of the query handler ----

    /** The events among these funds whose debits and credits differ in some currency. */
    private static List<String> unbalancedEvents(Collection<String> fundIds) {
        return jdbc.queryForList("""
                SELECT event_id FROM ledger_entry WHERE fund_id = ANY (string_to_array(?, ','))
                GROUP BY event_id, currency HAVING sum(debit) <> sum(credit) ORDER BY event_id""",
                String.class, String.join(",", fundIds));
    }

    /** Per currency, [total debits, total credits] of these funds. */
    private static Map<String, List<BigDecimal>> totalsByCurrency(Collection<String> fundIds) {
        Map<String, List<BigDecimal>> totals = new TreeMap<>();
        jdbc.query("""
                SELECT currency, sum(debit) AS debit, sum(credit) AS credit FROM ledger_entry
                WHERE fund_id = ANY (string_to_array(?, ',')) GROUP BY currency""",
                rs -> {
                    totals.put(rs.getString("currency"), List.of(rs.getBigDecimal("debit"), rs.getBigDecimal("credit")));
                }, String.join(",", fundIds));
        return totals;
    }

    /** Debits minus credits per account of one fund; zeros left out. */
    private static Map<LedgerAccount, BigDecimal> balances(String fundId) {
        Map<LedgerAccount, BigDecimal> balances = new TreeMap<>();
        jdbc.query("""
                SELECT account, sum(debit) - sum(credit) AS balance FROM ledger_entry WHERE fund_id = ?
                GROUP BY account HAVING sum(debit) <> sum(credit)""",
                rs -> {
                    balances.put(LedgerAccount.valueOf(rs.getString("account")), rs.getBigDecimal("balance"));
                }, fundId);
        return balances;
    }

    /** Debits minus credits per account and source ({@code "CASH/SOCIAL"}, {@code "CASH/-"}) of one fund. */
    private static Map<String, BigDecimal> balancesBySource(String fundId) {
        Map<String, BigDecimal> balances = new TreeMap<>();
        jdbc.query("""
                SELECT account || '/' || coalesce(source, '-') AS key, sum(debit) - sum(credit) AS balance
                FROM ledger_entry WHERE fund_id = ? GROUP BY account, source HAVING sum(debit) <> sum(credit)""",
                rs -> {
                    balances.put(rs.getString("key"), rs.getBigDecimal("balance"));
                }, fundId);
        return balances;
    }

    private static int lineCount(Collection<String> fundIds) {
        return jdbc.queryForObject("SELECT count(*) FROM ledger_entry WHERE fund_id = ANY (string_to_array(?, ','))",
                Integer.class, String.join(",", fundIds));
    }

    private static List<Map<String, Object>> rowsOf(FundId fundId) {
        return jdbc.queryForList("SELECT * FROM ledger_entry WHERE fund_id = ? ORDER BY event_id, line", fundId.value());
    }

    // ---- histories and events ----

    /** A commitment called, paid in and invested, a deal abroad, a co-investor, a sub-fund and four reversals. */
    private void recordAHistoryOfEveryKind() {
        launch(fund);
        deliver(commitment(fund, "central", CENTRAL_FISCAL, "10000000.00", LAUNCH));
        deliver(commitment(fund, "extra", SOCIAL, "2000000.00", LAUNCH.plusDays(1)));
        deliver(new CapitalCalled(fund, new CallId("call-1"), cny("6000000.00"), LAUNCH.plusDays(10), null,
                List.of(new CallAllocation(new CommitmentId("central"), CENTRAL_FISCAL, cny("6000000.00")))));
        deliver(contribution(fund, "p1", "central", CENTRAL_FISCAL, "5000000.00", LAUNCH.plusDays(20)));
        deliver(contribution(fund, "p2", "central", CENTRAL_FISCAL, "1000000.00", LAUNCH.plusDays(25)));
        deliver(direct(fund, "deal-1", cny("2000000.00"), null, cny("2000000.00")));
        deliver(direct(fund, "abroad", usd("200000.00"), ExchangeRate.of("6.8890"), cny("1377800.00")));
        deliver(new CoInvestmentRecorded(fund, new InvestmentId("deal-1"), new CoInvestmentId("co-1"), "C&D",
                STATE_OWNED, cny("12000000.00"), null, cny("12000000.00"), LAUNCH.plusDays(50)));
        deliver(new SubFundCommitted(fund, new FundId(fund.value() + "-sub"), "sub-fund", cny("10000000.00"),
                new CommitmentId("parent"), cny("1500000.00"), LOCAL_FISCAL, LAUNCH.plusDays(60)));
        LocalDate corrected = LAUNCH.plusDays(90);
        deliver(new InvestmentReversed(fund, new CorrectionId("fix-abroad"), new InvestmentId("abroad"),
                cny("1377800.00"), "wrong fund", corrected));
        deliver(new ContributionReversed(fund, new CorrectionId("fix-p2"), new ContributionId("p2"),
                new CommitmentId("central"), new CallId("call-1"), CENTRAL_FISCAL, cny("1000000.00"), "returned",
                corrected));
        deliver(new CommitmentReversed(fund, new CorrectionId("fix-extra"), new CommitmentId("extra"), SOCIAL,
                cny("2000000.00"), "entered twice", corrected));
        deliver(new CoInvestmentReversed(fund, new CorrectionId("fix-co-1"), new InvestmentId("deal-1"),
                new CoInvestmentId("co-1"), "C&D", STATE_OWNED, cny("12000000.00"), "withdrew", corrected));
    }

    private void launch(FundId fundId) {
        launch(fundId, CNY);
    }

    /** In the capital views, which are what tell a fund without money from no fund at all. */
    private void launch(FundId fundId, Currency currency) {
        deliver(new FundLaunched(fundId, "Xiamen IP fund", FundType.GUIDANCE, currency, LAUNCH, FundPolicy.none()));
    }

    /** Hands the event to its handler at the next position under an id of its own, as the processor does. */
    private Delivery deliver(Object event) {
        Delivery delivery = new Delivery(event, UUID.randomUUID().toString(),
                new GlobalSequenceTrackingToken(POSITION.incrementAndGet()));
        handle(delivery.event(), delivery.eventId(), delivery.token());
        delivered.add(delivery);
        return delivery;
    }

    private static void handle(Object event, String eventId, TrackingToken token) {
        if (event instanceof FundLaunched launched) {
            LaunchedFunds.launch(capital, launched, token);
        } else if (event instanceof CommitmentRecorded e) {
            projection.on(e, eventId, token);
        } else if (event instanceof CapitalCalled e) {
            projection.on(e, eventId, token);
        } else if (event instanceof ContributionReceived e) {
            projection.on(e, eventId, token);
        } else if (event instanceof InvestmentRecorded e) {
            projection.on(e, eventId, token);
        } else if (event instanceof SubFundCommitted e) {
            projection.on(e, eventId, token);
        } else if (event instanceof CoInvestmentRecorded e) {
            projection.on(e, eventId, token);
        } else if (event instanceof CommitmentReversed e) {
            projection.on(e, eventId, token);
        } else if (event instanceof ContributionReversed e) {
            projection.on(e, eventId, token);
        } else if (event instanceof InvestmentReversed e) {
            projection.on(e, eventId, token);
        } else if (event instanceof CoInvestmentReversed e) {
            projection.on(e, eventId, token);
        } else if (event instanceof ValuationRecorded e) {
            projection.on(e, eventId, token);
        } else if (event instanceof HoldingExited e) {
            projection.on(e, eventId, token);
        } else if (event instanceof CapitalDistributed e) {
            projection.on(e, eventId, token);
        } else if (event instanceof CapitalCallReversed e) {
            projection.on(e, eventId, token);
        } else if (event instanceof ValuationReversed e) {
            projection.on(e, eventId, token);
        } else if (event instanceof ExitReversed e) {
            projection.on(e, eventId, token);
        } else if (event instanceof DistributionReversed e) {
            projection.on(e, eventId, token);
        } else {
            throw new IllegalArgumentException("no handler for " + event);
        }
    }

    private static CommitmentRecorded commitment(FundId fundId, String id, CapitalSource source, String amount,
                                                 LocalDate date) {
        return new CommitmentRecorded(fundId, new CommitmentId(id), "investor " + id, source, cny(amount), date);
    }

    private static ContributionReceived contribution(FundId fundId, String id, String commitment, CapitalSource source,
                                                     String amount, LocalDate date) {
        return new ContributionReceived(fundId, new ContributionId(id), new CommitmentId(commitment),
                new CallId("call-1"), source, cny(amount), date);
    }

    private static DirectInvestmentRecorded direct(FundId fundId, String id, Money amount, ExchangeRate rate,
                                                   Money cost) {
        return new DirectInvestmentRecorded(fundId, new InvestmentId(id), new Company("company " + id, null, null, null),
                amount, rate, cost, LAUNCH.plusDays(40), true);
    }

    /** An exit of deal-1 on 1 July 2019 (costs, proceeds and gain in the fund's CNY). */
    private HoldingExited exit(ExitKind kind, String exitId, String share, Money proceeds, ExchangeRate rate,
                               String fundProceeds, String costReleased, String realisedGain, Money cededPrice) {
        return new HoldingExited(fund, new InvestmentId("deal-1"), new ExitId(exitId), kind, Ratio.of(share), proceeds,
                rate, cny(fundProceeds), cny(costReleased), cny(realisedGain), cededPrice,
                kind == ExitKind.WRITE_OFF ? null : "Xiamen C&D Group", false, share.equals("1"),
                LocalDate.of(2019, 7, 1));
    }

    private CapitalDistributed distribution(String id, String amount, List<DistributionAllocation> allocations) {
        return new CapitalDistributed(fund, new DistributionId(id), cny(amount), LocalDate.of(2019, 9, 1), allocations,
                cny(amount), cny("0.00"));
    }

    private static DistributionAllocation allocation(String commitmentId, CapitalSource source, String capital,
                                                     String gain) {
        return new DistributionAllocation(new CommitmentId(commitmentId), "investor " + commitmentId, source,
                cny(capital).plus(cny(gain)), cny(capital), cny(gain));
    }

    // ---- expected lines ----

    private List<LedgerEntry> ledger(FundId fundId) {
        return queries.handle(new FindLedger(fundId.value(), null, null)).lines();
    }

    private List<LedgerEntry> linesOf(Delivery delivery) {
        return ledger(fund).stream().filter(line -> line.eventId().equals(delivery.eventId())).toList();
    }

    private static LedgerEntry debit(Delivery delivery, int line, LedgerAccount account, CapitalSource source,
                                     String factId, String amount) {
        return entry(delivery, line, account, source, factId, new BigDecimal(amount), new BigDecimal("0.00"));
    }

    private static LedgerEntry credit(Delivery delivery, int line, LedgerAccount account, CapitalSource source,
                                      String factId, String amount) {
        return entry(delivery, line, account, source, factId, new BigDecimal("0.00"), new BigDecimal(amount));
    }

    /** A line of the delivered event, on its business date, in the fund's currency (CNY in these tests). */
    private static LedgerEntry entry(Delivery delivery, int line, LedgerAccount account, CapitalSource source,
                                     String factId, BigDecimal debit, BigDecimal credit) {
        String fundId = fundOf(delivery.event());
        return new LedgerEntry(delivery.eventId(), line, delivery.token().position().orElseThrow(), fundId,
                ((FundEvent) delivery.event()).businessDate(), account, source, factId, debit, credit, CNY);
    }

    /** Every event names its fund in a {@code fundId} component. */
    private static String fundOf(Object event) {
        return Stream.of(event.getClass().getRecordComponents())
                .filter(component -> component.getName().equals("fundId"))
                .map(component -> {
                    try {
                        return component.getAccessor().invoke(event).toString();
                    } catch (ReflectiveOperationException unreadable) {
                        throw new IllegalStateException(unreadable);
                    }
                })
                .findFirst().orElseThrow();
    }

    /** What of a line a reversal mirrors: its line number, account, source and the two sides. */
    private static List<Object> aside(LedgerEntry line) {
        return List.of(line.line(), line.account(), String.valueOf(line.source()), line.debit(), line.credit());
    }

    private static List<Object> asReversed(LedgerEntry line) {
        return List.of(line.line(), line.account(), String.valueOf(line.source()), line.credit(), line.debit());
    }

    private static Tuple pair(Delivery delivery, int line) {
        return Tuple.tuple(delivery.eventId(), line);
    }

    private static BigDecimal sum(List<LedgerEntry> lines, Function<LedgerEntry, BigDecimal> side) {
        return lines.stream().map(side).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private record Delivery(Object event, String eventId, TrackingToken token) {
    }
}
