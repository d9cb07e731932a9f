package org.ipfund.projections.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.flywaydb.core.Flyway;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundId;
import org.ipfund.domain.correction.CorrectionId;
import org.ipfund.domain.fund.FundLaunched;
import org.ipfund.domain.fund.FundType;
import org.ipfund.domain.investment.CoInvestmentId;
import org.ipfund.domain.investment.CoInvestmentRecorded;
import org.ipfund.domain.investment.CoInvestmentReversed;
import org.ipfund.domain.investment.Company;
import org.ipfund.domain.investment.DirectInvestmentRecorded;
import org.ipfund.domain.investment.FollowOnInvestmentRecorded;
import org.ipfund.domain.investment.InvestmentId;
import org.ipfund.domain.investment.InvestmentReversed;
import org.ipfund.domain.investment.Lead;
import org.ipfund.domain.money.ExchangeRate;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.projections.ReversalView;
import org.ipfund.projections.capital.CapitalPositionProjection;
import org.ipfund.projections.capital.LaunchedFunds;
import org.ipfund.projections.holding.FundBooks;
import org.ipfund.projections.holding.HoldingKind;
import org.ipfund.projections.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The portfolio views against a real PostgreSQL, fed the events directly. */
class PortfolioProjectionTest {

    private static final LocalDate LAUNCH = LocalDate.of(2017, 3, 1);
    private static final LocalDate DIRECT = LocalDate.of(2017, 4, 1);
    private static final LocalDate LEAD = LocalDate.of(2017, 5, 20);
    private static final LocalDate FOLLOW_ON = LocalDate.of(2017, 6, 1);
    private static final LocalDate FIRST_CO_INVESTOR = LocalDate.of(2017, 7, 1);
    private static final LocalDate SECOND_CO_INVESTOR = LocalDate.of(2017, 7, 15);
    private static final LocalDate FOREIGN_CO_INVESTOR = LocalDate.of(2017, 8, 1);
    private static final LocalDate CO_INVESTMENT_REVERSED = LocalDate.of(2017, 9, 1);
    private static final LocalDate DEAL_REVERSED = LocalDate.of(2017, 10, 1);
    private static final List<LocalDate> EVERY_DATE = List.of(LAUNCH, DIRECT, LEAD, FOLLOW_ON, FIRST_CO_INVESTOR,
            SECOND_CO_INVESTOR, FOREIGN_CO_INVESTOR, CO_INVESTMENT_REVERSED, DEAL_REVERSED);

    private static final Company AMOY_PATENTS = new Company("Amoy Patent Exchange", "IP services", "CN", "Xiamen");
    private static final Company SILK_ROAD_BIOTECH = new Company("Silk Road Biotech", "biotech", "KZ", "Almaty");
    private static final ExchangeRate DEAL_RATE = ExchangeRate.of("6.8912");
    private static final ExchangeRate CO_INVESTMENT_RATE = ExchangeRate.of("6.8000");

    private static final AtomicLong POSITION = new AtomicLong();
    private static CapitalPositionProjection capital;
    private static PortfolioProjection projection;
    private static PortfolioQueries queries;

    private final FundId fund = new FundId("fund-" + UUID.randomUUID());
    private final List<Delivery> delivered = new ArrayList<>();

    @BeforeAll
    static void migrate() {
        DataSource dataSource = TestDatabase.get().newDataSource();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/event-store", "classpath:db/migration/projections").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        capital = new CapitalPositionProjection(jdbc);
        projection = new PortfolioProjection(jdbc);
        queries = new PortfolioQueries(jdbc, new FundBooks(jdbc));
    }

    @Test
    void showsADirectInvestmentFromItsDateAtItsCost() {
        recordTheDeals(fund, false);

        PortfolioView beforeAnyDeal = portfolio(DIRECT.minusDays(1));
        assertThat(beforeAnyDeal.holdings()).isEmpty();
        assertThat(beforeAnyDeal.invested()).isEqualTo(cny("0.00"));
        assertThat(investment("direct", DIRECT.minusDays(1))).isNull();

        // unvalued: carried at cost, nothing exited
        HoldingView direct = new HoldingView("direct", HoldingKind.DIRECT, AMOY_PATENTS, cny("2000000.00"), null,
                cny("2000000.00"), cny("2000000.00"), DIRECT, null, true, null, List.of(), Map.of(),
                cny("2000000.00"), null, cny("0.00"), cny("0.00"), cny("0.00"), cny("0.00"), Ratio.of("1.0000"), false,
                null, List.of(), List.of());
        assertThat(investment("direct", DIRECT)).isEqualTo(direct);
        PortfolioView afterTheDirectDeal = portfolio(DIRECT);
        assertThat(afterTheDirectDeal.fundId()).isEqualTo(fund.value());
        assertThat(afterTheDirectDeal.asOf()).isEqualTo(DIRECT);
        assertThat(afterTheDirectDeal.holdings()).containsExactly(direct);
        assertThat(afterTheDirectDeal.invested()).isEqualTo(cny("2000000.00"));
    }

