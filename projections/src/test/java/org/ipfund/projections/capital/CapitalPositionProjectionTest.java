package org.ipfund.projections.capital;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.flywaydb.core.Flyway;
import org.ipfund.domain.fund.CallAllocation;
import org.ipfund.domain.fund.CallId;
import org.ipfund.domain.fund.CapitalCalled;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.fund.CommitmentId;
import org.ipfund.domain.fund.CommitmentRecorded;
import org.ipfund.domain.fund.ContributionId;
import org.ipfund.domain.fund.ContributionReceived;
import org.ipfund.domain.FundId;
import org.ipfund.domain.fund.FundLaunched;
import org.ipfund.domain.fund.FundType;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.domain.policy.PolicyTerms;
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

    @BeforeAll
    static void migrate() {
        DataSource dataSource = TestDatabase.get().newDataSource();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        projection = new CapitalPositionProjection(jdbc);
        queries = new CapitalQueries(jdbc);
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

    private void launch(FundPolicy policy) {
        projection.on(new FundLaunched(fund, "Xiamen IP fund", FundType.GUIDANCE, Currency.getInstance("CNY"),
                LAUNCH, policy), next());
    }

    private void commit(String id, CapitalSource source, String amount, LocalDate date) {
        projection.on(new CommitmentRecorded(fund, new CommitmentId(id), "investor " + id, source, cny(amount), date),
                UUID.randomUUID().toString(), next());
    }

    private void call(String id, LocalDate date, CallAllocation... allocations) {
        Money total = List.of(allocations).stream().map(CallAllocation::amount).reduce(cny("0"), Money::plus);
        projection.on(new CapitalCalled(fund, new CallId(id), total, date, null, List.of(allocations)),
                UUID.randomUUID().toString(), next());
    }

    private void contribute(String id, String commitment, String call, CapitalSource source, String amount,
                            LocalDate date) {
        projection.on(new ContributionReceived(fund, new ContributionId(id), new CommitmentId(commitment),
                new CallId(call), source, cny(amount), date), UUID.randomUUID().toString(), next());
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
}
