package org.ipfund.projections.capital;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.flywaydb.core.Flyway;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.figures.CapitalPosition;
import org.ipfund.domain.figures.RaisedCapital;
import org.ipfund.domain.FundId;
import org.ipfund.domain.correction.CorrectionId;
import org.ipfund.domain.fund.CallAllocation;
import org.ipfund.domain.fund.CallId;
import org.ipfund.domain.fund.CapitalCalled;
import org.ipfund.domain.fund.CommitmentId;
import org.ipfund.domain.fund.CommitmentRecorded;
import org.ipfund.domain.fund.CommitmentReversed;
import org.ipfund.domain.fund.ContributionId;
import org.ipfund.domain.fund.ContributionReceived;
import org.ipfund.domain.fund.ContributionReversed;
import org.ipfund.domain.fund.FundLaunched;
import org.ipfund.domain.fund.FundType;
import org.ipfund.domain.fund.SubFundCommitted;
import org.ipfund.domain.fund.SubFundLaunched;
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
import org.ipfund.domain.policy.AmendmentId;
import org.ipfund.domain.policy.PolicyAmended;
import org.ipfund.domain.policy.PolicyTerms;
import org.ipfund.projections.ReversalView;
import org.ipfund.projections.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The capital views against a real PostgreSQL, fed the events directly. */
class CapitalPositionProjectionTest {

    private static final LocalDate LAUNCH = LocalDate.of(2017, 3, 1);
    private static final AtomicLong POSITION = new AtomicLong();
    private static CapitalPositionProjection projection;
    private static CapitalQueries queries;

    private final FundId fund = new FundId("fund-" + UUID.randomUUID());
    private final List<Delivery> delivered = new ArrayList<>();

    @BeforeAll
    static void migrate() {
        DataSource dataSource = TestDatabase.get().newDataSource();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/event-store", "classpath:db/migration/projections").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        projection = new CapitalPositionProjection(jdbc);
        queries = new CapitalQueries(jdbc, new FundPolicies(jdbc));
    }

    @Test
    void sumsCapitalBySourceAsOfEachDate() {
        launch(FundPolicy.none());
        commit("local", CapitalSource.LOCAL_FISCAL, "10000000.00", LocalDate.of(2017, 3, 2));
        commit("state", CapitalSource.STATE_OWNED, "5000000.00", LocalDate.of(2017, 5, 2));
        call("k1", LocalDate.of(2017, 4, 1), allocation("local", CapitalSource.LOCAL_FISCAL, "4000000.00"));
        contribute("p1", "local", "k1", CapitalSource.LOCAL_FISCAL, "3000000.00", LocalDate.of(2017, 4, 10));

        FundView early = queries.handle(new FindFund(fund.value(), LocalDate.of(2017, 4, 9)));
        assertThat(early.capital().committed()).isEqualTo(cny("10000000.00"));
        assertThat(early.capital().called()).isEqualTo(cny("4000000.00"));
        assertThat(early.capital().paidIn()).isEqualTo(cny("0.00"));

        FundView later = queries.handle(new FindFund(fund.value(), LocalDate.of(2017, 6, 1)));
        assertThat(later.capital().committed()).isEqualTo(cny("15000000.00"));
        assertThat(later.capital().paidIn()).isEqualTo(cny("3000000.00"));
        assertThat(later.capital().uncalled()).isEqualTo(cny("11000000.00"));
        assertThat(later.capital().unfunded()).isEqualTo(cny("12000000.00"));
        assertThat(later.capital().available()).isEqualTo(cny("3000000.00"));
        assertThat(later.bySource().get(CapitalSource.STATE_OWNED).committed()).isEqualTo(cny("5000000.00"));
        assertThat(later.bySource().get(CapitalSource.LOCAL_FISCAL).paidIn()).isEqualTo(cny("3000000.00"));
        assertThat(later.bySource().get(CapitalSource.SOCIAL).committed()).isEqualTo(cny("0.00"));
    }

    @Test
    void storesAndShowsADateAsTheDateItIsWhateverItsCalendar() {
        // the domain refuses business dates before 1900; a view still never shifts one (as java.sql.Date did across
        // the Julian/Gregorian cut-over: 1582-10-10 came back as 1582-10-20)
        LocalDate beforeTheCutOver = LocalDate.of(1582, 10, 10);
        FundLaunched launched = new FundLaunched(fund, "Xiamen IP fund", FundType.GUIDANCE,
                Currency.getInstance("CNY"), beforeTheCutOver, FundPolicy.none());
        deliver(token -> projection.on(launched, UUID.randomUUID().toString(), token));
        commit("old", CapitalSource.LOCAL_FISCAL, "1000.00", beforeTheCutOver);

        FundView view = queries.handle(new FindFund(fund.value(), beforeTheCutOver));
        assertThat(view.launchDate()).isEqualTo(beforeTheCutOver);
        assertThat(view.capital().committed()).isEqualTo(cny("1000.00"));
        assertThat(queries.handle(new FindCommitments(fund.value(), beforeTheCutOver)).commitments().get(0).date())
                .isEqualTo(beforeTheCutOver);
    }