    @Test
    void showsAForeignFollowOnWithItsLeadRateAndCostInTheFundsCurrency() {
        recordTheDeals(fund, false);

        assertThat(investment("abroad", FOLLOW_ON.minusDays(1))).isNull();
        assertThat(portfolio(FOLLOW_ON.minusDays(1)).holdings()).extracting(HoldingView::investmentId)
                .containsExactly("direct");
        assertThat(portfolio(FOLLOW_ON.minusDays(1)).invested()).isEqualTo(cny("2000000.00"));

        HoldingView abroad = investment("abroad", FOLLOW_ON);
        assertThat(abroad).isEqualTo(new HoldingView("abroad", HoldingKind.FOLLOW_ON, SILK_ROAD_BIOTECH,
                usd("500000.00"), new BigDecimal("6.8912"), cny("3445600.00"), cny("3445600.00"), FOLLOW_ON,
                new HoldingView.LeadView("Astana Capital", usd("1000000.00"), LEAD), false, null, List.of(),
                Map.of(), cny("3445600.00"), null, cny("0.00"), cny("0.00"), cny("0.00"), cny("0.00"),
                Ratio.of("1.0000"), false, null, List.of(), List.of()));
        PortfolioView portfolio = portfolio(FOLLOW_ON);
        assertThat(portfolio.holdings()).extracting(HoldingView::investmentId).containsExactly("direct", "abroad");
        assertThat(portfolio.invested()).isEqualTo(cny("5445600.00"));
    }

    @Test
    void showsEachCoInvestorFromItsDateAndSumsThemBySource() {
        recordTheDeals(fund, false);

        assertThat(investment("direct", FIRST_CO_INVESTOR.minusDays(1)).coInvestors()).isEmpty();
        assertThat(investment("direct", FIRST_CO_INVESTOR.minusDays(1)).coInvestmentBySource()).isEmpty();

        HoldingView withOne = investment("direct", FIRST_CO_INVESTOR);
        assertThat(withOne.coInvestors()).containsExactly(new CoInvestorView("co-1", "Xiamen State Capital",
                CapitalSource.STATE_OWNED, cny("10000000.00"), null, cny("10000000.00"), FIRST_CO_INVESTOR, null));
        assertThat(withOne.coInvestmentBySource()).isEqualTo(Map.of(CapitalSource.STATE_OWNED, cny("10000000.00")));

        assertThat(investment("direct", SECOND_CO_INVESTOR.minusDays(1))).isEqualTo(withOne);

        HoldingView withTwo = investment("direct", SECOND_CO_INVESTOR);
        assertThat(withTwo.coInvestors()).extracting(CoInvestorView::coInvestmentId).containsExactly("co-1", "co-2");
        assertThat(withTwo.coInvestmentBySource()).isEqualTo(Map.of(CapitalSource.STATE_OWNED, cny("16000000.00")));

        assertThat(investment("abroad", FOREIGN_CO_INVESTOR.minusDays(1)).coInvestors()).isEmpty();
        HoldingView abroad = investment("abroad", FOREIGN_CO_INVESTOR);
        assertThat(abroad.coInvestors()).containsExactly(new CoInvestorView("co-abroad", "Almaty Partners",
                CapitalSource.SOCIAL, usd("200000.00"), new BigDecimal("6.8000"), cny("1360000.00"),
                FOREIGN_CO_INVESTOR, null));
        assertThat(abroad.coInvestmentBySource()).isEqualTo(Map.of(CapitalSource.SOCIAL, cny("1360000.00")));

        assertThat(portfolio(FOREIGN_CO_INVESTOR).holdings()).extracting(HoldingView::coInvestmentBySource)
                .containsExactly(Map.of(CapitalSource.STATE_OWNED, cny("16000000.00")),
                        Map.of(CapitalSource.SOCIAL, cny("1360000.00")));
        assertThat(portfolio(FOREIGN_CO_INVESTOR).invested()).isEqualTo(cny("5445600.00"));
    }

