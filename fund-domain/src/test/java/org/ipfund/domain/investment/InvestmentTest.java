package org.ipfund.domain.investment;

import static org.ipfund.domain.FundCalendar.CLOCK;
import static org.ipfund.domain.FundCalendar.FEB_1;
import static org.ipfund.domain.FundCalendar.LAUNCH;
import static org.ipfund.domain.FundCalendar.MARCH_1;
import static org.ipfund.domain.FundCalendar.SHANGHAI;
import static org.ipfund.domain.FundCalendar.TODAY;
import static org.ipfund.domain.RuleMatchers.rule;
import static org.ipfund.domain.CapitalSource.LOCAL_FISCAL;
import static org.ipfund.domain.CapitalSource.STATE_OWNED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matchers;
import org.ipfund.domain.DateBeforeLaunch;
import org.ipfund.domain.policy.AmendmentId;
import org.ipfund.domain.policy.AmendPolicy;
import org.ipfund.domain.DateInFuture;
import org.ipfund.domain.DuplicateId;
import org.ipfund.domain.FundId;
import org.ipfund.domain.FundRuleViolation;
import org.ipfund.domain.UnknownFact;
import org.ipfund.domain.correction.CorrectionId;
import org.ipfund.domain.fund.CallAllocation;
import org.ipfund.domain.fund.CallId;
import org.ipfund.domain.fund.CapitalCalled;
import org.ipfund.domain.fund.CommitmentId;
import org.ipfund.domain.fund.CommitmentRecorded;
import org.ipfund.domain.fund.ContributionId;
import org.ipfund.domain.fund.ContributionReceived;
import org.ipfund.domain.fund.Fund;
import org.ipfund.domain.fund.FundLaunched;
import org.ipfund.domain.fund.FundType;
import org.ipfund.domain.fund.InsufficientCapital;
import org.ipfund.domain.fund.SubFundCommitted;
import org.ipfund.domain.money.AmountNotPositive;
import org.ipfund.domain.money.CurrencyMismatch;
import org.ipfund.domain.money.CurrencyNotMoney;
import org.ipfund.domain.DateTooEarly;
import org.ipfund.domain.money.ExchangeRate;
import org.ipfund.domain.money.ExchangeRateNotApplicable;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.domain.policy.PolicyAmended;
import org.ipfund.domain.policy.PolicyTerms;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InvestmentTest {

    private static final LocalDate FEB_5 = LocalDate.of(2018, 2, 5);
    private static final LocalDate FEB_10 = LocalDate.of(2018, 2, 10);
    private static final LocalDate FEB_20 = LocalDate.of(2018, 2, 20);
    private static final LocalDate MARCH_31 = LocalDate.of(2018, 3, 31);
    private static final LocalDate APRIL_1 = LocalDate.of(2018, 4, 1);
    private static final FundId FUND = new FundId("xiamen-ip-guidance");
    private static final Company PATENT_CO = new Company("Silk Road Patent Co", "IP services", "CN", "Xiamen");
    private static final ExchangeRate USD_CNY = ExchangeRate.of("7.12345");
    private static final Money PLENTY = cny("10000000.00");

    private final FixtureConfiguration<Fund> fixture =
            new AggregateTestFixture<>(Fund.class).registerInjectableResource(CLOCK);

    @Nested
    class DirectInvestments {

        @Test
        void recordsDirectInvestmentAtItsOwnCost() {
            fixture.given(history(launched(), paidIn("lp-1", cny("5000000.00"), LAUNCH)))
                    .when(invest("inv-1", cny("5000000.00"), MARCH_1))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new DirectInvestmentRecorded(FUND, new InvestmentId("inv-1"), PATENT_CO,
                            cny("5000000.00"), null, cny("5000000.00"), MARCH_1, true));
        }

        @Test
        void carriesWhetherTheDealIsInTheTargetRegion() {
            fixture.given(history(launched(), paidIn("lp-1", cny("100.00"), LAUNCH)))
                    .when(new RecordDirectInvestment(FUND, new InvestmentId("inv-1"), PATENT_CO, cny("100.00"),
                            null, MARCH_1, false))
                    .expectEvents(new DirectInvestmentRecorded(FUND, new InvestmentId("inv-1"), PATENT_CO,
                            cny("100.00"), null, cny("100.00"), MARCH_1, false));
        }

        @Test
        void refusesReusedInvestmentId() {
            fixture.given(history(launched(), paidIn("lp-1", cny("1000.00"), LAUNCH),
                            invested("inv-1", cny("100.00"), FEB_1)))
                    .when(invest("inv-1", cny("100.00"), MARCH_1))
                    .expectNoEvents()
                    .expectException(DuplicateId.class)
                    .expectException(rule("DUPLICATE_ID", null));
        }

        @Test
        void refusesInvestmentIdAlreadyUsedByACommitment() {
            fixture.given(history(launched(), paidIn("lp-1", cny("1000.00"), LAUNCH)))
                    .when(invest("lp-1", cny("100.00"), MARCH_1))
                    .expectNoEvents()
                    .expectException(DuplicateId.class)
                    .expectException(rule("DUPLICATE_ID", null));
        }

        @Test
        void refusesInvestmentDatedBeforeLaunch() {
            fixture.given(history(launched(), paidIn("lp-1", cny("1000.00"), LAUNCH)))
                    .when(invest("inv-1", cny("100.00"), LAUNCH.minusDays(1)))
                    .expectNoEvents()
                    .expectException(DateBeforeLaunch.class)
                    .expectException(rule("DATE_BEFORE_LAUNCH", "date"));
        }

        @Test
        void acceptsInvestmentDatedOnTheLaunchDate() {
            fixture.given(history(launched(), paidIn("lp-1", cny("1000.00"), LAUNCH)))
                    .when(invest("inv-1", cny("100.00"), LAUNCH))
                    .expectEvents(invested("inv-1", cny("100.00"), LAUNCH));
        }

        @Test
        void refusesInvestmentDatedInTheFuture() {
            fixture.given(history(launched(), paidIn("lp-1", cny("1000.00"), LAUNCH)))
                    .when(invest("inv-1", cny("100.00"), TODAY.plusDays(1)))
                    .expectNoEvents()
                    .expectException(DateInFuture.class)
                    .expectException(rule("DATE_IN_FUTURE", "date"));
        }

        @Test
        void acceptsInvestmentDatedToday() {
            fixture.given(history(launched(), paidIn("lp-1", cny("1000.00"), LAUNCH)))
                    .when(invest("inv-1", cny("100.00"), TODAY))
                    .expectEvents(invested("inv-1", cny("100.00"), TODAY));
        }

        @Test
        void refusesZeroInvestment() {
            fixture.given(history(launched(), paidIn("lp-1", cny("1000.00"), LAUNCH)))
                    .when(invest("inv-1", cny("0.00"), MARCH_1))
                    .expectNoEvents()
                    .expectException(AmountNotPositive.class)
                    .expectException(rule("AMOUNT_NOT_POSITIVE", "amount"));
        }
    }

    @Nested
    class InvestingOnlyAvailableCapital {

        @Test
        void acceptsInvestmentOfExactlyThePaidInCapital() {
            fixture.given(history(launched(), paidIn("lp-1", cny("1000.00"), LAUNCH)))
                    .when(invest("inv-1", cny("1000.00"), MARCH_1))
                    .expectEvents(invested("inv-1", cny("1000.00"), MARCH_1));
        }

        @Test
        void refusesInvestmentOneFenBeyondThePaidInCapital() {
            fixture.given(history(launched(), paidIn("lp-1", cny("1000.00"), LAUNCH)))
                    .when(invest("inv-1", cny("1000.01"), MARCH_1))
                    .expectNoEvents()
                    .expectException(InsufficientCapital.class)
                    .expectException(rule("INSUFFICIENT_CAPITAL", "amount"));
        }

        @Test
        void refusesInvestmentOfAFundWithNothingPaidIn() {
            fixture.given(launched())
                    .when(invest("inv-1", cny("0.01"), MARCH_1))
                    .expectNoEvents()
                    .expectException(InsufficientCapital.class)
                    .expectException(rule("INSUFFICIENT_CAPITAL", "amount"));
        }

        @Test
        void doesNotCountUncalledCommitmentsWithoutAPolicyThatSaysSo() {
            fixture.given(launched(), committed("lp-1", cny("1000.00"), LAUNCH))
                    .when(invest("inv-1", cny("0.01"), MARCH_1))
                    .expectNoEvents()
                    .expectException(InsufficientCapital.class)
                    .expectException(rule("INSUFFICIENT_CAPITAL", "amount"));
        }

        @Test
        void doesNotCountCalledCapitalThatHasNotArrived() {
            fixture.given(launched(), committed("lp-1", cny("1000.00"), LAUNCH),
                            called("call-1", "lp-1", cny("1000.00"), LAUNCH))
                    .when(invest("inv-1", cny("0.01"), MARCH_1))
                    .expectNoEvents()
                    .expectException(InsufficientCapital.class)
                    .expectException(rule("INSUFFICIENT_CAPITAL", "amount"));
        }

        @Test
        void acceptsSecondInvestmentOfExactlyWhatTheFirstLeft() {
            fixture.given(history(launched(), paidIn("lp-1", cny("1000.00"), LAUNCH),
                            invested("inv-1", cny("600.00"), FEB_1)))
                    .when(invest("inv-2", cny("400.00"), MARCH_1))
                    .expectEvents(invested("inv-2", cny("400.00"), MARCH_1));
        }

        @Test
        void refusesSecondInvestmentBeyondWhatTheFirstLeft() {
            fixture.given(history(launched(), paidIn("lp-1", cny("1000.00"), LAUNCH),
                            invested("inv-1", cny("600.00"), FEB_1)))
                    .when(invest("inv-2", cny("400.01"), MARCH_1))
                    .expectNoEvents()
                    .expectException(InsufficientCapital.class)
                    .expectException(rule("INSUFFICIENT_CAPITAL", "amount"));
        }

        @Test
        void countsAContributionDatedOnTheInvestmentsDate() {
            fixture.given(history(launched(), paidIn("lp-1", cny("1000.00"), MARCH_1)))
                    .when(invest("inv-1", cny("1000.00"), MARCH_1))
                    .expectEvents(invested("inv-1", cny("1000.00"), MARCH_1));
        }

        @Test
        void doesNotCountAContributionDatedAfterTheInvestment() {
            fixture.given(history(launched(), paidIn("lp-1", cny("1000.00"), MARCH_1)))
                    .when(invest("inv-1", cny("0.01"), MARCH_1.minusDays(1)))
                    .expectNoEvents()
                    .expectException(InsufficientCapital.class)
                    .expectException(rule("INSUFFICIENT_CAPITAL", "amount"));
        }

        @Test
        void countsOnlyTheContributionsDatedOnOrBeforeTheInvestment() {
            fixture.given(history(launched(), paidIn("lp-1", cny("300.00"), FEB_1),
                            paidIn("lp-2", cny("700.00"), MARCH_1)))
                    .when(invest("inv-1", cny("300.01"), FEB_20))
                    .expectNoEvents()
                    .expectException(InsufficientCapital.class)
                    .expectException(rule("INSUFFICIENT_CAPITAL", "amount"));
        }

        @Test
        void acceptsInvestmentOfExactlyWhatWasPaidInByItsDate() {
            fixture.given(history(launched(), paidIn("lp-1", cny("300.00"), FEB_1),
                            paidIn("lp-2", cny("700.00"), MARCH_1)))
                    .when(invest("inv-1", cny("300.00"), FEB_20))
                    .expectEvents(invested("inv-1", cny("300.00"), FEB_20));
        }

        @Test
        void refusesBackdatedInvestmentThatWouldOverdrawALaterDay() {
            // 100 paid on Feb 1 was all invested on Feb 10; another 100 arrives only on Feb 20.
            // On Feb 5 the fund holds 100, but spending any of it leaves Feb 10 overdrawn.
            fixture.given(history(launched(), paidIn("lp-1", cny("100.00"), FEB_1),
                            invested("inv-1", cny("100.00"), FEB_10),
                            paidIn("lp-2", cny("100.00"), FEB_20)))
                    .when(invest("inv-2", cny("0.01"), FEB_5))
                    .expectNoEvents()
                    .expectException(InsufficientCapital.class)
                    .expectException(rule("INSUFFICIENT_CAPITAL", "amount"));
        }

        @Test
        void acceptsBackdatedInvestmentOfExactlyTheLeastLaterBalance() {
            // Feb 5: 150; Feb 10: 50; Feb 20: 150. Least balance from Feb 5 on is 50.
            fixture.given(history(launched(), paidIn("lp-1", cny("150.00"), FEB_1),
                            invested("inv-1", cny("100.00"), FEB_10),
                            paidIn("lp-2", cny("100.00"), FEB_20)))
                    .when(invest("inv-2", cny("50.00"), FEB_5))
                    .expectEvents(invested("inv-2", cny("50.00"), FEB_5));
        }

        @Test
        void refusesBackdatedInvestmentOneFenBeyondTheLeastLaterBalance() {
            fixture.given(history(launched(), paidIn("lp-1", cny("150.00"), FEB_1),
                            invested("inv-1", cny("100.00"), FEB_10),
                            paidIn("lp-2", cny("100.00"), FEB_20)))
                    .when(invest("inv-2", cny("50.01"), FEB_5))
                    .expectNoEvents()
                    .expectException(InsufficientCapital.class)
                    .expectException(rule("INSUFFICIENT_CAPITAL", "amount"));
        }

        @Test
        void refusesBackdatedInvestmentThatALaterDealAlreadySpent() {
            // 1,000,000 paid on Feb 1; 800,000 invested on 1 March. On Feb 10 the fund holds 1,000,000 but may use 200,000.
            fixture.given(history(launched(), paidIn("lp-1", cny("1000000.00"), FEB_1),
                            invested("inv-1", cny("800000.00"), MARCH_1)))
                    .when(invest("inv-2", cny("200000.01"), FEB_10))
                    .expectNoEvents()
                    .expectException(InsufficientCapital.class)
                    .expectException(rule("INSUFFICIENT_CAPITAL", "amount"));
        }

        @Test
        void acceptsBackdatedInvestmentOfWhatALaterDealLeft() {
            fixture.given(history(launched(), paidIn("lp-1", cny("1000000.00"), FEB_1),
                            invested("inv-1", cny("800000.00"), MARCH_1)))
                    .when(invest("inv-2", cny("200000.00"), FEB_10))
                    .expectEvents(invested("inv-2", cny("200000.00"), FEB_10));
        }

        @Test
        void acceptsInvestmentAfterTheLaterPaymentOfEverythingThenAvailable() {
            fixture.given(history(launched(), paidIn("lp-1", cny("100.00"), FEB_1),
                            invested("inv-1", cny("100.00"), FEB_10),
                            paidIn("lp-2", cny("100.00"), FEB_20)))
                    .when(invest("inv-2", cny("100.00"), FEB_20))
                    .expectEvents(invested("inv-2", cny("100.00"), FEB_20));
        }

        @Test
        void subtractsTheParentsCommitmentToASubFund() {
            fixture.given(history(launched(), paidIn("lp-1", cny("1000.00"), LAUNCH),
                            subFundCommitted("sub-1", cny("400.00"), FEB_1)))
                    .when(invest("inv-1", cny("600.01"), MARCH_1))
                    .expectNoEvents()
                    .expectException(InsufficientCapital.class)
                    .expectException(rule("INSUFFICIENT_CAPITAL", "amount"));
        }

        @Test
        void acceptsExactlyWhatTheSubFundCommitmentLeft() {
            fixture.given(history(launched(), paidIn("lp-1", cny("1000.00"), LAUNCH),
                            subFundCommitted("sub-1", cny("400.00"), FEB_1)))
                    .when(invest("inv-1", cny("600.00"), MARCH_1))
                    .expectEvents(invested("inv-1", cny("600.00"), MARCH_1));
        }

        @Test
        void freesTheCostOfAReversedInvestmentFromTheReversalsDate() {
            fixture.given(history(launched(), paidIn("lp-1", cny("1000.00"), FEB_1),
                            invested("inv-1", cny("1000.00"), FEB_10),
                            investmentReversed("fix-1", "inv-1", cny("1000.00"), MARCH_1)))
                    .when(invest("inv-2", cny("1000.00"), MARCH_1))
                    .expectEvents(invested("inv-2", cny("1000.00"), MARCH_1));
        }

        @Test
        void doesNotFreeTheCostOfAReversedInvestmentBeforeTheReversalsDate() {
            fixture.given(history(launched(), paidIn("lp-1", cny("1000.00"), FEB_1),
                            invested("inv-1", cny("1000.00"), FEB_10),
                            investmentReversed("fix-1", "inv-1", cny("1000.00"), MARCH_1)))
                    .when(invest("inv-2", cny("0.01"), MARCH_1.minusDays(1)))
                    .expectNoEvents()
                    .expectException(InsufficientCapital.class)
                    .expectException(rule("INSUFFICIENT_CAPITAL", "amount"));
        }

        @Test
        void leavesCoInvestorsMoneyOutOfTheFundsCapital() {
            fixture.given(history(launched(), paidIn("lp-1", cny("2000.00"), LAUNCH),
                            invested("inv-1", cny("1000.00"), FEB_1),
                            coInvested("co-1", "inv-1", cny("31000000.00"), null, cny("31000000.00"), FEB_1)))
                    .when(invest("inv-2", cny("1000.00"), MARCH_1))
                    .expectEvents(invested("inv-2", cny("1000.00"), MARCH_1));
        }
    }

    @Nested
    class UncalledCommitmentsByPolicy {

        @Test
        void countsUncalledCommitmentsWhenThePolicyAllows() {
            fixture.given(launchedWith(uncalledCount(LAUNCH, true)), committed("lp-1", cny("1000.00"), LAUNCH))
                    .when(invest("inv-1", cny("1000.00"), MARCH_1))
                    .expectEvents(invested("inv-1", cny("1000.00"), MARCH_1));
        }

        @Test
        void refusesOneFenBeyondTheUncalledCommitments() {
            fixture.given(launchedWith(uncalledCount(LAUNCH, true)), committed("lp-1", cny("1000.00"), LAUNCH))
                    .when(invest("inv-1", cny("1000.01"), MARCH_1))
                    .expectNoEvents()
                    .expectException(InsufficientCapital.class)
                    .expectException(rule("INSUFFICIENT_CAPITAL", "amount"));
        }

        @Test
        void countsPaidInPlusUnfundedIncludingWhatWasCalledAndNotYetPaid() {
            // committed 1000, called 400 of it, 300 arrived: 300 paid in + 700 unfunded = 1000
            fixture.given(launchedWith(uncalledCount(LAUNCH, true)), committed("lp-1", cny("1000.00"), LAUNCH),
                            called("call-1", "lp-1", cny("400.00"), LAUNCH),
                            contributed("in-1", "lp-1", "call-1", cny("300.00"), LAUNCH))
                    .when(invest("inv-1", cny("1000.01"), MARCH_1))
                    .expectNoEvents()
                    .expectException(InsufficientCapital.class)
                    .expectException(rule("INSUFFICIENT_CAPITAL", "amount"));
        }

        @Test
        void acceptsExactlyPaidInPlusUnfunded() {
            fixture.given(launchedWith(uncalledCount(LAUNCH, true)), committed("lp-1", cny("1000.00"), LAUNCH),
                            called("call-1", "lp-1", cny("400.00"), LAUNCH),
                            contributed("in-1", "lp-1", "call-1", cny("300.00"), LAUNCH))
                    .when(invest("inv-1", cny("1000.00"), MARCH_1))
                    .expectEvents(invested("inv-1", cny("1000.00"), MARCH_1));
        }

        @Test
        void acceptsInvestingWhatACallOfEverythingLeavesUnfunded() {
            // commit 10m, invest 6m, call all 10m: none of it arrived, so 10m unfunded less 6m spent = 4m
            fixture.given(launchedWith(uncalledCount(LAUNCH, true)), committed("lp-1", cny("10000000.00"), LAUNCH),
                            invested("inv-1", cny("6000000.00"), FEB_1),
                            called("call-1", "lp-1", cny("10000000.00"), FEB_5))
                    .when(invest("inv-2", cny("4000000.00"), MARCH_1))
                    .expectEvents(invested("inv-2", cny("4000000.00"), MARCH_1));
        }

        @Test
        void refusesOneFenBeyondWhatACallOfEverythingLeavesUnfunded() {
            fixture.given(launchedWith(uncalledCount(LAUNCH, true)), committed("lp-1", cny("10000000.00"), LAUNCH),
                            invested("inv-1", cny("6000000.00"), FEB_1),
                            called("call-1", "lp-1", cny("10000000.00"), FEB_5))
                    .when(invest("inv-2", cny("4000000.01"), MARCH_1))
                    .expectNoEvents()
                    .expectException(InsufficientCapital.class)
                    .expectException(rule("INSUFFICIENT_CAPITAL", "amount"));
        }

        @Test
        void doesNotCountCommitmentsDatedAfterTheInvestment() {
            fixture.given(launchedWith(uncalledCount(LAUNCH, true)), committed("lp-1", cny("1000.00"), MARCH_1))
                    .when(invest("inv-1", cny("0.01"), MARCH_1.minusDays(1)))
                    .expectNoEvents()
                    .expectException(InsufficientCapital.class)
                    .expectException(rule("INSUFFICIENT_CAPITAL", "amount"));
        }

        @Test
        void doesNotApplyAnAmendmentEffectiveAfterTheInvestmentsDate() {
            fixture.given(launched(), committed("lp-1", cny("1000.00"), LAUNCH),
                            amended(uncalledCount(APRIL_1, true)))
                    .when(invest("inv-1", cny("0.01"), MARCH_31))
                    .expectNoEvents()
                    .expectException(InsufficientCapital.class)
                    .expectException(rule("INSUFFICIENT_CAPITAL", "amount"));
        }

        @Test
        void appliesAnAmendmentFromItsEffectiveDate() {
            fixture.given(launched(), committed("lp-1", cny("1000.00"), LAUNCH),
                            amended(uncalledCount(APRIL_1, true)))
                    .when(invest("inv-1", cny("1000.00"), APRIL_1))
                    .expectEvents(invested("inv-1", cny("1000.00"), APRIL_1));
        }

        @Test
        void refusesInvestmentDatedBeforeAnAmendmentThatRevokesItWhenTheRevokedDaysWouldBeOverdrawn() {
            // on 31 March the policy counts the commitment, but from 1 April the fund would hold -0.01 in cash
            fixture.given(launchedWith(uncalledCount(LAUNCH, true)), committed("lp-1", cny("1000.00"), LAUNCH),
                            amended(uncalledCount(APRIL_1, false)))
                    .when(invest("inv-1", cny("0.01"), MARCH_31))
                    .expectNoEvents()
                    .expectException(InsufficientCapital.class)
                    .expectException(rule("INSUFFICIENT_CAPITAL", "amount"));
        }

        @Test
        void acceptsInvestmentDatedBeforeAnAmendmentThatRevokesItWhereCashCoversTheRevokedDays() {
            fixture.given(history(launchedWith(uncalledCount(LAUNCH, true)), committed("lp-1", cny("1000.00"), LAUNCH),
                            paidIn("lp-2", cny("300.00"), APRIL_1), amended(uncalledCount(APRIL_1, false))))
                    .when(invest("inv-1", cny("300.00"), MARCH_31))
                    .expectEvents(invested("inv-1", cny("300.00"), MARCH_31));
        }

        @Test
        void judgesALaterAmendmentsDaysWhenItIsRecordedBeforeTheInvestment() {
            fixture.given(history(launchedWith(uncalledCount(LAUNCH, true)), committed("lp-1", cny("1000.00"), LAUNCH),
                            paidIn("lp-2", cny("300.00"), APRIL_1), amended(uncalledCount(APRIL_1, false))))
                    .when(invest("inv-1", cny("300.01"), MARCH_31))
                    .expectNoEvents()
                    .expectException(InsufficientCapital.class)
                    .expectException(rule("INSUFFICIENT_CAPITAL", "amount"));
        }

        @Test
        void stopsCountingUncalledCommitmentsFromTheDateAnAmendmentRevokesIt() {
            fixture.given(launchedWith(uncalledCount(LAUNCH, true)), committed("lp-1", cny("1000.00"), LAUNCH),
                            amended(uncalledCount(APRIL_1, false)))
                    .when(invest("inv-1", cny("0.01"), APRIL_1))
                    .expectNoEvents()
                    .expectException(InsufficientCapital.class)
                    .expectException(rule("INSUFFICIENT_CAPITAL", "amount"));
        }
    }

    @Nested
    class FollowOnsAlongsideALead {

        @Test
        void recordsFollowOnOfExactlyThePolicysShareOfTheLead() {
            fixture.given(history(launchedWith(coInvestmentTerms("0.50", 365)), paidIn("lp-1", PLENTY, LAUNCH)))
                    .when(followOn("inv-1", cny("500000.00"), MARCH_1, lead(cny("1000000.00"), FEB_1)))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new FollowOnInvestmentRecorded(FUND, new InvestmentId("inv-1"), PATENT_CO,
                            cny("500000.00"), null, cny("500000.00"), MARCH_1, lead(cny("1000000.00"), FEB_1),
                            true));
        }

        @Test
        void refusesFollowOnOneFenBeyondThePolicysShareOfTheLead() {
            fixture.given(history(launchedWith(coInvestmentTerms("0.50", 365)), paidIn("lp-1", PLENTY, LAUNCH)))
                    .when(followOn("inv-1", cny("500000.01"), MARCH_1, lead(cny("1000000.00"), FEB_1)))
                    .expectNoEvents()
                    .expectException(FollowOnExceedsLeadShare.class)
                    .expectException(rule("FOLLOW_ON_EXCEEDS_LEAD_SHARE", "amount"));
        }

        @Test
        void roundsTheLeadShareCapDownToTheFen() {
            // 50% of 1000.01 is 500.005: the cap is 500.00, never more than the share
            fixture.given(history(launchedWith(coInvestmentTerms("0.50", 365)), paidIn("lp-1", PLENTY, LAUNCH)))
                    .when(followOn("inv-1", cny("500.01"), MARCH_1, lead(cny("1000.01"), FEB_1)))
                    .expectNoEvents()
                    .expectException(FollowOnExceedsLeadShare.class)
                    .expectException(rule("FOLLOW_ON_EXCEEDS_LEAD_SHARE", "amount"));
        }

        @Test
        void acceptsFollowOnOnTheLastDayOfTheWindow() {
            fixture.given(history(launchedWith(coInvestmentTerms("0.50", 30)), paidIn("lp-1", PLENTY, LAUNCH)))
                    .when(followOn("inv-1", cny("100.00"), MARCH_31, lead(cny("1000.00"), MARCH_1)))
                    .expectEvents(followedOn("inv-1", cny("100.00"), MARCH_31, lead(cny("1000.00"), MARCH_1)));
        }

        @Test
        void refusesFollowOnTheDayAfterTheWindowCloses() {
            fixture.given(history(launchedWith(coInvestmentTerms("0.50", 30)), paidIn("lp-1", PLENTY, LAUNCH)))
                    .when(followOn("inv-1", cny("100.00"), APRIL_1, lead(cny("1000.00"), MARCH_1)))
                    .expectNoEvents()
                    .expectException(FollowOnOutsideWindow.class)
                    .expectException(rule("FOLLOW_ON_OUTSIDE_WINDOW", "date"));
        }

        @Test
        void acceptsFollowOnOnTheLeadsOwnDate() {
            fixture.given(history(launchedWith(coInvestmentTerms("0.50", 30)), paidIn("lp-1", PLENTY, LAUNCH)))
                    .when(followOn("inv-1", cny("100.00"), MARCH_1, lead(cny("1000.00"), MARCH_1)))
                    .expectEvents(followedOn("inv-1", cny("100.00"), MARCH_1, lead(cny("1000.00"), MARCH_1)));
        }

        @Test
        void refusesFollowOnDatedBeforeTheLead() {
            fixture.given(history(launchedWith(coInvestmentTerms("0.50", 30)), paidIn("lp-1", PLENTY, LAUNCH)))
                    .when(followOn("inv-1", cny("100.00"), MARCH_1.minusDays(1), lead(cny("1000.00"), MARCH_1)))
                    .expectNoEvents()
                    .expectException(FollowOnOutsideWindow.class)
                    .expectException(rule("FOLLOW_ON_OUTSIDE_WINDOW", "date"));
        }

        @Test
        void appliesNeitherShareNorWindowWithoutAPolicy() {
            LocalDate longAgo = LocalDate.of(2016, 1, 4);
            fixture.given(funded())
                    .when(followOn("inv-1", cny("2000.00"), TODAY, lead(cny("1000.00"), longAgo)))
                    .expectEvents(followedOn("inv-1", cny("2000.00"), TODAY, lead(cny("1000.00"), longAgo)));
        }

        @Test
        void refusesFollowOnDatedBeforeTheLeadEvenWithoutAPolicy() {
            fixture.given(funded())
                    .when(followOn("inv-1", cny("100.00"), MARCH_1.minusDays(1), lead(cny("1000.00"), MARCH_1)))
                    .expectNoEvents()
                    .expectException(FollowOnOutsideWindow.class)
                    .expectException(rule("FOLLOW_ON_OUTSIDE_WINDOW", "date"));
        }

        @Test
        void judgesTheShareInTheDealsOwnCurrency() {
            fixture.given(history(launchedWith(coInvestmentTerms("0.50", 365)), paidIn("lp-1", PLENTY, LAUNCH)))
                    .when(new RecordFollowOnInvestment(FUND, new InvestmentId("inv-1"), PATENT_CO,
                            usd("500.00"), ExchangeRate.of("7"), MARCH_1, lead(usd("1000.00"), FEB_1), true))
                    .expectEvents(new FollowOnInvestmentRecorded(FUND, new InvestmentId("inv-1"), PATENT_CO,
                            usd("500.00"), ExchangeRate.of("7"), cny("3500.00"), MARCH_1,
                            lead(usd("1000.00"), FEB_1), true));
        }

        @Test
        void refusesForeignFollowOnBeyondTheShareOfItsLead() {
            fixture.given(history(launchedWith(coInvestmentTerms("0.50", 365)), paidIn("lp-1", PLENTY, LAUNCH)))
                    .when(new RecordFollowOnInvestment(FUND, new InvestmentId("inv-1"), PATENT_CO,
                            usd("500.01"), ExchangeRate.of("7"), MARCH_1, lead(usd("1000.00"), FEB_1), true))
                    .expectNoEvents()
                    .expectException(FollowOnExceedsLeadShare.class)
                    .expectException(rule("FOLLOW_ON_EXCEEDS_LEAD_SHARE", "amount"));
        }

        @Test
        void refusesLeadAmountInAnotherCurrencyThanTheFollowOns() {
            fixture.given(history(launchedWith(coInvestmentTerms("0.50", 365)), paidIn("lp-1", PLENTY, LAUNCH)))
                    .when(followOn("inv-1", cny("100.00"), MARCH_1, lead(usd("1000.00"), FEB_1)))
                    .expectNoEvents()
                    .expectException(CurrencyMismatch.class)
                    .expectException(rule("CURRENCY_MISMATCH", "lead.amount"));
        }

        @Test
        void refusesLeadDatedBefore1900() {
            fixture.given(history(launched(), paidIn("lp-1", PLENTY, LAUNCH)))
                    .when(followOn("inv-1", cny("100.00"), MARCH_1, lead(cny("1000.00"), LocalDate.of(1582, 10, 10))))
                    .expectNoEvents()
                    .expectException(DateTooEarly.class)
                    .expectException(rule("DATE_BEFORE_1900", "lead.date"));
        }

        @Test
        void refusesLeadDatedInTheFuture() {
            fixture.given(history(launchedWith(coInvestmentTerms("0.50", 365)), paidIn("lp-1", PLENTY, LAUNCH)))
                    .when(followOn("inv-1", cny("100.00"), TODAY, lead(cny("1000.00"), TODAY.plusDays(1))))
                    .expectNoEvents()
                    .expectException(DateInFuture.class)
                    .expectException(rule("DATE_IN_FUTURE", "lead.date"));
        }

        @Test
        void acceptsLeadDatedToday() {
            fixture.given(history(launchedWith(coInvestmentTerms("0.50", 365)), paidIn("lp-1", PLENTY, LAUNCH)))
                    .when(followOn("inv-1", cny("100.00"), TODAY, lead(cny("1000.00"), TODAY)))
                    .expectEvents(followedOn("inv-1", cny("100.00"), TODAY, lead(cny("1000.00"), TODAY)));
        }

        @Test
        void refusesFollowOnWithinTheLeadTermsButBeyondTheAvailableCapital() {
            fixture.given(history(launchedWith(coInvestmentTerms("0.50", 365)),
                            paidIn("lp-1", cny("400.00"), LAUNCH)))
                    .when(followOn("inv-1", cny("400.01"), MARCH_1, lead(cny("1000.00"), FEB_1)))
                    .expectNoEvents()
                    .expectException(InsufficientCapital.class)
                    .expectException(rule("INSUFFICIENT_CAPITAL", "amount"));
        }

        @Test
        void refusesFollowOnDatedInTheFuture() {
            fixture.given(history(launchedWith(coInvestmentTerms("0.50", 365)), paidIn("lp-1", PLENTY, LAUNCH)))
                    .when(followOn("inv-1", cny("100.00"), TODAY.plusDays(1), lead(cny("1000.00"), TODAY)))
                    .expectNoEvents()
                    .expectException(DateInFuture.class)
                    .expectException(rule("DATE_IN_FUTURE", "date"));
        }
    }

    @Nested
    class FollowOnsInACompanyTheFundHolds {

        @Test
        void acceptsLaterRoundInACompanyTheFundHolds() {
            fixture.given(history(funded(), invested("inv-1", cny("100.00"), FEB_1)))
                    .when(followOn("inv-2", cny("200.00"), MARCH_1, null))
                    .expectEvents(followedOn("inv-2", cny("200.00"), MARCH_1, null));
        }

        @Test
        void matchesTheHoldingByNameIgnoringCaseAndRepeatedSpaces() {
            Company sameCompanyWrittenDifferently = new Company("  silk ROAD   patent  co ", null, null, null);
            fixture.given(history(funded(), invested("inv-1", cny("100.00"), FEB_1)))
                    .when(new RecordFollowOnInvestment(FUND, new InvestmentId("inv-2"),
                            sameCompanyWrittenDifferently, cny("200.00"), null, MARCH_1, null, true))
                    .expectEvents(new FollowOnInvestmentRecorded(FUND, new InvestmentId("inv-2"),
                            sameCompanyWrittenDifferently, cny("200.00"), null, cny("200.00"), MARCH_1, null, true));
        }

        @Test
        void refusesLaterRoundInAnotherCompany() {
            Company another = new Company("Silk Road Patents Co", null, null, null);
            fixture.given(history(funded(), invested("inv-1", cny("100.00"), FEB_1)))
                    .when(new RecordFollowOnInvestment(FUND, new InvestmentId("inv-2"), another, cny("200.00"), null,
                            MARCH_1, null, true))
                    .expectNoEvents()
                    .expectException(FollowOnWithoutHolding.class)
                    .expectException(rule("FOLLOW_ON_WITHOUT_HOLDING", "company"));
        }

        @Test
        void refusesLaterRoundWithoutAnyHolding() {
            fixture.given(funded())
                    .when(followOn("inv-1", cny("200.00"), MARCH_1, null))
                    .expectNoEvents()
                    .expectException(FollowOnWithoutHolding.class)
                    .expectException(rule("FOLLOW_ON_WITHOUT_HOLDING", "company"));
        }

        @Test
        void acceptsLaterRoundDatedOnTheHoldingsOwnDate() {
            fixture.given(history(funded(), invested("inv-1", cny("100.00"), MARCH_1)))
                    .when(followOn("inv-2", cny("200.00"), MARCH_1, null))
                    .expectEvents(followedOn("inv-2", cny("200.00"), MARCH_1, null));
        }

        @Test
        void refusesLaterRoundDatedBeforeTheHolding() {
            fixture.given(history(funded(), invested("inv-1", cny("100.00"), MARCH_1)))
                    .when(followOn("inv-2", cny("200.00"), MARCH_1.minusDays(1), null))
                    .expectNoEvents()
                    .expectException(FollowOnWithoutHolding.class)
                    .expectException(rule("FOLLOW_ON_WITHOUT_HOLDING", "company"));
        }

        @Test
        void refusesLaterRoundInAHoldingThatWasReversed() {
            fixture.given(history(funded(), invested("inv-1", cny("100.00"), FEB_1),
                            investmentReversed("fix-1", "inv-1", cny("100.00"), FEB_10)))
                    .when(followOn("inv-2", cny("200.00"), MARCH_1, null))
                    .expectNoEvents()
                    .expectException(FollowOnWithoutHolding.class)
                    .expectException(rule("FOLLOW_ON_WITHOUT_HOLDING", "company"));
        }

        @Test
        void countsAnEarlierFollowOnAsAHolding() {
            fixture.given(history(launched(), paidIn("lp-1", PLENTY, LAUNCH),
                            followedOn("inv-1", cny("100.00"), FEB_1, lead(cny("1000.00"), FEB_1))))
                    .when(followOn("inv-2", cny("200.00"), MARCH_1, null))
                    .expectEvents(followedOn("inv-2", cny("200.00"), MARCH_1, null));
        }
    }

    @Nested
    class DealsInAnotherCurrency {

        @Test
        void convertsTheAmountAtTheRateRoundingDownBelowHalfAFen() {
            // USD 1000.01 × 7.12345 = 7123.5212345 → CNY 7123.52
            fixture.given(funded())
                    .when(investAtRate("inv-1", usd("1000.01"), USD_CNY, MARCH_1))
                    .expectEvents(new DirectInvestmentRecorded(FUND, new InvestmentId("inv-1"), PATENT_CO,
                            usd("1000.01"), USD_CNY, cny("7123.52"), MARCH_1, true));
        }

        @Test
        void convertsTheAmountAtTheRateRoundingUpFromHalfAFen() {
            // USD 1000.07 × 7.12345 = 7123.9486415 → CNY 7123.95
            fixture.given(funded())
                    .when(investAtRate("inv-1", usd("1000.07"), USD_CNY, MARCH_1))
                    .expectEvents(new DirectInvestmentRecorded(FUND, new InvestmentId("inv-1"), PATENT_CO,
                            usd("1000.07"), USD_CNY, cny("7123.95"), MARCH_1, true));
        }

        @Test
        void roundsAnExactHalfFenUp() {
            // USD 100.01 × 6.5 = 650.065 → CNY 650.07 (half-even would give 650.06)
            fixture.given(funded())
                    .when(investAtRate("inv-1", usd("100.01"), ExchangeRate.of("6.5"), MARCH_1))
                    .expectEvents(new DirectInvestmentRecorded(FUND, new InvestmentId("inv-1"), PATENT_CO,
                            usd("100.01"), ExchangeRate.of("6.5"), cny("650.07"), MARCH_1, true));
        }

        @Test
        void acceptsForeignDealWhoseConvertedCostIsExactlyTheAvailableCapital() {
            fixture.given(history(launched(), paidIn("lp-1", cny("7123.52"), LAUNCH)))
                    .when(investAtRate("inv-1", usd("1000.01"), USD_CNY, MARCH_1))
                    .expectEvents(new DirectInvestmentRecorded(FUND, new InvestmentId("inv-1"), PATENT_CO,
                            usd("1000.01"), USD_CNY, cny("7123.52"), MARCH_1, true));
        }

        @Test
        void refusesForeignDealWhoseConvertedCostIsOneFenBeyondTheAvailableCapital() {
            fixture.given(history(launched(), paidIn("lp-1", cny("7123.51"), LAUNCH)))
                    .when(investAtRate("inv-1", usd("1000.01"), USD_CNY, MARCH_1))
                    .expectNoEvents()
                    .expectException(InsufficientCapital.class)
                    .expectException(rule("INSUFFICIENT_CAPITAL", "amount"));
        }

        @Test
        void leavesExactlyWhatTheConvertedCostDidNotUse() {
            fixture.given(history(launched(), paidIn("lp-1", cny("8000.00"), LAUNCH),
                            new DirectInvestmentRecorded(FUND, new InvestmentId("inv-1"), PATENT_CO, usd("1000.01"),
                                    USD_CNY, cny("7123.52"), FEB_1, true)))
                    .when(invest("inv-2", cny("876.48"), MARCH_1))
                    .expectEvents(invested("inv-2", cny("876.48"), MARCH_1));
        }

        @Test
        void countsTheConvertedCostAgainstLaterInvestments() {
            fixture.given(history(launched(), paidIn("lp-1", cny("8000.00"), LAUNCH),
                            new DirectInvestmentRecorded(FUND, new InvestmentId("inv-1"), PATENT_CO, usd("1000.01"),
                                    USD_CNY, cny("7123.52"), FEB_1, true)))
                    .when(invest("inv-2", cny("876.49"), MARCH_1))
                    .expectNoEvents()
                    .expectException(InsufficientCapital.class)
                    .expectException(rule("INSUFFICIENT_CAPITAL", "amount"));
        }

        @Test
        void refusesForeignAmountWithoutARate() {
            fixture.given(funded())
                    .when(investAtRate("inv-1", usd("1000.00"), null, MARCH_1))
                    .expectNoEvents()
                    .expectException(CurrencyMismatch.class)
                    .expectException(rule("CURRENCY_MISMATCH", "exchangeRate"));
        }

        @Test
        void refusesARateWithAnAmountAlreadyInTheFundsCurrency() {
            fixture.given(funded())
                    .when(investAtRate("inv-1", cny("1000.00"), USD_CNY, MARCH_1))
                    .expectNoEvents()
                    .expectException(ExchangeRateNotApplicable.class)
                    .expectException(rule("EXCHANGE_RATE_NOT_APPLICABLE", "exchangeRate"));
        }

        @Test
        void refusesForeignAmountThatConvertsToNothing() {
            // USD 0.01 × 0.1 = CNY 0.001 → 0.00
            fixture.given(funded())
                    .when(investAtRate("inv-1", usd("0.01"), ExchangeRate.of("0.1"), MARCH_1))
                    .expectNoEvents()
                    .expectException(AmountNotPositive.class)
                    .expectException(rule("AMOUNT_NOT_POSITIVE", "amount"));
        }
    }

    @Nested
    class CoInvestments {

        @Test
        void recordsCoInvestmentInTheFundsCurrency() {
            fixture.given(history(funded(), invested("inv-1", cny("5000000.00"), FEB_1)))
                    .when(coInvest("co-1", "inv-1", cny("31000000.00"), null, FEB_1))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(coInvested("co-1", "inv-1", cny("31000000.00"), null, cny("31000000.00"), FEB_1));
        }

        @Test
        void recordsForeignCoInvestmentConvertedToTheFundsCurrency() {
            fixture.given(history(funded(), invested("inv-1", cny("5000000.00"), FEB_1)))
                    .when(coInvest("co-1", "inv-1", usd("1000.01"), USD_CNY, MARCH_1))
                    .expectEvents(coInvested("co-1", "inv-1", usd("1000.01"), USD_CNY, cny("7123.52"), MARCH_1));
        }

        @Test
        void refusesCoInvestmentInAnUnknownInvestment() {
            fixture.given(history(funded(), invested("inv-1", cny("100.00"), FEB_1)))
                    .when(coInvest("co-1", "inv-9", cny("1000.00"), null, MARCH_1))
                    .expectNoEvents()
                    .expectException(UnknownInvestment.class)
                    .expectException(UnknownFact.class)
                    .expectException(rule("INVESTMENT_NOT_FOUND", "investmentId"));
        }

        @Test
        void refusesCoInvestmentInAReversedInvestment() {
            fixture.given(history(funded(), invested("inv-1", cny("100.00"), FEB_1),
                            investmentReversed("fix-1", "inv-1", cny("100.00"), FEB_10)))
                    .when(coInvest("co-1", "inv-1", cny("1000.00"), null, MARCH_1))
                    .expectNoEvents()
                    .expectException(InvestmentAlreadyReversed.class)
                    .expectException(rule("INVESTMENT_REVERSED", "investmentId"));
        }

        @Test
        void refusesReusedCoInvestmentId() {
            fixture.given(history(funded(), invested("inv-1", cny("100.00"), FEB_1),
                            coInvested("co-1", "inv-1", cny("1000.00"), null, cny("1000.00"), FEB_1)))
                    .when(coInvest("co-1", "inv-1", cny("2000.00"), null, MARCH_1))
                    .expectNoEvents()
                    .expectException(DuplicateId.class)
                    .expectException(rule("DUPLICATE_ID", null));
        }

        @Test
        void refusesCoInvestmentIdEqualToTheInvestmentsId() {
            fixture.given(history(funded(), invested("inv-1", cny("100.00"), FEB_1)))
                    .when(coInvest("inv-1", "inv-1", cny("2000.00"), null, MARCH_1))
                    .expectNoEvents()
                    .expectException(DuplicateId.class)
                    .expectException(rule("DUPLICATE_ID", null));
        }

        @Test
        void refusesZeroCoInvestment() {
            fixture.given(history(funded(), invested("inv-1", cny("100.00"), FEB_1)))
                    .when(coInvest("co-1", "inv-1", cny("0.00"), null, MARCH_1))
                    .expectNoEvents()
                    .expectException(AmountNotPositive.class)
                    .expectException(rule("AMOUNT_NOT_POSITIVE", "amount"));
        }

        @Test
        void refusesForeignCoInvestmentWithoutARate() {
            fixture.given(history(funded(), invested("inv-1", cny("100.00"), FEB_1)))
                    .when(coInvest("co-1", "inv-1", usd("1000.00"), null, MARCH_1))
                    .expectNoEvents()
                    .expectException(CurrencyMismatch.class)
                    .expectException(rule("CURRENCY_MISMATCH", "exchangeRate"));
        }

        @Test
        void refusesCoInvestorDatedBeforeItsDeal() {
            fixture.given(history(funded(), invested("inv-1", cny("100.00"), FEB_10)))
                    .when(coInvest("co-1", "inv-1", cny("1000.00"), null, FEB_5))
                    .expectNoEvents()
                    .expectException(CoInvestmentBeforeInvestment.class)
                    .expectException(rule("CO_INVESTMENT_BEFORE_INVESTMENT", "date"));
        }

        @Test
        void acceptsCoInvestorDatedOnItsDealsDay() {
            fixture.given(history(funded(), invested("inv-1", cny("100.00"), FEB_10)))
                    .when(coInvest("co-1", "inv-1", cny("1000.00"), null, FEB_10))
                    .expectEvents(coInvested("co-1", "inv-1", cny("1000.00"), null, cny("1000.00"), FEB_10));
        }

        @Test
        void refusesACoInvestmentInACurrencyThatIsNoMoney() {
            fixture.given(history(funded(), invested("inv-1", cny("100.00"), FEB_1)))
                    .when(coInvest("co-1", "inv-1", Money.of("10", "XAU"), USD_CNY, MARCH_1))
                    .expectNoEvents()
                    .expectException(CurrencyNotMoney.class)
                    .expectException(rule("CURRENCY_NOT_MONEY", "amount"));
        }

        @Test
        void refusesCoInvestmentDatedInTheFuture() {
            fixture.given(history(funded(), invested("inv-1", cny("100.00"), FEB_1)))
                    .when(coInvest("co-1", "inv-1", cny("1000.00"), null, TODAY.plusDays(1)))
                    .expectNoEvents()
                    .expectException(DateInFuture.class)
                    .expectException(rule("DATE_IN_FUTURE", "date"));
        }
    }

    /** The given facts in order; a list among them stands for its facts. */
    private static List<Object> history(Object... facts) {
        List<Object> all = new ArrayList<>();
        for (Object fact : facts) {
            if (fact instanceof Collection<?> several) {
                all.addAll(several);
            } else {
                all.add(fact);
            }
        }
        return all;
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    /** A fund with more paid-in capital than any deal here needs. */
    private static List<Object> funded() {
        return history(launched(), paidIn("lp-1", PLENTY, LAUNCH));
    }

    private static FundLaunched launched() {
        return launchedWith();
    }

    private static FundLaunched launchedWith(PolicyTerms... terms) {
        return new FundLaunched(FUND, "Belt and Road IP Guidance Fund", FundType.GUIDANCE,
                Currency.getInstance("CNY"), LAUNCH, new FundPolicy(List.of(terms)));
    }

    private static PolicyTerms uncalledCount(LocalDate from, boolean counts) {
        return new PolicyTerms(from, null, null, null, null, null, counts);
    }

    private static PolicyTerms coInvestmentTerms(String maxShareOfLead, int windowDays) {
        return new PolicyTerms(LAUNCH, null, null, null, Ratio.of(maxShareOfLead), windowDays, null);
    }

    private static CommitmentRecorded committed(String id, Money amount, LocalDate date) {
        return new CommitmentRecorded(FUND, new CommitmentId(id), "investor of " + id, LOCAL_FISCAL, amount, date);
    }

    private static CapitalCalled called(String callId, String commitmentId, Money amount, LocalDate date) {
        return new CapitalCalled(FUND, new CallId(callId), amount, date, null,
                List.of(new CallAllocation(new CommitmentId(commitmentId), LOCAL_FISCAL, amount)));
    }

    private static ContributionReceived contributed(String id, String commitmentId, String callId, Money amount,
                                                    LocalDate date) {
        return new ContributionReceived(FUND, new ContributionId(id), new CommitmentId(commitmentId),
                new CallId(callId), LOCAL_FISCAL, amount, date);
    }

    /** A commitment called in full and paid in, all on one date. */
    private static List<Object> paidIn(String commitmentId, Money amount, LocalDate date) {
        return List.of(committed(commitmentId, amount, date),
                called("call-" + commitmentId, commitmentId, amount, date),
                contributed("in-" + commitmentId, commitmentId, "call-" + commitmentId, amount, date));
    }

    private static SubFundCommitted subFundCommitted(String subFundId, Money amount, LocalDate date) {
        return new SubFundCommitted(FUND, new FundId(subFundId), "Xiamen IP Sub-Fund", cny("100000000.00"),
                new CommitmentId("parent-" + subFundId), amount, LOCAL_FISCAL, date);
    }

    private static RecordDirectInvestment invest(String id, Money amount, LocalDate date) {
        return investAtRate(id, amount, null, date);
    }

    private static RecordDirectInvestment investAtRate(String id, Money amount, ExchangeRate rate, LocalDate date) {
        return new RecordDirectInvestment(FUND, new InvestmentId(id), PATENT_CO, amount, rate, date, true);
    }

    private static DirectInvestmentRecorded invested(String id, Money amount, LocalDate date) {
        return new DirectInvestmentRecorded(FUND, new InvestmentId(id), PATENT_CO, amount, null, amount, date,
                true);
    }

    private static Lead lead(Money amount, LocalDate date) {
        return new Lead("Xiamen Venture Capital", amount, date);
    }

    private static RecordFollowOnInvestment followOn(String id, Money amount, LocalDate date, Lead lead) {
        return new RecordFollowOnInvestment(FUND, new InvestmentId(id), PATENT_CO, amount, null, date, lead, true);
    }

    private static FollowOnInvestmentRecorded followedOn(String id, Money amount, LocalDate date, Lead lead) {
        return new FollowOnInvestmentRecorded(FUND, new InvestmentId(id), PATENT_CO, amount, null, amount, date,
                lead, true);
    }

    private static InvestmentReversed investmentReversed(String correctionId, String investmentId, Money fundAmount,
                                                         LocalDate date) {
        return new InvestmentReversed(FUND, new CorrectionId(correctionId), new InvestmentId(investmentId),
                fundAmount, "recorded by mistake", date);
    }

    private static RecordCoInvestment coInvest(String id, String investmentId, Money amount, ExchangeRate rate,
                                               LocalDate date) {
        return new RecordCoInvestment(FUND, new InvestmentId(investmentId), new CoInvestmentId(id),
                "Xiamen State Capital Group", STATE_OWNED, amount, rate, date);
    }

    private static CoInvestmentRecorded coInvested(String id, String investmentId, Money amount, ExchangeRate rate,
                                                   Money fundAmount, LocalDate date) {
        return new CoInvestmentRecorded(FUND, new InvestmentId(investmentId), new CoInvestmentId(id),
                "Xiamen State Capital Group", STATE_OWNED, amount, rate, fundAmount, date);
    }

    private static AmendPolicy amend(PolicyTerms terms) {
        return new AmendPolicy(FUND, amendmentIdOf(terms), terms);
    }

    private static PolicyAmended amended(PolicyTerms terms) {
        return new PolicyAmended(FUND, amendmentIdOf(terms), terms);
    }

    /** The same rules get the same id, so a command and the event it records name one amendment. */
    private static AmendmentId amendmentIdOf(PolicyTerms terms) {
        return new AmendmentId("amendment-" + Integer.toHexString(terms.hashCode()));
    }
}