    @Test
    void aRedeliveredEventNeverCountsTwice() {
        launch(FundPolicy.none());
        CommitmentRecorded commitment = new CommitmentRecorded(fund, new CommitmentId("c1"), "Bureau",
                CapitalSource.CENTRAL_FISCAL, cny("2000000.00"), LAUNCH);
        TrackingToken token = next();
        projection.on(commitment, "event-" + fund.value(), token);
        projection.on(commitment, "event-" + fund.value(), token);
        launch(FundPolicy.none());

        FundView view = queries.handle(new FindFund(fund.value(), LAUNCH));
        assertThat(view.capital().committed()).isEqualTo(cny("2000000.00"));
        assertThat(queries.handle(new FindCommitments(fund.value(), LAUNCH)).commitments()).hasSize(1);
    }

    @Test
    void uncalledCommitmentsCountAsAvailableOnlyFromThePolicysDate() {
        LocalDate allowedFrom = LocalDate.of(2018, 1, 1);
        launch(new FundPolicy(List.of(
                new PolicyTerms(LAUNCH, null, null, null, null, null, false),
                new PolicyTerms(allowedFrom, null, null, null, null, null, true))));
        commit("c1", CapitalSource.SOCIAL, "1000000.00", LAUNCH);

        assertThat(queries.handle(new FindFund(fund.value(), allowedFrom.minusDays(1))).capital().available())
                .isEqualTo(cny("0.00"));
        assertThat(queries.handle(new FindFund(fund.value(), allowedFrom)).capital().available())
                .isEqualTo(cny("1000000.00"));
    }

    @Test
    void showsEachCommitmentAndCallWithWhatIsStillOutstanding() {
        launch(FundPolicy.none());
        commit("a", CapitalSource.LOCAL_FISCAL, "600.00", LAUNCH);
        commit("b", CapitalSource.SOCIAL, "400.00", LAUNCH);
        call("k1", LAUNCH, allocation("a", CapitalSource.LOCAL_FISCAL, "300.00"),
                allocation("b", CapitalSource.SOCIAL, "200.00"));
        contribute("p1", "b", "k1", CapitalSource.SOCIAL, "150.00", LAUNCH.plusDays(3));

        CommitmentView b = queries.handle(new FindCommitments(fund.value(), LAUNCH.plusDays(3))).commitments().get(1);
        assertThat(b.commitmentId()).isEqualTo("b");
        assertThat(b.called()).isEqualTo(cny("200.00"));
        assertThat(b.paidIn()).isEqualTo(cny("150.00"));
        assertThat(b.unfunded()).isEqualTo(cny("250.00"));

        CapitalCallView call = queries.handle(new FindCapitalCalls(fund.value(), LAUNCH.plusDays(3))).calls().get(0);
        assertThat(call.paidIn()).isEqualTo(cny("150.00"));
        assertThat(call.outstanding()).isEqualTo(cny("350.00"));
        assertThat(call.allocations()).extracting(CapitalCallView.Allocation::outstanding)
                .containsExactly(cny("300.00"), cny("50.00"));

        CapitalCallView beforePayment = queries.handle(new FindCapitalCalls(fund.value(), LAUNCH)).calls().get(0);
        assertThat(beforePayment.paidIn()).isEqualTo(cny("0.00"));
        assertThat(queries.handle(new FindContribution(fund.value(), "p1")).amount()).isEqualTo(cny("150.00"));
    }

    @Test
    void answersNothingForAnUnknownFund() {
        assertThat(queries.handle(new FindFund("no-such-fund", LAUNCH))).isNull();
        assertThat(queries.handle(new FindCommitments("no-such-fund", LAUNCH))).isNull();
        assertThat(queries.handle(new FindCapitalCalls("no-such-fund", LAUNCH))).isNull();
        assertThat(queries.handle(new FindContribution(fund.value(), "none"))).isNull();
    }