    @Test
    void showsAReversedCoInvestmentOnlyFromTheCorrectionsDateAndNoLongerCountsIt() {
        recordTheDeals(fund, false);

        HoldingView before = investment("direct", CO_INVESTMENT_REVERSED.minusDays(1));
        CoInvestorView secondBefore = before.coInvestors().get(1);
        assertThat(secondBefore.reversal()).isNull();
        assertThat(secondBefore.inFundCurrency()).isEqualTo(cny("6000000.00"));
        assertThat(before.coInvestmentBySource()).isEqualTo(Map.of(CapitalSource.STATE_OWNED, cny("16000000.00")));
        assertThat(portfolio(CO_INVESTMENT_REVERSED.minusDays(1)).holdings().get(0)).isEqualTo(before);

        HoldingView after = investment("direct", CO_INVESTMENT_REVERSED);
        assertThat(after.coInvestors()).containsExactly(
                new CoInvestorView("co-1", "Xiamen State Capital", CapitalSource.STATE_OWNED, cny("10000000.00"), null,
                        cny("10000000.00"), FIRST_CO_INVESTOR, null),
                new CoInvestorView("co-2", "Xiamen State Capital", CapitalSource.STATE_OWNED, cny("6000000.00"), null,
                        cny("0.00"), SECOND_CO_INVESTOR,
                        new ReversalView("fix-co-2", CO_INVESTMENT_REVERSED, "recorded twice")));
        assertThat(after.coInvestmentBySource()).isEqualTo(Map.of(CapitalSource.STATE_OWNED, cny("10000000.00")));
        assertThat(after.cost()).isEqualTo(cny("2000000.00"));
        assertThat(after.reversal()).isNull();
        assertThat(portfolio(CO_INVESTMENT_REVERSED).holdings().get(0)).isEqualTo(after);
        assertThat(portfolio(CO_INVESTMENT_REVERSED).invested()).isEqualTo(cny("5445600.00"));
    }

    @Test
    void showsAReversedDealOnlyFromTheCorrectionsDateWithNoCostButWhatItWasRecordedAt() {
        recordTheDeals(fund, false);

        HoldingView before = investment("abroad", DEAL_REVERSED.minusDays(1));
        assertThat(before.reversal()).isNull();
        assertThat(before.cost()).isEqualTo(cny("3445600.00"));
        assertThat(portfolio(DEAL_REVERSED.minusDays(1)).invested()).isEqualTo(cny("5445600.00"));

        HoldingView after = investment("abroad", DEAL_REVERSED);
        assertThat(after.reversal()).isEqualTo(new ReversalView("fix-abroad", DEAL_REVERSED, "the round never closed"));
        assertThat(after.cost()).isEqualTo(cny("0.00"));
        assertThat(after.recordedCost()).isEqualTo(cny("3445600.00"));
        assertThat(after.amount()).isEqualTo(usd("500000.00"));
        assertThat(after.exchangeRate()).isEqualTo(new BigDecimal("6.8912"));
        assertThat(after.lead()).isEqualTo(new HoldingView.LeadView("Astana Capital", usd("1000000.00"), LEAD));

        PortfolioView portfolio = portfolio(DEAL_REVERSED);
        assertThat(portfolio.holdings()).extracting(HoldingView::investmentId).containsExactly("direct", "abroad");
        assertThat(portfolio.holdings().get(1)).isEqualTo(after);
        assertThat(portfolio.invested()).isEqualTo(cny("2000000.00"));
    }

    @Test
    void answersNothingForAnUnknownFundOrDeal() {
        recordTheDeals(fund, false);

        assertThat(queries.handle(new FindPortfolio("no-such-fund", DEAL_REVERSED))).isNull();
        assertThat(queries.handle(new FindInvestment("no-such-fund", "direct", DEAL_REVERSED))).isNull();
        assertThat(investment("no-such-deal", DEAL_REVERSED)).isNull();
        assertThat(investment("co-1", DEAL_REVERSED)).isNull();
    }

    @Test
    void aFundWithoutDealsHasInvestedNothingInItsOwnCurrency() {
        launch(fund, Currency.getInstance("USD"));

        PortfolioView portfolio = portfolio(DEAL_REVERSED);
        assertThat(portfolio.fundId()).isEqualTo(fund.value());
        assertThat(portfolio.holdings()).isEmpty();
        assertThat(portfolio.invested()).isEqualTo(usd("0.00"));
    }

    @Test
    void anEventDeliveredTwiceChangesNothing() {
        FundId deliveredOnce = new FundId("fund-" + UUID.randomUUID());
        recordTheDeals(deliveredOnce, false);
        recordTheDeals(fund, true);

        for (LocalDate asOf : asOfEveryDateAndTheDayBefore()) {
            PortfolioView once = queries.handle(new FindPortfolio(deliveredOnce.value(), asOf));
            PortfolioView twice = portfolio(asOf);
            assertThat(twice.holdings()).as("holdings as of %s", asOf).isEqualTo(once.holdings());
            assertThat(twice.invested()).as("invested as of %s", asOf).isEqualTo(once.invested());
        }
    }

