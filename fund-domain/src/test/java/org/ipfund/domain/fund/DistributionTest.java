package org.ipfund.domain.fund;

import static org.ipfund.domain.CapitalSource.LOCAL_FISCAL;
import static org.ipfund.domain.CapitalSource.SOCIAL;
import static org.ipfund.domain.RuleMatchers.rule;
import static org.ipfund.domain.holding.LifeFacts.FUND;
import static org.ipfund.domain.holding.LifeFacts.LAUNCH;
import static org.ipfund.domain.holding.LifeFacts.cny;
import static org.ipfund.domain.holding.LifeFacts.history;
import static org.ipfund.domain.holding.LifeFacts.invested;
import static org.ipfund.domain.holding.LifeFacts.launched;
import static org.ipfund.domain.holding.LifeFacts.paidIn;
import static org.ipfund.domain.holding.LifeFacts.sold;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.correction.CorrectionId;
import org.ipfund.domain.correction.ReverseFact;
import org.ipfund.domain.holding.LifeFacts;
import org.ipfund.domain.money.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DistributionTest {

    private static final LocalDate INVESTED = LocalDate.of(2019, 3, 1);
    private static final LocalDate SOLD = LocalDate.of(2021, 3, 1);
    private static final LocalDate PAID_OUT = LocalDate.of(2021, 6, 30);

    private final FixtureConfiguration<Fund> fixture = LifeFacts.fixture();

    /** 10,000,000.00 paid in (6 and 4 million), 4 million invested and sold for 6 million that may not be reinvested. */
    private static List<Object> aFundWithCash(Object... more) {
        return history(launched(),
                paidIn("lp-1", "Xiamen Finance Bureau", LOCAL_FISCAL, cny("6000000.00"), LAUNCH),
                paidIn("lp-2", "Silk Road Capital", SOCIAL, cny("4000000.00"), LAUNCH),
                invested("inv-1", cny("4000000.00"), INVESTED),
                sold("exit-1", "inv-1", "1", cny("6000000.00"), cny("4000000.00"), true, SOLD), history(more));
    }

    private static DistributeCapital distribute(String id, Money amount, LocalDate date) {
        return new DistributeCapital(FUND, new DistributionId(id), amount, date);
    }

    private static DistributionAllocation allocation(String commitmentId, String investor, CapitalSource source,
                                                     Money capital, Money gain) {
        return new DistributionAllocation(new CommitmentId(commitmentId), investor, source, capital.plus(gain),
                capital, gain);
    }

    @Nested
    class TheWaterfall {

        @Test
        void returnsCapitalFirstProRataToPaidInPaidFromTheProceeds() {
            fixture.given(aFundWithCash())
                    .when(distribute("dist-1", cny("3000000.00"), PAID_OUT))
                    .expectEvents(new CapitalDistributed(FUND, new DistributionId("dist-1"), cny("3000000.00"),
                            PAID_OUT, List.of(
                                    allocation("lp-1", "Xiamen Finance Bureau", LOCAL_FISCAL, cny("1800000.00"),
                                            cny("0.00")),
                                    allocation("lp-2", "Silk Road Capital", SOCIAL, cny("1200000.00"),
                                            cny("0.00"))),
                            cny("3000000.00"), cny("0.00")));
        }

        @Test
        void paysGainOnlyOnceAllCapitalIsReturned() {
            // cash: 10m paid in − 4m invested + 6m proceeds = 12m; 10m of it returns capital, 2m is gain
            fixture.given(aFundWithCash())
                    .when(distribute("dist-1", cny("12000000.00"), PAID_OUT))
                    .expectEvents(new CapitalDistributed(FUND, new DistributionId("dist-1"), cny("12000000.00"),
                            PAID_OUT, List.of(
                                    allocation("lp-1", "Xiamen Finance Bureau", LOCAL_FISCAL, cny("6000000.00"),
                                            cny("1200000.00")),
                                    allocation("lp-2", "Silk Road Capital", SOCIAL, cny("4000000.00"),
                                            cny("800000.00"))),
                            cny("6000000.00"), cny("6000000.00")));
        }

        @Test
        void aLaterDistributionReturnsWhatEarlierOnesHaveNot() {
            CapitalDistributed first = new CapitalDistributed(FUND, new DistributionId("dist-1"),
                    cny("3000000.00"), PAID_OUT, List.of(
                            allocation("lp-1", "Xiamen Finance Bureau", LOCAL_FISCAL, cny("1800000.00"), cny("0.00")),
                            allocation("lp-2", "Silk Road Capital", SOCIAL, cny("1200000.00"), cny("0.00"))),
                    cny("3000000.00"), cny("0.00"));
            // unreturned 4.2m and 2.8m: 7m returns it all, the last 2m is gain pro rata to paid-in
            fixture.given(aFundWithCash(first))
                    .when(distribute("dist-2", cny("9000000.00"), PAID_OUT.plusDays(1)))
                    .expectEvents(new CapitalDistributed(FUND, new DistributionId("dist-2"), cny("9000000.00"),
                            PAID_OUT.plusDays(1), List.of(
                                    allocation("lp-1", "Xiamen Finance Bureau", LOCAL_FISCAL, cny("4200000.00"),
                                            cny("1200000.00")),
                                    allocation("lp-2", "Silk Road Capital", SOCIAL, cny("2800000.00"),
                                            cny("800000.00"))),
                            cny("3000000.00"), cny("6000000.00")));
        }

        @Test
        void splitsTheOddFenByLargestRemainder() {
            fixture.given(history(launched(),
                            paidIn("lp-1", "A", SOCIAL, cny("1.00"), LAUNCH),
                            paidIn("lp-2", "B", SOCIAL, cny("1.00"), LAUNCH),
                            paidIn("lp-3", "C", SOCIAL, cny("1.00"), LAUNCH)))
                    .when(distribute("dist-1", cny("1.00"), PAID_OUT))
                    .expectEvents(new CapitalDistributed(FUND, new DistributionId("dist-1"), cny("1.00"), PAID_OUT,
                            List.of(allocation("lp-1", "A", SOCIAL, cny("0.34"), cny("0.00")),
                                    allocation("lp-2", "B", SOCIAL, cny("0.33"), cny("0.00")),
                                    allocation("lp-3", "C", SOCIAL, cny("0.33"), cny("0.00"))),
                            cny("0.00"), cny("1.00")));
        }
    }

    @Nested
    class Refusals {

        @Test
        void refusesOneFenMoreThanTheCashHeld() {
            fixture.given(aFundWithCash())
                    .when(distribute("dist-1", cny("12000000.01"), PAID_OUT))
                    .expectNoEvents()
                    .expectException(InsufficientCash.class)
                    .expectException(rule("INSUFFICIENT_CASH", "amount"));
        }

        @Test
        void refusesABackDatedDistributionOfCashALaterDealSpent() {
            // before the deal the fund held 10m, but the deal of 2019-03-01 needs 4m of it: 6m may go back then
            fixture.given(aFundWithCash())
                    .when(distribute("dist-1", cny("6000000.01"), INVESTED.minusDays(1)))
                    .expectNoEvents()
                    .expectException(rule("INSUFFICIENT_CASH", "amount"));
            fixture.given(aFundWithCash())
                    .when(distribute("dist-1", cny("6000000.00"), INVESTED.minusDays(1)))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void refusesDistributingMoneyStillPromisedToASubFund() {
            fixture.given(history(launched(),
                            paidIn("lp-1", "Xiamen Finance Bureau", LOCAL_FISCAL, cny("10000000.00"), LAUNCH),
                            new SubFundCommitted(FUND, new org.ipfund.domain.FundId("sub-1"), "Sub-Fund I",
                                    cny("30000000.00"), new CommitmentId("to-sub-1"), cny("9000000.00"), LOCAL_FISCAL,
                                    INVESTED)))
                    .when(distribute("dist-1", cny("1000000.01"), PAID_OUT))
                    .expectNoEvents()
                    .expectException(rule("INSUFFICIENT_CASH", "amount"));
        }

        @Test
        void refusesADistributionDatedBeforeOneThatStands() {
            fixture.given(aFundWithCash(new CapitalDistributed(FUND, new DistributionId("dist-1"),
                            cny("1.00"), PAID_OUT, List.of(allocation("lp-1", "Xiamen Finance Bureau", LOCAL_FISCAL,
                                    cny("1.00"), cny("0.00"))), cny("1.00"), cny("0.00"))))
                    .when(distribute("dist-2", cny("1.00"), PAID_OUT.minusDays(1)))
                    .expectNoEvents()
                    .expectException(rule("LATER_DISTRIBUTION_STANDS", "date"));
        }

        @Test
        void refusesMoneyPaidInOnOrBeforeTheDayOfADistributionThatStandsForItWouldChangeItsSplit() {
            CapitalDistributed paid = new CapitalDistributed(FUND, new DistributionId("dist-1"), cny("1.00"),
                    PAID_OUT, List.of(allocation("lp-1", "Xiamen Finance Bureau", LOCAL_FISCAL, cny("1.00"),
                            cny("0.00"))), cny("1.00"), cny("0.00"));
            List<Object> history = aFundWithCash(new CommitmentRecorded(FUND, new CommitmentId("lp-3"), "Late LP",
                            SOCIAL, cny("100.00"), LAUNCH),
                    new CapitalCalled(FUND, new CallId("call-lp-3"), cny("100.00"), LAUNCH, null,
                            List.of(new CallAllocation(new CommitmentId("lp-3"), SOCIAL, cny("100.00")))), paid);
            fixture.given(history)
                    .when(new RecordContribution(FUND, new ContributionId("in-lp-3"), new CommitmentId("lp-3"),
                            new CallId("call-lp-3"), cny("100.00"), PAID_OUT))
                    .expectNoEvents()
                    .expectException(rule("LATER_DISTRIBUTION_STANDS", "date"));
            fixture.given(history)
                    .when(new RecordContribution(FUND, new ContributionId("in-lp-3"), new CommitmentId("lp-3"),
                            new CallId("call-lp-3"), cny("100.00"), PAID_OUT.plusDays(1)))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void refusesADistributionDatedBeforeTheReversalOfOneItWouldCountBeside() {
            CapitalDistributed paid = new CapitalDistributed(FUND, new DistributionId("dist-1"), cny("1.00"),
                    PAID_OUT, List.of(allocation("lp-1", "Xiamen Finance Bureau", LOCAL_FISCAL, cny("1.00"),
                            cny("0.00"))), cny("1.00"), cny("0.00"));
            List<Object> history = aFundWithCash(paid, new DistributionReversed(FUND, new CorrectionId("fix-1"),
                    new DistributionId("dist-1"), cny("1.00"), paid.allocations(), cny("1.00"), cny("0.00"), "wrong",
                    PAID_OUT.plusDays(10)));
            fixture.given(history)
                    .when(distribute("dist-2", cny("1.00"), PAID_OUT))
                    .expectNoEvents()
                    .expectException(rule("DATED_BEFORE_REVERSAL", "date"));
            fixture.given(history)
                    .when(distribute("dist-2", cny("1.00"), PAID_OUT.plusDays(10)))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void refusesADistributionBeforeAnyoneHasPaidIn() {
            fixture.given(history(launched(), new CommitmentRecorded(FUND, new CommitmentId("lp-1"), "A", SOCIAL,
                            cny("100.00"), LAUNCH)))
                    .when(distribute("dist-1", cny("1.00"), PAID_OUT))
                    .expectNoEvents()
                    .expectException(rule("NOTHING_PAID_IN", "date"));
        }

        @Test
        void refusesAnAmountInAnotherCurrencyOrNotAboveZero() {
            fixture.given(aFundWithCash())
                    .when(distribute("dist-1", Money.of("1.00", "USD"), PAID_OUT))
                    .expectNoEvents()
                    .expectException(rule("CURRENCY_MISMATCH", "amount"));
            fixture.given(aFundWithCash())
                    .when(distribute("dist-1", cny("0.00"), PAID_OUT))
                    .expectNoEvents()
                    .expectException(rule("AMOUNT_NOT_POSITIVE", "amount"));
        }
    }

    @Nested
    class Reversals {

        private final CapitalDistributed paid = new CapitalDistributed(FUND, new DistributionId("dist-1"),
                cny("12000000.00"), PAID_OUT, List.of(
                        allocation("lp-1", "Xiamen Finance Bureau", LOCAL_FISCAL, cny("6000000.00"),
                                cny("1200000.00")),
                        allocation("lp-2", "Silk Road Capital", SOCIAL, cny("4000000.00"), cny("800000.00"))),
                cny("6000000.00"), cny("6000000.00"));

        private ReverseFact reverse(String factId) {
            return new ReverseFact(FUND, new CorrectionId("fix-1"), factId, "paid to the wrong account", PAID_OUT);
        }

        @Test
        void reversesTheLatestDistributionAndTheCashIsTheFundsAgain() {
            fixture.given(aFundWithCash(paid))
                    .when(reverse("dist-1"))
                    .expectEvents(new DistributionReversed(FUND, new CorrectionId("fix-1"),
                            new DistributionId("dist-1"), cny("12000000.00"), paid.allocations(), cny("6000000.00"),
                            cny("6000000.00"), "paid to the wrong account", PAID_OUT));
            fixture.given(aFundWithCash(paid, new DistributionReversed(FUND, new CorrectionId("fix-1"),
                            new DistributionId("dist-1"), cny("12000000.00"), paid.allocations(), cny("6000000.00"),
                            cny("6000000.00"), "paid to the wrong account", PAID_OUT)))
                    .when(distribute("dist-2", cny("12000000.00"), PAID_OUT))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void refusesReversingADistributionALaterOneFollowed() {
            CapitalDistributed later = new CapitalDistributed(FUND, new DistributionId("dist-2"), cny("0.01"),
                    PAID_OUT.plusDays(1), List.of(allocation("lp-1", "Xiamen Finance Bureau", LOCAL_FISCAL,
                    cny("0.00"), cny("0.01"))), cny("0.00"), cny("0.01"));
            fixture.given(aFundWithCash(paid, later))
                    .when(reverse("dist-1"))
                    .expectNoEvents()
                    .expectException(rule("LATER_DISTRIBUTION_STANDS", "reverses"));
        }

        @Test
        void refusesReversingAContributionWhoseCapitalWasReturned() {
            fixture.given(aFundWithCash(paid))
                    .when(reverse("in-lp-2"))
                    .expectNoEvents()
                    .expectException(rule("FACT_NOT_REVERSIBLE", "reverses"));
        }
    }
}