    @Test
    void investmentsAndSubFundCommitmentsAreNoLongerAvailable() {
        launch(FundPolicy.none());
        paidIn("6000000.00");
        invest("direct", "2000000.00", LocalDate.of(2017, 4, 1));
        investAbroad("abroad", usd("200000.00"), "6.8890", cny("1377800.00"), LocalDate.of(2017, 5, 1));
        launchSubFund(new FundId("sub-" + UUID.randomUUID()), "10000000.00", "1500000.00", LocalDate.of(2017, 6, 1),
                FundPolicy.none());

        CapitalPosition beforeAnyDeal = position(fund, LocalDate.of(2017, 3, 31));
        assertThat(beforeAnyDeal.invested()).isEqualTo(cny("0.00"));
        assertThat(beforeAnyDeal.committedToSubFunds()).isEqualTo(cny("0.00"));
        assertThat(beforeAnyDeal.available()).isEqualTo(cny("6000000.00"));

        CapitalPosition afterTheDirectDeal = position(fund, LocalDate.of(2017, 4, 1));
        assertThat(afterTheDirectDeal.invested()).isEqualTo(cny("2000000.00"));
        assertThat(afterTheDirectDeal.available()).isEqualTo(cny("4000000.00"));

        CapitalPosition afterTheDealAbroad = position(fund, LocalDate.of(2017, 5, 31));
        assertThat(afterTheDealAbroad.invested()).isEqualTo(cny("3377800.00"));
        assertThat(afterTheDealAbroad.committedToSubFunds()).isEqualTo(cny("0.00"));
        assertThat(afterTheDealAbroad.available()).isEqualTo(cny("2622200.00"));

        FundView afterTheSubFund = queries.handle(new FindFund(fund.value(), LocalDate.of(2017, 6, 1)));
        CapitalPosition capital = afterTheSubFund.capital();
        assertThat(capital.invested()).isEqualTo(cny("3377800.00"));
        assertThat(capital.committedToSubFunds()).isEqualTo(cny("1500000.00"));
        assertThat(capital.available()).isEqualTo(cny("1122200.00"))
                .isEqualTo(capital.paidIn().minus(capital.invested()).minus(capital.committedToSubFunds()));
        assertThat(capital.paidIn()).isEqualTo(cny("6000000.00"));
        assertThat(capital.committed()).isEqualTo(cny("10000000.00"));
        assertThat(capital.unfunded()).isEqualTo(cny("4000000.00"));
        assertThat(afterTheSubFund.bySource().get(CapitalSource.LOCAL_FISCAL))
                .isEqualTo(new RaisedCapital(cny("10000000.00"), cny("6000000.00"), cny("6000000.00"),
                        cny("4000000.00"), cny("4000000.00")));
        assertThat(afterTheSubFund.parent()).isNull();
    }

    @Test
    void aReversedInvestmentIsAvailableAgainFromTheCorrectionsDate() {
        LocalDate corrected = LocalDate.of(2017, 7, 1);
        launch(FundPolicy.none());
        paidIn("6000000.00");
        invest("direct", "2000000.00", LocalDate.of(2017, 4, 1));
        investAbroad("abroad", usd("200000.00"), "6.8890", cny("1377800.00"), LocalDate.of(2017, 5, 1));
        reverseInvestment("fix-abroad", "abroad", cny("1377800.00"), corrected);

        CapitalPosition before = position(fund, corrected.minusDays(1));
        assertThat(before.invested()).isEqualTo(cny("3377800.00"));
        assertThat(before.available()).isEqualTo(cny("2622200.00"));

        CapitalPosition after = position(fund, corrected);
        assertThat(after.invested()).isEqualTo(cny("2000000.00"));
        assertThat(after.available()).isEqualTo(cny("4000000.00"));
        assertThat(after.paidIn()).isEqualTo(cny("6000000.00"));
    }

    @Test
    void aReversedCommitmentNoLongerCountsFromItsDateButStaysListed() {
        LocalDate recorded = LAUNCH.plusDays(1);
        LocalDate corrected = LocalDate.of(2017, 5, 1);
        ReversalView reversal = new ReversalView("fix-a", corrected, "entered in the wrong fund");
        launch(new FundPolicy(List.of(new PolicyTerms(LAUNCH, null, null, null, null, null, true))));
        commit("a", CapitalSource.SOCIAL, "1000000.00", recorded);
        commit("b", CapitalSource.STATE_OWNED, "4000000.00", recorded);
        reverseCommitment(fund, "fix-a", "a", CapitalSource.SOCIAL, "1000000.00", reversal.reason(), corrected);

        FundView before = queries.handle(new FindFund(fund.value(), corrected.minusDays(1)));
        assertThat(before.capital().committed()).isEqualTo(cny("5000000.00"));
        assertThat(before.capital().unfunded()).isEqualTo(cny("5000000.00"));
        assertThat(before.capital().available()).isEqualTo(cny("5000000.00"));
        assertThat(before.bySource().get(CapitalSource.SOCIAL).committed()).isEqualTo(cny("1000000.00"));
        assertThat(queries.handle(new FindCommitments(fund.value(), corrected.minusDays(1))).commitments().get(0))
                .isEqualTo(new CommitmentView("a", "investor a", CapitalSource.SOCIAL, cny("1000000.00"),
                        cny("1000000.00"), recorded, cny("0.00"), cny("0.00"), cny("1000000.00"),
                        cny("1000000.00"), null));

        FundView after = queries.handle(new FindFund(fund.value(), corrected));
        assertThat(after.capital().committed()).isEqualTo(cny("4000000.00"));
        assertThat(after.capital().uncalled()).isEqualTo(cny("4000000.00"));
        assertThat(after.capital().unfunded()).isEqualTo(cny("4000000.00"));
        assertThat(after.capital().available()).isEqualTo(cny("4000000.00"));
        assertThat(after.bySource().get(CapitalSource.SOCIAL).committed()).isEqualTo(cny("0.00"));
        assertThat(after.bySource().get(CapitalSource.STATE_OWNED).committed()).isEqualTo(cny("4000000.00"));
        assertThat(queries.handle(new FindCommitments(fund.value(), corrected)).commitments()).containsExactly(
                new CommitmentView("a", "investor a", CapitalSource.SOCIAL, cny("1000000.00"), cny("0.00"),
                        recorded, cny("0.00"), cny("0.00"), cny("0.00"), cny("0.00"), reversal),
                new CommitmentView("b", "investor b", CapitalSource.STATE_OWNED, cny("4000000.00"),
                        cny("4000000.00"), recorded, cny("0.00"), cny("0.00"), cny("4000000.00"),
                        cny("4000000.00"), null));
    }