    @Test
    void replayingEveryEventGivesTheSameViews() {
        recordTheDeals(fund, false);
        List<Object> live = views();
        assertThat(portfolio(DEAL_REVERSED).holdings()).hasSize(2);

        replayEverything();
        assertThat(views()).isEqualTo(live);
        replayEverything();
        assertThat(views()).isEqualTo(live);
    }

    /**
     * A direct deal in the fund's currency with two state-owned co-investors, the second reversed later; a
     * follow-on abroad alongside a lead, with a foreign co-investor, reversed later.
     */
    private void recordTheDeals(FundId fundId, boolean twice) {
        deliver(twice, token -> LaunchedFunds.launch(capital, new FundLaunched(fundId, "Xiamen IP fund",
                FundType.GUIDANCE, Currency.getInstance("CNY"), LAUNCH, FundPolicy.none()), token));
        deliver(twice, token -> projection.on(new DirectInvestmentRecorded(fundId, new InvestmentId("direct"),
                AMOY_PATENTS, cny("2000000.00"), null, cny("2000000.00"), DIRECT, true), UUID.randomUUID().toString(), token));
        deliver(twice, token -> projection.on(new FollowOnInvestmentRecorded(fundId, new InvestmentId("abroad"),
                SILK_ROAD_BIOTECH, usd("500000.00"), DEAL_RATE, cny("3445600.00"), FOLLOW_ON,
                new Lead("Astana Capital", usd("1000000.00"), LEAD), false), UUID.randomUUID().toString(), token));
        deliver(twice, token -> projection.on(new CoInvestmentRecorded(fundId, new InvestmentId("direct"),
                new CoInvestmentId("co-1"), "Xiamen State Capital", CapitalSource.STATE_OWNED, cny("10000000.00"),
                null, cny("10000000.00"), FIRST_CO_INVESTOR), UUID.randomUUID().toString(), token));
        deliver(twice, token -> projection.on(new CoInvestmentRecorded(fundId, new InvestmentId("direct"),
                new CoInvestmentId("co-2"), "Xiamen State Capital", CapitalSource.STATE_OWNED, cny("6000000.00"),
                null, cny("6000000.00"), SECOND_CO_INVESTOR), UUID.randomUUID().toString(), token));
        deliver(twice, token -> projection.on(new CoInvestmentRecorded(fundId, new InvestmentId("abroad"),
                new CoInvestmentId("co-abroad"), "Almaty Partners", CapitalSource.SOCIAL, usd("200000.00"),
                CO_INVESTMENT_RATE, cny("1360000.00"), FOREIGN_CO_INVESTOR), UUID.randomUUID().toString(), token));
        deliver(twice, token -> projection.on(new CoInvestmentReversed(fundId, new CorrectionId("fix-co-2"),
                new InvestmentId("direct"), new CoInvestmentId("co-2"), "Xiamen State Capital",
                CapitalSource.STATE_OWNED, cny("6000000.00"), "recorded twice", CO_INVESTMENT_REVERSED)));
        deliver(twice, token -> projection.on(new InvestmentReversed(fundId, new CorrectionId("fix-abroad"),
                new InvestmentId("abroad"), cny("3445600.00"), "the round never closed", DEAL_REVERSED)));
    }

    private void launch(FundId fundId, Currency currency) {
        deliver(false, token -> LaunchedFunds.launch(capital, new FundLaunched(fundId, "Xiamen IP fund",
                FundType.GUIDANCE, currency, LAUNCH, FundPolicy.none()), token));
    }

    private void deliver(boolean twice, Consumer<TrackingToken> handler) {
        TrackingToken token = next();
        handler.accept(token);
        if (twice) {
            handler.accept(token);
        }
        delivered.add(new Delivery(token, handler));
    }

    /** Every event again, in order and at its own position, as a processor reset to the start delivers it. */
    private void replayEverything() {
        TrackingToken tokenAtReset = new GlobalSequenceTrackingToken(POSITION.get());
        for (Delivery delivery : delivered) {
            delivery.handler().accept(new ReplayToken(tokenAtReset, delivery.token()));
        }
    }

    private List<Object> views() {
        List<Object> views = new ArrayList<>();
        for (LocalDate asOf : asOfEveryDateAndTheDayBefore()) {
            views.add(portfolio(asOf));
            views.add(investment("direct", asOf));
            views.add(investment("abroad", asOf));
        }
        return views;
    }

    private static List<LocalDate> asOfEveryDateAndTheDayBefore() {
        return EVERY_DATE.stream().flatMap(date -> Stream.of(date.minusDays(1), date)).toList();
    }

    private PortfolioView portfolio(LocalDate asOf) {
        return queries.handle(new FindPortfolio(fund.value(), asOf));
    }

    private HoldingView investment(String investmentId, LocalDate asOf) {
        return queries.handle(new FindInvestment(fund.value(), investmentId, asOf));
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
