package org.ipfund.domain.holding;

import static org.ipfund.domain.CapitalSource.LOCAL_FISCAL;
import static org.ipfund.domain.CapitalSource.SOCIAL;
import static org.ipfund.domain.RuleMatchers.rule;
import static org.ipfund.domain.holding.LifeFacts.FUND;
import static org.ipfund.domain.holding.LifeFacts.LAUNCH;
import static org.ipfund.domain.holding.LifeFacts.NATIONAL_RULE;
import static org.ipfund.domain.holding.LifeFacts.cny;
import static org.ipfund.domain.holding.LifeFacts.exit;
import static org.ipfund.domain.holding.LifeFacts.exitTerms;
import static org.ipfund.domain.holding.LifeFacts.history;
import static org.ipfund.domain.holding.LifeFacts.invested;
import static org.ipfund.domain.holding.LifeFacts.investedAbroad;
import static org.ipfund.domain.holding.LifeFacts.launched;
import static org.ipfund.domain.holding.LifeFacts.paidIn;
import static org.ipfund.domain.holding.LifeFacts.sold;
import static org.ipfund.domain.holding.LifeFacts.usd;
import static org.ipfund.domain.holding.LifeFacts.valued;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.ipfund.domain.FundId;
import org.ipfund.domain.correction.CorrectionId;
import org.ipfund.domain.correction.ReverseFact;
import org.ipfund.domain.fund.CapitalDistributed;
import org.ipfund.domain.fund.CommitmentId;
import org.ipfund.domain.fund.DistributionAllocation;
import org.ipfund.domain.fund.DistributionId;
import org.ipfund.domain.fund.Fund;
import org.ipfund.domain.fund.SubFundCommitted;
import org.ipfund.domain.investment.CoInvestmentId;
import org.ipfund.domain.investment.CoInvestmentRecorded;
import org.ipfund.domain.investment.InvestmentId;
import org.ipfund.domain.investment.RecordCoInvestment;
import org.ipfund.domain.investment.RecordDirectInvestment;
import org.ipfund.domain.money.ExchangeRate;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ExitTest {

    private static final LocalDate INVESTED = LocalDate.of(2019, 1, 10);
    private static final LocalDate SOLD = LocalDate.of(2020, 3, 1);
    private static final LocalDate LATER = LocalDate.of(2021, 6, 1);
    private static final Money COST = cny("4000000.00");

    private final FixtureConfiguration<Fund> fixture = LifeFacts.fixture();

    private static List<Object> aDeal(Object... more) {
        return history(launched(exitTerms(NATIONAL_RULE, null)),
                paidIn("lp-1", "Xiamen Finance Bureau", LOCAL_FISCAL, cny("10000000.00"), LAUNCH),
                invested("inv-1", COST, INVESTED), history(more));
    }

    @Nested
    class Sales {

        @Test
        void releasesTheShareOfTheCostAndRecordsTheGain() {
            fixture.given(aDeal())
                    .when(exit("exit-1", "inv-1", ExitKind.SALE, "0.40", cny("2000000.00"), "Buyer Co", SOLD))
                    .expectEvents(new HoldingExited(FUND, new InvestmentId("inv-1"), new ExitId("exit-1"),
                            ExitKind.SALE, Ratio.of("0.40"), cny("2000000.00"), null, cny("2000000.00"),
                            cny("1600000.00"), cny("400000.00"), null, "Buyer Co", false, false, SOLD));
        }

        @Test
        void aLaterExitSellsAShareOfWhatRemainsAndOneOfOneClosesTheHolding() {
            fixture.given(aDeal(sold("exit-1", "inv-1", "0.40", cny("2000000.00"), cny("1600000.00"), false, SOLD)))
                    .when(exit("exit-2", "inv-1", ExitKind.SALE, "1", cny("1000000.00"), null, LATER))
                    .expectEvents(new HoldingExited(FUND, new InvestmentId("inv-1"), new ExitId("exit-2"),
                            ExitKind.SALE, Ratio.of("1"), cny("1000000.00"), null, cny("1000000.00"),
                            cny("2400000.00"), cny("-1400000.00"), null, null, false, true, LATER));
        }

        @Test
        void roundsTheCostReleasedHalfUpToTheFen() {
            fixture.given(history(launched(), paidIn("lp-1", "LP", SOCIAL, cny("1.00"), LAUNCH),
                            invested("inv-1", cny("0.05"), INVESTED)))
                    .when(exit("exit-1", "inv-1", ExitKind.SALE, "0.5", cny("0.10"), null, SOLD))
                    .expectEvents(new HoldingExited(FUND, new InvestmentId("inv-1"), new ExitId("exit-1"),
                            ExitKind.SALE, Ratio.of("0.5"), cny("0.10"), null, cny("0.10"), cny("0.03"),
                            cny("0.07"), null, null, false, false, SOLD));
        }

        @Test
        void anExitUnderAPolicyThatRecyclesProceedsRecordsThemAsReinvestable() {
            fixture.given(history(launched(exitTerms(null, true)),
                            paidIn("lp-1", "LP", SOCIAL, cny("100.00"), LAUNCH),
                            invested("inv-1", cny("100.00"), INVESTED)))
                    .when(exit("exit-1", "inv-1", ExitKind.SALE, "1", cny("150.00"), null, SOLD))
                    .expectEvents(new HoldingExited(FUND, new InvestmentId("inv-1"), new ExitId("exit-1"),
                            ExitKind.SALE, Ratio.of("1"), cny("150.00"), null, cny("150.00"), cny("100.00"),
                            cny("50.00"), null, null, true, true, SOLD));
        }

        @Test
        void reinvestableProceedsMayBeInvestedAgain() {
            HoldingExited reinvestable = new HoldingExited(FUND, new InvestmentId("inv-1"), new ExitId("exit-1"),
                    ExitKind.SALE, Ratio.of("1"), cny("150.00"), null, cny("150.00"), cny("100.00"), cny("50.00"),
                    null, null, true, true, SOLD);
            fixture.given(history(launched(exitTerms(null, true)),
                            paidIn("lp-1", "LP", SOCIAL, cny("100.00"), LAUNCH),
                            invested("inv-1", cny("100.00"), INVESTED), reinvestable))
                    .when(new RecordDirectInvestment(FUND, new InvestmentId("inv-2"), LifeFacts.PATENT_CO,
                            cny("150.00"), null, LATER, true))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void proceedsThePolicyDoesNotRecycleAreNotInvestedAgain() {
            fixture.given(aDeal(sold("exit-1", "inv-1", "1", cny("5000000.00"), COST, true, SOLD)))
                    .when(new RecordDirectInvestment(FUND, new InvestmentId("inv-2"),
                            LifeFacts.PATENT_CO, cny("6000000.01"), null, LATER, true))
                    .expectNoEvents()
                    .expectException(rule("INSUFFICIENT_CAPITAL", "amount"));
        }

        @Test
        void aForeignHoldingExitsInItsCurrencyAtTheDaysRate() {
            fixture.given(history(launched(), paidIn("lp-1", "LP", SOCIAL, cny("1000000.00"), LAUNCH),
                            investedAbroad("inv-1", usd("100000.00"), ExchangeRate.of("6.9"), cny("690000.00"),
                                    INVESTED)))
                    .when(new RecordExit(FUND, new InvestmentId("inv-1"), new ExitId("exit-1"), ExitKind.SALE,
                            Ratio.of("0.5"), usd("60000.00"), ExchangeRate.of("7.1"), "Buyer", SOLD))
                    .expectEvents(new HoldingExited(FUND, new InvestmentId("inv-1"), new ExitId("exit-1"),
                            ExitKind.SALE, Ratio.of("0.5"), usd("60000.00"), ExchangeRate.of("7.1"),
                            cny("426000.00"), cny("345000.00"), cny("81000.00"), null, "Buyer", false, false, SOLD));
        }

        @Test
        void refusesProceedsInAnotherCurrencyThanTheHoldings() {
            fixture.given(history(launched(), paidIn("lp-1", "LP", SOCIAL, cny("1000000.00"), LAUNCH),
                            investedAbroad("inv-1", usd("100000.00"), ExchangeRate.of("6.9"), cny("690000.00"),
                                    INVESTED)))
                    .when(exit("exit-1", "inv-1", ExitKind.SALE, "0.5", cny("400000.00"), null, SOLD))
                    .expectNoEvents()
                    .expectException(rule("CURRENCY_MISMATCH", "proceeds"));
        }
    }

    @Nested
    class CededExits {

        @Test
        void withinTheFreeYearsThePriceIsTheCostReleased() {
            LocalDate lastFreeDay = INVESTED.plusYears(3);
            fixture.given(aDeal())
                    .when(exit("exit-1", "inv-1", ExitKind.CEDED, "1", COST, "Co-investor A", lastFreeDay))
                    .expectEvents(new HoldingExited(FUND, new InvestmentId("inv-1"), new ExitId("exit-1"),
                            ExitKind.CEDED, Ratio.of("1"), COST, null, COST, COST, cny("0.00"), COST,
                            "Co-investor A", false, true, lastFreeDay));
        }

        @Test
        void refusesOneFenBelowTheCostWithinTheFreeYears() {
            fixture.given(aDeal())
                    .when(exit("exit-1", "inv-1", ExitKind.CEDED, "1", cny("3999999.99"), "Co-investor A",
                            INVESTED.plusYears(3)))
                    .expectNoEvents()
                    .expectException(CededExitBelowPrice.class)
                    .expectException(rule("CEDED_EXIT_BELOW_PRICE", "proceeds"));
        }

        @Test
        void afterTheFreeYearsThePriceAddsSimpleInterestOverTheDaysHeld() {
            // 2019-01-10 to 2023-06-30 is 1,632 days: 4,000,000.00 × (1 + 0.0435 × 1632 ÷ 365) = 4,777,994.52 half-up
            LocalDate exited = LocalDate.of(2023, 6, 30);
            fixture.given(aDeal())
                    .when(exit("exit-1", "inv-1", ExitKind.CEDED, "1", cny("4777994.52"), "Co-investor A", exited))
                    .expectEvents(new HoldingExited(FUND, new InvestmentId("inv-1"), new ExitId("exit-1"),
                            ExitKind.CEDED, Ratio.of("1"), cny("4777994.52"), null, cny("4777994.52"), COST,
                            cny("777994.52"), cny("4777994.52"), "Co-investor A", false, true, exited));
        }

        @Test
        void refusesOneFenBelowThePriceWithInterest() {
            fixture.given(aDeal())
                    .when(exit("exit-1", "inv-1", ExitKind.CEDED, "1", cny("4777994.51"), "Co-investor A",
                            LocalDate.of(2023, 6, 30)))
                    .expectNoEvents()
                    .expectException(rule("CEDED_EXIT_BELOW_PRICE", "proceeds"));
        }

        @Test
        void theDayAfterTheFreeYearsCountsEveryDayHeld() {
            // 2019-01-10 to 2022-01-11 is 1,097 days: 4,000,000.00 × (1 + 0.0435 × 1097 ÷ 365) = 4,522,953.42
            fixture.given(aDeal())
                    .when(exit("exit-1", "inv-1", ExitKind.CEDED, "1", cny("4522953.41"), "Co-investor A",
                            LocalDate.of(2022, 1, 11)))
                    .expectNoEvents()
                    .expectException(rule("CEDED_EXIT_BELOW_PRICE", "proceeds"));
        }

        @Test
        void thePriceOfAPartialCededExitIsOnTheCostItReleases() {
            // 0.25 of 4,000,000.00 = 1,000,000.00 within the free years
            fixture.given(aDeal())
                    .when(exit("exit-1", "inv-1", ExitKind.CEDED, "0.25", cny("1000000.00"), "Co-investor A", SOLD))
                    .expectEvents(new HoldingExited(FUND, new InvestmentId("inv-1"), new ExitId("exit-1"),
                            ExitKind.CEDED, Ratio.of("0.25"), cny("1000000.00"), null, cny("1000000.00"),
                            cny("1000000.00"), cny("0.00"), cny("1000000.00"), "Co-investor A", false, false, SOLD));
        }

        @Test
        void refusesACededExitWithoutItsBuyer() {
            fixture.given(aDeal())
                    .when(exit("exit-1", "inv-1", ExitKind.CEDED, "1", COST, null, SOLD))
                    .expectNoEvents()
                    .expectException(rule("BUYER_REQUIRED", "buyer"));
        }

        @Test
        void refusesACededExitWhereNoTermsAreInForce() {
            fixture.given(history(launched(), paidIn("lp-1", "LP", SOCIAL, cny("10000000.00"), LAUNCH),
                            invested("inv-1", COST, INVESTED)))
                    .when(exit("exit-1", "inv-1", ExitKind.CEDED, "1", COST, "Co-investor A", SOLD))
                    .expectNoEvents()
                    .expectException(NoCededExitTerms.class)
                    .expectException(rule("NO_CEDED_EXIT_TERMS", "kind"));
        }

        @Test
        void theParentsStakeInASubFundIsCededLikeADeal() {
            FundId sub = new FundId("xiamen-ip-sub-1");
            fixture.given(history(launched(exitTerms(NATIONAL_RULE, null)),
                            paidIn("lp-1", "Xiamen Finance Bureau", LOCAL_FISCAL, cny("10000000.00"), LAUNCH),
                            new SubFundCommitted(FUND, sub, "Sub-Fund I", cny("20000000.00"),
                                    new CommitmentId("guidance-to-sub-1"), cny("6000000.00"), LOCAL_FISCAL, INVESTED)))
                    .when(exit("exit-1", sub.value(), ExitKind.CEDED, "1", cny("6000000.00"), "Sub-Fund LP B", SOLD))
                    .expectEvents(new HoldingExited(FUND, new InvestmentId(sub.value()), new ExitId("exit-1"),
                            ExitKind.CEDED, Ratio.of("1"), cny("6000000.00"), null, cny("6000000.00"),
                            cny("6000000.00"), cny("0.00"), cny("6000000.00"), "Sub-Fund LP B", false, true, SOLD));
        }
    }

    @Nested
    class WriteOffs {

        @Test
        void writesTheRemainingCostOffAsARealisedLoss() {
            fixture.given(aDeal(sold("exit-1", "inv-1", "0.40", cny("2000000.00"), cny("1600000.00"), false, SOLD)))
                    .when(exit("exit-2", "inv-1", ExitKind.WRITE_OFF, "1", cny("0.00"), null, LATER))
                    .expectEvents(new HoldingExited(FUND, new InvestmentId("inv-1"), new ExitId("exit-2"),
                            ExitKind.WRITE_OFF, Ratio.of("1"), cny("0.00"), null, cny("0.00"), cny("2400000.00"),
                            cny("-2400000.00"), null, null, false, true, LATER));
        }

        @Test
        void refusesAWriteOffWithProceeds() {
            fixture.given(aDeal())
                    .when(exit("exit-1", "inv-1", ExitKind.WRITE_OFF, "1", cny("0.01"), null, SOLD))
                    .expectNoEvents()
                    .expectException(rule("WRITE_OFF_WITH_PROCEEDS", "proceeds"));
        }

        @Test
        void refusesASaleWithoutProceeds() {
            fixture.given(aDeal())
                    .when(exit("exit-1", "inv-1", ExitKind.SALE, "1", cny("0.00"), null, SOLD))
                    .expectNoEvents()
                    .expectException(rule("PROCEEDS_REQUIRED", "proceeds"));
        }
    }

    @Nested
    class DatesAndOrder {

        @Test
        void refusesAnExitBeforeTheInvestment() {
            fixture.given(aDeal())
                    .when(exit("exit-1", "inv-1", ExitKind.SALE, "1", COST, null, INVESTED.minusDays(1)))
                    .expectNoEvents()
                    .expectException(rule("DATE_BEFORE_INVESTMENT", "date"));
        }

        @Test
        void refusesAnExitOfAClosedHolding() {
            fixture.given(aDeal(sold("exit-1", "inv-1", "1", cny("5000000.00"), COST, true, SOLD)))
                    .when(exit("exit-2", "inv-1", ExitKind.SALE, "1", cny("1.00"), null, LATER))
                    .expectNoEvents()
                    .expectException(HoldingClosed.class)
                    .expectException(rule("HOLDING_CLOSED", "date"));
        }

        @Test
        void refusesAValuationOrACoInvestorOfAClosedHolding() {
            fixture.given(aDeal(sold("exit-1", "inv-1", "1", cny("5000000.00"), COST, true, SOLD)))
                    .when(new RecordValuation(FUND, new InvestmentId("inv-1"), new ValuationId("val-1"),
                            cny("1.00"), null, LATER, ValuationMethod.DCF, null))
                    .expectNoEvents()
                    .expectException(rule("HOLDING_CLOSED", "date"));
            fixture.given(aDeal(sold("exit-1", "inv-1", "1", cny("5000000.00"), COST, true, SOLD)))
                    .when(new RecordCoInvestment(FUND, new InvestmentId("inv-1"), new CoInvestmentId("co-1"),
                            "Late LP", SOCIAL, cny("100.00"), null, LATER))
                    .expectNoEvents()
                    .expectException(rule("HOLDING_CLOSED", "date"));
        }

        @Test
        void aValuationBeforeTheClosingExitStillStands() {
            fixture.given(aDeal(sold("exit-1", "inv-1", "1", cny("5000000.00"), COST, true, LATER)))
                    .when(new RecordValuation(FUND, new InvestmentId("inv-1"), new ValuationId("val-1"),
                            cny("4500000.00"), null, SOLD, ValuationMethod.MULTIPLES, "back-dated"))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void refusesAnExitDatedBeforeAnotherThatStands() {
            fixture.given(aDeal(sold("exit-1", "inv-1", "0.40", cny("2000000.00"), cny("1600000.00"), false, LATER)))
                    .when(exit("exit-2", "inv-1", ExitKind.SALE, "0.10", cny("1.00"), null, SOLD))
                    .expectNoEvents()
                    .expectException(LaterExitStands.class)
                    .expectException(rule("LATER_EXIT_STANDS", "date"));
        }

        @Test
        void refusesABackDatedClosingExitBeforeALaterValuation() {
            fixture.given(aDeal(valued("val-1", "inv-1", cny("4500000.00"), LATER)))
                    .when(exit("exit-1", "inv-1", ExitKind.SALE, "1", cny("5000000.00"), null, SOLD))
                    .expectNoEvents()
                    .expectException(rule("HOLDING_HAS_LATER_FACTS", "date"));
        }

        @Test
        void refusesAReplacementExitDatedBeforeTheReversalOfTheExitItReplaces() {
            List<Object> history = aDeal(sold("exit-1", "inv-1", "1", cny("6000000.00"), COST, true, SOLD),
                    new ExitReversed(FUND, new CorrectionId("fix-1"), new InvestmentId("inv-1"), new ExitId("exit-1"),
                            cny("6000000.00"), COST, cny("2000000.00"), false, "wrong price", LATER));
            fixture.given(history)
                    .when(exit("exit-2", "inv-1", ExitKind.SALE, "1", cny("5000000.00"), null, SOLD))
                    .expectNoEvents()
                    .expectException(rule("DATED_BEFORE_REVERSAL", "date"));
            fixture.given(history)
                    .when(exit("exit-2", "inv-1", ExitKind.SALE, "1", cny("5000000.00"), null, LATER))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aCorrectionDatedOnTheExitsOwnDayLetsTheReplacementKeepThatDay() {
            fixture.given(aDeal(sold("exit-1", "inv-1", "1", cny("6000000.00"), COST, true, SOLD),
                            new ExitReversed(FUND, new CorrectionId("fix-1"), new InvestmentId("inv-1"),
                                    new ExitId("exit-1"), cny("6000000.00"), COST, cny("2000000.00"), false,
                                    "wrong price", SOLD)))
                    .when(exit("exit-2", "inv-1", ExitKind.SALE, "1", cny("5000000.00"), null, SOLD))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void refusesAnExitOfAnUnknownOrReversedHolding() {
            fixture.given(aDeal())
                    .when(exit("exit-1", "inv-9", ExitKind.SALE, "1", COST, null, SOLD))
                    .expectNoEvents()
                    .expectException(rule("INVESTMENT_NOT_FOUND", "investmentId"));
        }
    }

    @Nested
    class Reversals {

        private ReverseFact reverse(String factId, LocalDate date) {
            return new ReverseFact(FUND, new CorrectionId("fix-1"), factId, "recorded in error", date);
        }

        @Test
        void reversesTheLatestExitWithItsFigures() {
            fixture.given(aDeal(sold("exit-1", "inv-1", "0.40", cny("2000000.00"), cny("1600000.00"), false, SOLD)))
                    .when(reverse("exit-1", LATER))
                    .expectEvents(new ExitReversed(FUND, new CorrectionId("fix-1"), new InvestmentId("inv-1"),
                            new ExitId("exit-1"), cny("2000000.00"), cny("1600000.00"), cny("400000.00"), false,
                            "recorded in error", LATER));
        }

        @Test
        void refusesReversingAnExitALaterOneFollowed() {
            fixture.given(aDeal(sold("exit-1", "inv-1", "0.40", cny("2000000.00"), cny("1600000.00"), false, SOLD),
                            sold("exit-2", "inv-1", "1", cny("3000000.00"), cny("2400000.00"), true, LATER)))
                    .when(reverse("exit-1", LATER))
                    .expectNoEvents()
                    .expectException(rule("LATER_EXIT_STANDS", "reverses"));
        }

        @Test
        void refusesReversingAnExitWhoseProceedsWerePaidOut() {
            fixture.given(aDeal(sold("exit-1", "inv-1", "1", cny("5000000.00"), COST, true, SOLD),
                            new CapitalDistributed(FUND, new DistributionId("dist-1"), cny("11000000.00"), LATER,
                                    List.of(new DistributionAllocation(new CommitmentId("lp-1"),
                                            "Xiamen Finance Bureau", LOCAL_FISCAL, cny("11000000.00"),
                                            cny("10000000.00"), cny("1000000.00"))),
                                    cny("5000000.00"), cny("6000000.00"))))
                    .when(reverse("exit-1", LATER))
                    .expectNoEvents()
                    .expectException(rule("PROCEEDS_ALREADY_DISTRIBUTED", "reverses"));
        }

        @Test
        void refusesReversingADealWhileItsExitsStand() {
            fixture.given(aDeal(sold("exit-1", "inv-1", "0.40", cny("2000000.00"), cny("1600000.00"), false, SOLD)))
                    .when(reverse("inv-1", LATER))
                    .expectNoEvents()
                    .expectException(rule("FACT_NOT_REVERSIBLE", "reverses"));
        }

        @Test
        void aDealWhoseCoInvestorStandsIsStillReversible() {
            fixture.given(aDeal(new CoInvestmentRecorded(FUND, new InvestmentId("inv-1"),
                            new CoInvestmentId("co-1"), "State Capital", SOCIAL, cny("8000000.00"), null,
                            cny("8000000.00"), INVESTED)))
                    .when(reverse("inv-1", LATER))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void reversesAValuation() {
            fixture.given(aDeal(valued("val-1", "inv-1", cny("4500000.00"), SOLD)))
                    .when(reverse("val-1", LATER))
                    .expectEvents(new ValuationReversed(FUND, new CorrectionId("fix-1"), new InvestmentId("inv-1"),
                            new ValuationId("val-1"), cny("4500000.00"), "recorded in error", LATER));
        }

        @Test
        void anExitOnceReversedLeavesTheHoldingOpenAtItsWholeCost() {
            fixture.given(aDeal(sold("exit-1", "inv-1", "1", cny("5000000.00"), COST, true, SOLD),
                            new ExitReversed(FUND, new CorrectionId("fix-1"), new InvestmentId("inv-1"),
                                    new ExitId("exit-1"), cny("5000000.00"), COST, cny("1000000.00"), false, "error",
                                    SOLD)))
                    .when(exit("exit-2", "inv-1", ExitKind.SALE, "0.5", cny("2100000.00"), null, LATER))
                    .expectEvents(new HoldingExited(FUND, new InvestmentId("inv-1"), new ExitId("exit-2"),
                            ExitKind.SALE, Ratio.of("0.5"), cny("2100000.00"), null, cny("2100000.00"),
                            cny("2000000.00"), cny("100000.00"), null, null, false, false, LATER));
        }
    }

}