    @Test
    void aReversedContributionIsAwaitedAgainFromItsDate() {
        LocalDate corrected = LocalDate.of(2017, 5, 1);
        launch(FundPolicy.none());
        commit("local", CapitalSource.LOCAL_FISCAL, "1000000.00", LAUNCH);
        call("k1", LAUNCH.plusDays(5), allocation("local", CapitalSource.LOCAL_FISCAL, "600000.00"));
        contribute("p1", "local", "k1", CapitalSource.LOCAL_FISCAL, "400000.00", LAUNCH.plusDays(10));
        reverseContribution("fix-p1", "p1", "local", "k1", CapitalSource.LOCAL_FISCAL, "400000.00", corrected);

        FundView before = queries.handle(new FindFund(fund.value(), corrected.minusDays(1)));
        assertThat(before.capital().paidIn()).isEqualTo(cny("400000.00"));
        assertThat(before.capital().unfunded()).isEqualTo(cny("600000.00"));
        assertThat(before.capital().available()).isEqualTo(cny("400000.00"));
        assertThat(before.bySource().get(CapitalSource.LOCAL_FISCAL).paidIn()).isEqualTo(cny("400000.00"));
        assertThat(queries.handle(new FindCommitments(fund.value(), corrected.minusDays(1))).commitments().get(0)
                .paidIn()).isEqualTo(cny("400000.00"));
        CapitalCallView callBefore = queries.handle(new FindCapitalCalls(fund.value(), corrected.minusDays(1)))
                .calls().get(0);
        assertThat(callBefore.paidIn()).isEqualTo(cny("400000.00"));
        assertThat(callBefore.outstanding()).isEqualTo(cny("200000.00"));

        FundView after = queries.handle(new FindFund(fund.value(), corrected));
        assertThat(after.capital().called()).isEqualTo(cny("600000.00"));
        assertThat(after.capital().paidIn()).isEqualTo(cny("0.00"));
        assertThat(after.capital().unfunded()).isEqualTo(cny("1000000.00"));
        assertThat(after.capital().available()).isEqualTo(cny("0.00"));
        assertThat(after.bySource().get(CapitalSource.LOCAL_FISCAL).paidIn()).isEqualTo(cny("0.00"));
        CommitmentView commitment = queries.handle(new FindCommitments(fund.value(), corrected)).commitments().get(0);
        assertThat(commitment.called()).isEqualTo(cny("600000.00"));
        assertThat(commitment.paidIn()).isEqualTo(cny("0.00"));
        assertThat(commitment.unfunded()).isEqualTo(cny("1000000.00"));
        CapitalCallView callAfter = queries.handle(new FindCapitalCalls(fund.value(), corrected)).calls().get(0);
        assertThat(callAfter.paidIn()).isEqualTo(cny("0.00"));
        assertThat(callAfter.outstanding()).isEqualTo(cny("600000.00"));
        assertThat(callAfter.allocations()).extracting(CapitalCallView.Allocation::outstanding)
                .containsExactly(cny("600000.00"));
    }

    @Test
    void aCorrectionIsNotAContribution() {
        launch(FundPolicy.none());
        commit("local", CapitalSource.LOCAL_FISCAL, "1000000.00", LAUNCH);
        call("k1", LAUNCH.plusDays(5), allocation("local", CapitalSource.LOCAL_FISCAL, "600000.00"));
        contribute("p1", "local", "k1", CapitalSource.LOCAL_FISCAL, "400000.00", LAUNCH.plusDays(10));
        reverseContribution("fix-p1", "p1", "local", "k1", CapitalSource.LOCAL_FISCAL, "400000.00",
                LocalDate.of(2017, 5, 1));

        assertThat(queries.handle(new FindContribution(fund.value(), "p1")).amount()).isEqualTo(cny("400000.00"));
        assertThat(queries.handle(new FindContribution(fund.value(), "fix-p1"))).isNull();
    }

    @Test
    void aSubFundShowsItsParentsShareAgainstTheCapThatParentHasInForce() {
        LocalDate launched = LocalDate.of(2017, 6, 1);
        LocalDate othersCommitted = LocalDate.of(2017, 7, 1);
        LocalDate capLowered = LocalDate.of(2017, 9, 1);
        FundId subFund = new FundId("sub-" + UUID.randomUUID());
        launch(new FundPolicy(List.of(new PolicyTerms(LAUNCH, Ratio.of("0.30"), null, null, null, null, null))));
        launchSubFund(subFund, "10000000.00", "3000000.00", launched,
                new FundPolicy(List.of(new PolicyTerms(launched, Ratio.of("0.50"), null, null, null, null, null))));
        commit(subFund, "social", CapitalSource.SOCIAL, "7000000.00", othersCommitted);
        amend(fund, 9, new PolicyTerms(capLowered, Ratio.of("0.25"), null, null, null, null, null));

        FundView alone = queries.handle(new FindFund(subFund.value(), launched));
        assertThat(alone.type()).isEqualTo(FundType.SUB);
        assertThat(alone.capital().committed()).isEqualTo(cny("3000000.00"));
        assertThat(alone.parent()).isEqualTo(parent("3000000.00", "1.0000", "0.30", true));

        FundView withOthers = queries.handle(new FindFund(subFund.value(), othersCommitted));
        assertThat(withOthers.capital().committed()).isEqualTo(cny("10000000.00"));
        assertThat(withOthers.parent()).isEqualTo(parent("3000000.00", "0.3000", "0.30", false));
        assertThat(queries.handle(new FindFund(subFund.value(), capLowered.minusDays(1))).parent())
                .isEqualTo(parent("3000000.00", "0.3000", "0.30", false));

        assertThat(queries.handle(new FindFund(subFund.value(), capLowered)).parent())
                .isEqualTo(parent("3000000.00", "0.3000", "0.25", true));

        assertThat(queries.handle(new FindFund(fund.value(), launched.minusDays(1))).capital().committedToSubFunds())
                .isEqualTo(cny("0.00"));
        FundView parentFund = queries.handle(new FindFund(fund.value(), launched));
        assertThat(parentFund.capital().committedToSubFunds()).isEqualTo(cny("3000000.00"));
        assertThat(parentFund.parent()).isNull();
    }

    @Test
    void aSubFundWhoseOtherCommitmentsAreReversedBreachesTheCap() {
        LocalDate launched = LocalDate.of(2017, 6, 1);
        LocalDate corrected = LocalDate.of(2017, 8, 1);
        FundId subFund = new FundId("sub-" + UUID.randomUUID());
        launch(new FundPolicy(List.of(new PolicyTerms(LAUNCH, Ratio.of("0.30"), null, null, null, null, null))));
        launchSubFund(subFund, "10000000.00", "3000000.00", launched, FundPolicy.none());
        commit(subFund, "social", CapitalSource.SOCIAL, "7000000.00", launched);
        reverseCommitment(subFund, "fix-social", "social", CapitalSource.SOCIAL, "7000000.00", "never signed",
                corrected);

        assertThat(queries.handle(new FindFund(subFund.value(), corrected.minusDays(1))).parent())
                .isEqualTo(parent("3000000.00", "0.3000", "0.30", false));
        FundView shortOfCommitments = queries.handle(new FindFund(subFund.value(), corrected));
        assertThat(shortOfCommitments.capital().committed()).isEqualTo(cny("3000000.00"));
        assertThat(shortOfCommitments.parent()).isEqualTo(parent("3000000.00", "1.0000", "0.30", true));
    }

    @Test
    void aParentShareOneFenAboveTheCapIsABreach() {
        LocalDate launched = LocalDate.of(2017, 6, 1);
        FundId subFund = new FundId("sub-" + UUID.randomUUID());
        launch(new FundPolicy(List.of(new PolicyTerms(LAUNCH, Ratio.of("0.30"), null, null, null, null, null))));
        launchSubFund(subFund, "10000000.00", "3000000.00", launched, FundPolicy.none());
        commit(subFund, "social", CapitalSource.SOCIAL, "6999999.99", launched);

        FundView.Parent parent = queries.handle(new FindFund(subFund.value(), launched)).parent();
        assertThat(parent.share()).isEqualTo(Ratio.of("0.3000"));
        assertThat(parent.shareCapBreached()).isTrue();
    }

    @Test
    void aSubFundWhoseCommitmentsEndShortOfItsTargetBreachesTheGovernmentShareCap() {
        LocalDate launched = LocalDate.of(2017, 6, 1);
        LocalDate othersCommitted = LocalDate.of(2017, 7, 1);
        FundId subFund = new FundId("sub-" + UUID.randomUUID());
        launch(new FundPolicy(List.of(new PolicyTerms(LAUNCH, Ratio.of("0.30"), null, null, null, null, null))));
        launchSubFund(subFund, "10000000.00", "3000000.00", launched, new FundPolicy(List.of(
                new PolicyTerms(launched, null, null, null, null, null, null, Ratio.of("0.50")))));
        commit(subFund, "central", CapitalSource.CENTRAL_FISCAL, "2000000.00", launched);
        commit(subFund, "soe", CapitalSource.STATE_OWNED, "4000000.00", othersCommitted);

        FundView shortOfTarget = queries.handle(new FindFund(subFund.value(), othersCommitted));
        assertThat(shortOfTarget.policy().governmentShareCap()).isEqualTo(Ratio.of("0.50"));
        assertThat(shortOfTarget.parent().governmentCommitment()).isEqualTo(cny("5000000.00"));
        assertThat(shortOfTarget.parent().governmentShare()).isEqualTo(Ratio.of("0.5556"));
        assertThat(shortOfTarget.parent().governmentShareCap()).isEqualTo(Ratio.of("0.50"));
        assertThat(shortOfTarget.parent().governmentShareCapBreached()).isTrue();

        commit(subFund, "social", CapitalSource.SOCIAL, "999999.99", othersCommitted);
        assertThat(queries.handle(new FindFund(subFund.value(), othersCommitted)).parent()
                .governmentShareCapBreached()).as("one fen short of the target").isTrue();
        commit(subFund, "social-2", CapitalSource.SOCIAL, "0.01", othersCommitted);
        FundView atTheCap = queries.handle(new FindFund(subFund.value(), othersCommitted));
        assertThat(atTheCap.parent().governmentShare()).isEqualTo(Ratio.of("0.5000"));
        assertThat(atTheCap.parent().governmentShareCapBreached()).isFalse();
    }

    @Test
    void aPolicyAmendmentCountsUncalledCommitmentsOnlyFromItsEffectiveDate() {
        LocalDate allowed = LocalDate.of(2018, 1, 1);
        LocalDate capChanged = LocalDate.of(2018, 6, 1);
        LocalDate forbidden = LocalDate.of(2019, 1, 1);
        launch(FundPolicy.none());
        commit("c1", CapitalSource.SOCIAL, "1000000.00", LAUNCH);
        amend(fund, 2, new PolicyTerms(allowed, null, null, null, null, null, true));
        amend(fund, 3, new PolicyTerms(capChanged, Ratio.of("0.25"), null, null, null, null, null));
        amend(fund, 4, new PolicyTerms(forbidden, null, null, null, null, null, false));

        assertThat(position(fund, allowed.minusDays(1)).available()).isEqualTo(cny("0.00"));
        assertThat(position(fund, allowed).available()).isEqualTo(cny("1000000.00"));
        assertThat(position(fund, capChanged).available()).isEqualTo(cny("1000000.00"));
        assertThat(position(fund, forbidden.minusDays(1)).available()).isEqualTo(cny("1000000.00"));
        assertThat(position(fund, forbidden).available()).isEqualTo(cny("0.00"));
    }

    @Test
    void ofTwoAmendmentsFromTheSameDateTheLaterOneHolds() {
        LocalDate from = LocalDate.of(2018, 1, 1);
        launch(FundPolicy.none());
        commit("c1", CapitalSource.SOCIAL, "1000000.00", LAUNCH);
        amend(fund, 2, new PolicyTerms(from, null, null, null, null, null, true));
        amend(fund, 3, new PolicyTerms(from, null, null, null, null, null, false));

        assertThat(position(fund, from).available()).isEqualTo(cny("0.00"));
    }

    @Test
    void replayingEveryEventTwiceChangesNothing() {
        FundId subFund = new FundId("sub-" + UUID.randomUUID());
        launch(new FundPolicy(List.of(new PolicyTerms(LAUNCH, Ratio.of("0.30"), null, null, null, null, false))));
        commit("local", CapitalSource.LOCAL_FISCAL, "10000000.00", LAUNCH);
        commit("extra", CapitalSource.SOCIAL, "2000000.00", LAUNCH.plusDays(1));
        call("k1", LAUNCH.plusDays(10), allocation("local", CapitalSource.LOCAL_FISCAL, "6000000.00"));
        contribute("p1", "local", "k1", CapitalSource.LOCAL_FISCAL, "5000000.00", LAUNCH.plusDays(20));
        contribute("p2", "local", "k1", CapitalSource.LOCAL_FISCAL, "1000000.00", LAUNCH.plusDays(25));
        invest("direct", "2000000.00", LocalDate.of(2017, 4, 1));
        investAbroad("abroad", usd("200000.00"), "6.8890", cny("1377800.00"), LocalDate.of(2017, 5, 1));
        launchSubFund(subFund, "10000000.00", "1500000.00", LocalDate.of(2017, 6, 1), FundPolicy.none());
        commit(subFund, "social", CapitalSource.SOCIAL, "4000000.00", LocalDate.of(2017, 6, 15));
        amend(fund, 12, new PolicyTerms(LocalDate.of(2017, 7, 1), Ratio.of("0.25"), null, null, null, null, true));
        reverseInvestment("fix-abroad", "abroad", cny("1377800.00"), LocalDate.of(2017, 8, 1));
        reverseContribution("fix-p2", "p2", "local", "k1", CapitalSource.LOCAL_FISCAL, "1000000.00",
                LocalDate.of(2017, 8, 15));
        reverseCommitment(fund, "fix-extra", "extra", CapitalSource.SOCIAL, "2000000.00", "entered twice",
                LocalDate.of(2017, 9, 1));
        reverseCommitment(subFund, "fix-social", "social", CapitalSource.SOCIAL, "4000000.00", "never signed",
                LocalDate.of(2017, 9, 15));
        List<LocalDate> dates = List.of(LAUNCH, LAUNCH.plusDays(1), LAUNCH.plusDays(10), LAUNCH.plusDays(20),
                LAUNCH.plusDays(25), LocalDate.of(2017, 4, 1), LocalDate.of(2017, 5, 1), LocalDate.of(2017, 6, 1),
                LocalDate.of(2017, 6, 15), LocalDate.of(2017, 7, 1), LocalDate.of(2017, 8, 1),
                LocalDate.of(2017, 8, 15), LocalDate.of(2017, 9, 1), LocalDate.of(2017, 9, 15));
        List<Object> live = views(dates, subFund);
        assertThat(queries.handle(new FindFund(fund.value(), LocalDate.of(2017, 9, 15))).capital())
                .isEqualTo(new CapitalPosition(cny("10000000.00"), cny("6000000.00"), cny("5000000.00"),
                        cny("2000000.00"), cny("1500000.00"), cny("4000000.00"), cny("5000000.00"),
                        // from 1 July the policy counts the unfunded 5m, called-but-unpaid 1m included
                        cny("6500000.00")));

        replayEverything();
        replayEverything();

        assertThat(views(dates, subFund)).isEqualTo(live);
    }

    private List<Object> views(List<LocalDate> dates, FundId subFund) {
        List<Object> views = new ArrayList<>();
        for (LocalDate date : dates) {
            for (LocalDate asOf : List.of(date.minusDays(1), date)) {
                views.add(queries.handle(new FindFund(fund.value(), asOf)));
                views.add(queries.handle(new FindFund(subFund.value(), asOf)));
                views.add(queries.handle(new FindCommitments(fund.value(), asOf)));
                views.add(queries.handle(new FindCommitments(subFund.value(), asOf)));
                views.add(queries.handle(new FindCapitalCalls(fund.value(), asOf)));
            }
        }
        views.add(queries.handle(new FindContribution(fund.value(), "p1")));
        views.add(queries.handle(new FindContribution(fund.value(), "p2")));
        return views;
    }

    private FundView.Parent parent(String commitment, String share, String cap, boolean breached) {
        // the parent's local fiscal commitment is the sub-fund's only government money, under no government cap
        return new FundView.Parent(fund.value(), cny("10000000.00"), "parent", cny(commitment), Ratio.of(share),
                Ratio.of(cap), breached, cny(commitment), Ratio.of(share), null, false);
    }

    private CapitalPosition position(FundId fundId, LocalDate asOf) {
        return queries.handle(new FindFund(fundId.value(), asOf)).capital();
    }

    /** Ten million committed, six million called, and {@code amount} of it paid in by 20 March 2017. */
    private void paidIn(String amount) {
        commit("local", CapitalSource.LOCAL_FISCAL, "10000000.00", LAUNCH);
        call("k1", LAUNCH.plusDays(10), allocation("local", CapitalSource.LOCAL_FISCAL, "6000000.00"));
        contribute("p1", "local", "k1", CapitalSource.LOCAL_FISCAL, amount, LAUNCH.plusDays(19));
    }

    private void launch(FundPolicy policy) {
        FundLaunched launched = new FundLaunched(fund, "Xiamen IP fund", FundType.GUIDANCE,
                Currency.getInstance("CNY"), LAUNCH, policy);
        deliver(token -> projection.on(launched, UUID.randomUUID().toString(), token));
    }

    /** The parent's side, then the sub-fund's launch and the parent's commitment in it, in the aggregate's order. */
    private void launchSubFund(FundId subFund, String targetSize, String parentCommitment, LocalDate date,
                               FundPolicy policy) {
        CommitmentId commitment = new CommitmentId("parent");
        handle(new SubFundCommitted(fund, subFund, "Xiamen IP sub-fund", cny(targetSize), commitment,
                cny(parentCommitment), CapitalSource.LOCAL_FISCAL, date));
        SubFundLaunched launched = new SubFundLaunched(subFund, "Xiamen IP sub-fund", Currency.getInstance("CNY"),
                date, policy, fund, cny(targetSize), commitment);
        deliver(token -> projection.on(launched, UUID.randomUUID().toString(), token));
        handle(new CommitmentRecorded(subFund, commitment, fund.value(), CapitalSource.LOCAL_FISCAL,
                cny(parentCommitment), date));
    }

    private void amend(FundId fundId, long sequence, PolicyTerms terms) {
        PolicyAmended amended = new PolicyAmended(fundId, new AmendmentId("amendment-" + sequence), terms);
        deliver(token -> projection.on(amended, sequence));
    }

    private void commit(String id, CapitalSource source, String amount, LocalDate date) {
        commit(fund, id, source, amount, date);
    }

    private void commit(FundId fundId, String id, CapitalSource source, String amount, LocalDate date) {
        handle(new CommitmentRecorded(fundId, new CommitmentId(id), "investor " + id, source, cny(amount), date));
    }

    private void call(String id, LocalDate date, CallAllocation... allocations) {
        Money total = List.of(allocations).stream().map(CallAllocation::amount).reduce(cny("0"), Money::plus);
        CapitalCalled called = new CapitalCalled(fund, new CallId(id), total, date, null, List.of(allocations));
        String eventId = UUID.randomUUID().toString();
        deliver(token -> projection.on(called, eventId, token));
    }

    private void contribute(String id, String commitment, String call, CapitalSource source, String amount,
                            LocalDate date) {
        ContributionReceived received = new ContributionReceived(fund, new ContributionId(id),
                new CommitmentId(commitment), new CallId(call), source, cny(amount), date);
        String eventId = UUID.randomUUID().toString();
        deliver(token -> projection.on(received, eventId, token));
    }

    private void invest(String id, String amount, LocalDate date) {
        handle(new DirectInvestmentRecorded(fund, new InvestmentId(id), new Company("company " + id, null, null, null),
                cny(amount), null, cny(amount), date, true));
    }

    private void investAbroad(String id, Money amount, String rate, Money cost, LocalDate date) {
        handle(new FollowOnInvestmentRecorded(fund, new InvestmentId(id), new Company("company " + id, null, "KZ",
                null), amount, ExchangeRate.of(rate), cost, date, new Lead("a lead", amount, date), false));
    }

    private void reverseInvestment(String correction, String investment, Money cost, LocalDate date) {
        InvestmentReversed reversed = new InvestmentReversed(fund, new CorrectionId(correction),
                new InvestmentId(investment), cost, "recorded by mistake", date);
        String eventId = UUID.randomUUID().toString();
        deliver(token -> projection.on(reversed, eventId, token));
    }

    private void reverseCommitment(FundId fundId, String correction, String commitment, CapitalSource source,
                                   String amount, String reason, LocalDate date) {
        CommitmentReversed reversed = new CommitmentReversed(fundId, new CorrectionId(correction),
                new CommitmentId(commitment), source, cny(amount), reason, date);
        String eventId = UUID.randomUUID().toString();
        deliver(token -> projection.on(reversed, eventId, token));
    }

    private void reverseContribution(String correction, String contribution, String commitment, String call,
                                     CapitalSource source, String amount, LocalDate date) {
        ContributionReversed reversed = new ContributionReversed(fund, new CorrectionId(correction),
                new ContributionId(contribution), new CommitmentId(commitment), new CallId(call), source,
                cny(amount), "the bank returned it", date);
        String eventId = UUID.randomUUID().toString();
        deliver(token -> projection.on(reversed, eventId, token));
    }

    private void handle(CommitmentRecorded event) {
        String eventId = UUID.randomUUID().toString();
        deliver(token -> projection.on(event, eventId, token));
    }

    private void handle(InvestmentRecorded event) {
        String eventId = UUID.randomUUID().toString();
        deliver(token -> projection.on(event, eventId, token));
    }

    private void handle(SubFundCommitted event) {
        String eventId = UUID.randomUUID().toString();
        deliver(token -> projection.on(event, eventId, token));
    }

    /** Hands the event to its handler at the next position, and remembers it with its id for a replay. */
    private void deliver(Consumer<TrackingToken> handler) {
        TrackingToken token = next();
        handler.accept(token);
        delivered.add(new Delivery(token, handler));
    }

    /** Every event again, with its own id and position, as a processor reset to the start delivers it. */
    private void replayEverything() {
        TrackingToken tokenAtReset = new GlobalSequenceTrackingToken(POSITION.get());
        for (Delivery delivery : delivered) {
            delivery.handler().accept(new ReplayToken(tokenAtReset, delivery.token()));
        }
    }

    private static CallAllocation allocation(String commitment, CapitalSource source, String amount) {
        return new CallAllocation(new CommitmentId(commitment), source, cny(amount));
    }

    private static TrackingToken next() {
        return new GlobalSequenceTrackingToken(POSITION.incrementAndGet());
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private record Delivery(TrackingToken token, Consumer<TrackingToken> handler) {
    }
}
