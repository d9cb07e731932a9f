package org.ipfund.domain.correction;

import static org.ipfund.domain.FundCalendar.CLOCK;
import static org.ipfund.domain.FundCalendar.FEB_1;
import static org.ipfund.domain.FundCalendar.LAUNCH;
import static org.ipfund.domain.FundCalendar.MARCH_1;
import static org.ipfund.domain.FundCalendar.SHANGHAI;
import static org.ipfund.domain.FundCalendar.TODAY;
import static org.ipfund.domain.RuleMatchers.rule;
import static org.ipfund.domain.CapitalSource.LOCAL_FISCAL;
import static org.ipfund.domain.CapitalSource.SOCIAL;
import static org.ipfund.domain.CapitalSource.STATE_OWNED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matchers;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.DateInFuture;
import org.ipfund.domain.DuplicateId;
import org.ipfund.domain.FundId;
import org.ipfund.domain.FundRuleViolation;
import org.ipfund.domain.UnknownFact;
import org.ipfund.domain.fund.CallAllocation;
import org.ipfund.domain.fund.CallCapital;
import org.ipfund.domain.fund.CallExceedsUncalledCommitments;
import org.ipfund.domain.fund.CallId;
import org.ipfund.domain.fund.CapitalAlreadyInvested;
import org.ipfund.domain.fund.CapitalCallReversed;
import org.ipfund.domain.fund.CapitalCalled;
import org.ipfund.domain.fund.CommitmentAlreadyCalled;
import org.ipfund.domain.fund.CommitmentId;
import org.ipfund.domain.fund.CommitmentRecorded;
import org.ipfund.domain.fund.CommitmentReversed;
import org.ipfund.domain.fund.ContributionExceedsCalled;
import org.ipfund.domain.fund.ContributionId;
import org.ipfund.domain.fund.ContributionReceived;
import org.ipfund.domain.fund.ContributionReversed;
import org.ipfund.domain.fund.Fund;
import org.ipfund.domain.fund.FundLaunched;
import org.ipfund.domain.fund.FundType;
import org.ipfund.domain.fund.RecordContribution;
import org.ipfund.domain.fund.SubFundCommitted;
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
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.domain.policy.PolicyTerms;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CorrectionTest {

    private static final LocalDate APRIL_1 = LocalDate.of(2018, 4, 1);
    private static final FundId FUND = new FundId("xiamen-ip-guidance");
    private static final Company PATENT_CO = new Company("Silk Road Patent Co", "IP services", "CN", "Xiamen");
    private static final String REASON = "recorded by mistake";

    private final FixtureConfiguration<Fund> fixture =
            new AggregateTestFixture<>(Fund.class).registerInjectableResource(CLOCK);

    @Nested
    class ReversingCommitments {

        @Test
        void reversesCommitmentNothingWasCalledFrom() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00"), LAUNCH))
                    .when(reverse("fix-1", "lp-1", MARCH_1))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new CommitmentReversed(FUND, new CorrectionId("fix-1"), new CommitmentId("lp-1"),
                            SOCIAL, cny("100.00"), REASON, MARCH_1));
        }

        @Test
        void refusesReversingCommitmentPartlyCalled() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00"), LAUNCH),
                            called("call-1", FEB_1, allocation("lp-1", SOCIAL, cny("0.01"))))
                    .when(reverse("fix-1", "lp-1", MARCH_1))
                    .expectNoEvents()
                    .expectException(CommitmentAlreadyCalled.class)
                    .expectException(rule("COMMITMENT_ALREADY_CALLED", "reverses"));
        }

        @Test
        void leavesAReversedCommitmentOutOfLaterCalls() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00"), LAUNCH),
                            committed("lp-2", STATE_OWNED, cny("300.00"), LAUNCH),
                            commitmentReversed("fix-1", "lp-1", SOCIAL, cny("100.00"), FEB_1))
                    .when(new CallCapital(FUND, new CallId("call-1"), cny("300.00"), MARCH_1, null, null))
                    .expectEvents(called("call-1", MARCH_1, allocation("lp-2", STATE_OWNED, cny("300.00"))));
        }

        @Test
        void refusesCallBeyondWhatTheCommitmentsLeftAfterAReversalStillPromise() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00"), LAUNCH),
                            committed("lp-2", STATE_OWNED, cny("300.00"), LAUNCH),
                            commitmentReversed("fix-1", "lp-1", SOCIAL, cny("100.00"), FEB_1))
                    .when(new CallCapital(FUND, new CallId("call-1"), cny("300.01"), MARCH_1, null, null))
                    .expectNoEvents()
                    .expectException(CallExceedsUncalledCommitments.class)
                    .expectException(rule("CALL_EXCEEDS_UNFUNDED_COMMITMENTS", "amount"));
        }

        @Test
        void refusesCallWhenTheOnlyCommitmentWasReversed() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00"), LAUNCH),
                            commitmentReversed("fix-1", "lp-1", SOCIAL, cny("100.00"), FEB_1))
                    .when(new CallCapital(FUND, new CallId("call-1"), cny("0.01"), MARCH_1, null, null))
                    .expectNoEvents()
                    .expectException(CallExceedsUncalledCommitments.class)
                    .expectException(rule("CALL_EXCEEDS_UNFUNDED_COMMITMENTS", "amount"));
        }

        @Test
        void reversesUncalledCommitmentWhateverWasInvestedWhenUncalledCommitmentsDoNotCount() {
            fixture.given(history(launched(), paidIn("lp-1", cny("1000.00"), LAUNCH),
                            committed("lp-2", SOCIAL, cny("400.00"), LAUNCH),
                            invested("inv-1", cny("1000.00"), FEB_1)))
                    .when(reverse("fix-1", "lp-2", MARCH_1))
                    .expectEvents(new CommitmentReversed(FUND, new CorrectionId("fix-1"), new CommitmentId("lp-2"),
                            SOCIAL, cny("400.00"), REASON, MARCH_1));
        }

        @Test
        void refusesReversingUncalledCommitmentAnInvestmentReliesOnUnderThePolicy() {
            // invest-uncalled policy: 600 + 400 uncalled, 600 invested, 400 left
            fixture.given(launchedWith(new PolicyTerms(LAUNCH, null, null, null, null, null, true)),
                            committed("lp-1", SOCIAL, cny("600.00"), LAUNCH),
                            committed("lp-2", STATE_OWNED, cny("400.00"), LAUNCH),
                            invested("inv-1", cny("600.00"), FEB_1))
                    .when(reverse("fix-1", "lp-1", MARCH_1))
                    .expectNoEvents()
                    .expectException(CapitalAlreadyInvested.class)
                    .expectException(rule("CAPITAL_ALREADY_INVESTED", "reverses"));
        }

        @Test
        void reversesUncalledCommitmentOfExactlyWhatTheInvestmentsLeaveUnderThePolicy() {
            fixture.given(launchedWith(new PolicyTerms(LAUNCH, null, null, null, null, null, true)),
                            committed("lp-1", SOCIAL, cny("600.00"), LAUNCH),
                            committed("lp-2", STATE_OWNED, cny("400.00"), LAUNCH),
                            invested("inv-1", cny("600.00"), FEB_1))
                    .when(reverse("fix-1", "lp-2", MARCH_1))
                    .expectEvents(new CommitmentReversed(FUND, new CorrectionId("fix-1"), new CommitmentId("lp-2"),
                            STATE_OWNED, cny("400.00"), REASON, MARCH_1));
        }

        @Test
        void reversesCommitmentWhoseIdIsTheWordNull() {
            fixture.given(launched(), committed("null", SOCIAL, cny("100.00"), LAUNCH))
                    .when(reverse("fix-1", "null", MARCH_1))
                    .expectEvents(new CommitmentReversed(FUND, new CorrectionId("fix-1"), new CommitmentId("null"),
                            SOCIAL, cny("100.00"), REASON, MARCH_1));
        }
    }

    @Nested
    class ReversingContributions {

        @Test
        void reversesContribution() {
            fixture.given(launched(), committed("lp-1", STATE_OWNED, cny("100.00"), LAUNCH),
                            called("call-1", LAUNCH, allocation("lp-1", STATE_OWNED, cny("40.00"))),
                            contributed("in-1", "lp-1", "call-1", STATE_OWNED, cny("40.00"), FEB_1))
                    .when(reverse("fix-1", "in-1", MARCH_1))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new ContributionReversed(FUND, new CorrectionId("fix-1"), new ContributionId("in-1"),
                            new CommitmentId("lp-1"), new CallId("call-1"), STATE_OWNED, cny("40.00"), REASON,
                            MARCH_1));
        }

        @Test
        void letsTheCallReceiveTheReversedAmountAgain() {
            fixture.given(launched(), committed("lp-1", STATE_OWNED, cny("100.00"), LAUNCH),
                            called("call-1", LAUNCH, allocation("lp-1", STATE_OWNED, cny("40.00"))),
                            contributed("in-1", "lp-1", "call-1", STATE_OWNED, cny("40.00"), FEB_1),
                            contributionReversed("fix-1", "in-1", "lp-1", "call-1", STATE_OWNED, cny("40.00"),
                                    MARCH_1))
                    .when(recordContribution("in-2", "lp-1", "call-1", cny("40.00"), APRIL_1))
                    .expectEvents(contributed("in-2", "lp-1", "call-1", STATE_OWNED, cny("40.00"), APRIL_1));
        }

        @Test
        void refusesNewContributionBeyondWhatTheReversalLeftOutstanding() {
            fixture.given(launched(), committed("lp-1", STATE_OWNED, cny("100.00"), LAUNCH),
                            called("call-1", LAUNCH, allocation("lp-1", STATE_OWNED, cny("40.00"))),
                            contributed("in-1", "lp-1", "call-1", STATE_OWNED, cny("40.00"), FEB_1),
                            contributionReversed("fix-1", "in-1", "lp-1", "call-1", STATE_OWNED, cny("40.00"),
                                    MARCH_1))
                    .when(recordContribution("in-2", "lp-1", "call-1", cny("40.01"), APRIL_1))
                    .expectNoEvents()
                    .expectException(ContributionExceedsCalled.class)
                    .expectException(rule("CONTRIBUTION_EXCEEDS_CALLED", "amount"));
        }

        @Test
        void refusesReversingContributionWhoseMoneyIsInvested() {
            // 600 and 400 paid in, 600 invested: only 400 is not invested
            fixture.given(history(launched(), paidIn("lp-1", cny("600.00"), LAUNCH),
                            paidIn("lp-2", cny("400.00"), LAUNCH), invested("inv-1", cny("600.00"), FEB_1)))
                    .when(reverse("fix-1", "in-lp-1", MARCH_1))
                    .expectNoEvents()
                    .expectException(CapitalAlreadyInvested.class)
                    .expectException(rule("CAPITAL_ALREADY_INVESTED", "reverses"));
        }

        @Test
        void reversesContributionOfExactlyWhatIsNotInvested() {
            fixture.given(history(launched(), paidIn("lp-1", cny("600.00"), LAUNCH),
                            paidIn("lp-2", cny("400.00"), LAUNCH), invested("inv-1", cny("600.00"), FEB_1)))
                    .when(reverse("fix-1", "in-lp-2", MARCH_1))
                    .expectEvents(new ContributionReversed(FUND, new CorrectionId("fix-1"),
                            new ContributionId("in-lp-2"), new CommitmentId("lp-2"), new CallId("call-lp-2"),
                            LOCAL_FISCAL, cny("400.00"), REASON, MARCH_1));
        }

        @Test
        void refusesReversingInvestedContributionThoughUncalledCommitmentsCouldCoverItWithoutThePolicy() {
            fixture.given(history(launched(), paidIn("lp-1", cny("600.00"), LAUNCH),
                            committed("lp-2", SOCIAL, cny("1000.00"), LAUNCH), invested("inv-1", cny("600.00"), FEB_1)))
                    .when(reverse("fix-1", "in-lp-1", MARCH_1))
                    .expectNoEvents()
                    .expectException(CapitalAlreadyInvested.class)
                    .expectException(rule("CAPITAL_ALREADY_INVESTED", "reverses"));
        }

        @Test
        void reversesInvestedContributionThatUncalledCommitmentsCoverUnderThePolicy() {
            fixture.given(history(launchedWith(new PolicyTerms(LAUNCH, null, null, null, null, null, true)),
                            paidIn("lp-1", cny("600.00"), LAUNCH), committed("lp-2", SOCIAL, cny("600.00"), LAUNCH),
                            invested("inv-1", cny("600.00"), FEB_1)))
                    .when(reverse("fix-1", "in-lp-1", MARCH_1))
                    .expectEvents(new ContributionReversed(FUND, new CorrectionId("fix-1"),
                            new ContributionId("in-lp-1"), new CommitmentId("lp-1"), new CallId("call-lp-1"),
                            LOCAL_FISCAL, cny("600.00"), REASON, MARCH_1));
        }

        @Test
        void reversesInvestedContributionWhoseMoneyItsCommitmentOwesAgainUnderThePolicy() {
            // the reversed 600 is unfunded again, so under the policy the balance stays 599.99
            fixture.given(history(launchedWith(new PolicyTerms(LAUNCH, null, null, null, null, null, true)),
                            paidIn("lp-1", cny("600.00"), LAUNCH), committed("lp-2", SOCIAL, cny("599.99"), LAUNCH),
                            invested("inv-1", cny("600.00"), FEB_1)))
                    .when(reverse("fix-1", "in-lp-1", MARCH_1))
                    .expectEvents(new ContributionReversed(FUND, new CorrectionId("fix-1"),
                            new ContributionId("in-lp-1"), new CommitmentId("lp-1"), new CallId("call-lp-1"),
                            LOCAL_FISCAL, cny("600.00"), REASON, MARCH_1));
        }

        @Test
        void refusesReversingInvestedContributionWhereALaterPolicyCountsCashOnly() {
            fixture.given(history(launchedWith(new PolicyTerms(LAUNCH, null, null, null, null, null, true),
                                    new PolicyTerms(MARCH_1.plusDays(1), null, null, null, null, null, false)),
                            paidIn("lp-1", cny("600.00"), LAUNCH), committed("lp-2", SOCIAL, cny("600.00"), LAUNCH),
                            invested("inv-1", cny("600.00"), FEB_1)))
                    .when(reverse("fix-1", "in-lp-1", MARCH_1))
                    .expectNoEvents()
                    .expectException(CapitalAlreadyInvested.class)
                    .expectException(rule("CAPITAL_ALREADY_INVESTED", "reverses"));
        }

        @Test
        void refusesReversingContributionCommittedOnwardsToASubFund() {
            fixture.given(history(launched(), paidIn("lp-1", cny("1000.00"), LAUNCH),
                            new SubFundCommitted(FUND, new FundId("xiamen-ip-sub-1"), "Sub-Fund I",
                                    cny("4000000.00"), new CommitmentId("guidance-to-sub-1"), cny("0.01"),
                                    LOCAL_FISCAL, FEB_1)))
                    .when(reverse("fix-1", "in-lp-1", MARCH_1))
                    .expectNoEvents()
                    .expectException(CapitalAlreadyInvested.class)
                    .expectException(rule("CAPITAL_ALREADY_INVESTED", "reverses"));
        }
    }

    @Nested
    class ReversingDeals {

        @Test
        void reversesInvestmentGivingBackItsCostInTheFundsCurrency() {
            fixture.given(history(launched(), paidIn("lp-1", cny("10000.00"), LAUNCH),
                            new DirectInvestmentRecorded(FUND, new InvestmentId("inv-1"), PATENT_CO,
                                    Money.of("1000.01", "USD"), ExchangeRate.of("7.12345"), cny("7123.52"), FEB_1,
                                    true)))
                    .when(reverse("fix-1", "inv-1", MARCH_1))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new InvestmentReversed(FUND, new CorrectionId("fix-1"), new InvestmentId("inv-1"),
                            cny("7123.52"), REASON, MARCH_1));
        }

        @Test
        void reversesFollowOnInvestment() {
            fixture.given(history(launched(), paidIn("lp-1", cny("10000.00"), LAUNCH),
                            new FollowOnInvestmentRecorded(FUND, new InvestmentId("inv-1"), PATENT_CO, cny("500.00"),
                                    null, cny("500.00"), FEB_1,
                                    new Lead("Xiamen Venture Capital", cny("1000.00"), FEB_1), true)))
                    .when(reverse("fix-1", "inv-1", MARCH_1))
                    .expectEvents(new InvestmentReversed(FUND, new CorrectionId("fix-1"), new InvestmentId("inv-1"),
                            cny("500.00"), REASON, MARCH_1));
        }

        @Test
        void reversesCoInvestment() {
            fixture.given(history(launched(), paidIn("lp-1", cny("10000.00"), LAUNCH),
                            invested("inv-1", cny("5000.00"), FEB_1),
                            new CoInvestmentRecorded(FUND, new InvestmentId("inv-1"), new CoInvestmentId("co-1"),
                                    "Xiamen State Capital Group", STATE_OWNED, Money.of("1000.01", "USD"),
                                    ExchangeRate.of("7.12345"), cny("7123.52"), FEB_1)))
                    .when(reverse("fix-1", "co-1", MARCH_1))
                    .expectEvents(new CoInvestmentReversed(FUND, new CorrectionId("fix-1"), new InvestmentId("inv-1"),
                            new CoInvestmentId("co-1"), "Xiamen State Capital Group", STATE_OWNED, cny("7123.52"),
                            REASON, MARCH_1));
        }
    }

    @Nested
    class WhatCanBeReversed {

        @Test
        void refusesReversingTheSameFactTwice() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00"), LAUNCH),
                            commitmentReversed("fix-1", "lp-1", SOCIAL, cny("100.00"), FEB_1))
                    .when(reverse("fix-2", "lp-1", MARCH_1))
                    .expectNoEvents()
                    .expectException(FactAlreadyReversed.class)
                    .expectException(rule("FACT_ALREADY_REVERSED", "reverses"));
        }

        @Test
        void refusesReversingAnInvestmentTwice() {
            fixture.given(history(launched(), paidIn("lp-1", cny("1000.00"), LAUNCH),
                            invested("inv-1", cny("100.00"), FEB_1),
                            new InvestmentReversed(FUND, new CorrectionId("fix-1"), new InvestmentId("inv-1"),
                                    cny("100.00"), REASON, FEB_1)))
                    .when(reverse("fix-2", "inv-1", MARCH_1))
                    .expectNoEvents()
                    .expectException(FactAlreadyReversed.class)
                    .expectException(rule("FACT_ALREADY_REVERSED", "reverses"));
        }

        @Test
        void reversesACapitalCallNothingWasPaidAgainst() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00"), LAUNCH),
                            called("call-1", FEB_1, allocation("lp-1", SOCIAL, cny("40.00"))))
                    .when(reverse("fix-1", "call-1", MARCH_1))
                    .expectEvents(new CapitalCallReversed(FUND, new CorrectionId("fix-1"), new CallId("call-1"),
                            cny("40.00"), List.of(allocation("lp-1", SOCIAL, cny("40.00"))), REASON,
                            MARCH_1));
        }

        @Test
        void refusesReversingACapitalCallSomethingWasPaidAgainst() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00"), LAUNCH),
                            called("call-1", FEB_1, allocation("lp-1", SOCIAL, cny("40.00"))),
                            new ContributionReceived(FUND, new ContributionId("pay-1"), new CommitmentId("lp-1"),
                                    new CallId("call-1"), SOCIAL, cny("0.01"), FEB_1))
                    .when(reverse("fix-1", "call-1", MARCH_1))
                    .expectNoEvents()
                    .expectException(FactNotReversible.class)
                    .expectException(rule("FACT_NOT_REVERSIBLE", "reverses"));
        }

        @Test
        void aReversedCallCanBeCalledAgain() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00"), LAUNCH),
                            called("call-1", FEB_1, allocation("lp-1", SOCIAL, cny("100.00"))),
                            new CapitalCallReversed(FUND, new CorrectionId("fix-1"), new CallId("call-1"),
                                    cny("100.00"), List.of(allocation("lp-1", SOCIAL, cny("100.00"))), "mistake",
                                    MARCH_1))
                    .when(new CallCapital(FUND, new CallId("call-2"), cny("100.00"), MARCH_1, null, List.of()))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void refusesReversingACorrection() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00"), LAUNCH),
                            commitmentReversed("fix-1", "lp-1", SOCIAL, cny("100.00"), FEB_1))
                    .when(reverse("fix-2", "fix-1", MARCH_1))
                    .expectNoEvents()
                    .expectException(FactNotReversible.class)
                    .expectException(rule("FACT_NOT_REVERSIBLE", "reverses"));
        }

        @Test
        void refusesReversingTheParentsSideOfASubFund() {
            fixture.given(history(launched(), paidIn("lp-1", cny("1000.00"), LAUNCH),
                            new SubFundCommitted(FUND, new FundId("xiamen-ip-sub-1"), "Sub-Fund I",
                                    cny("4000.00"), new CommitmentId("guidance-to-sub-1"), cny("1000.00"),
                                    LOCAL_FISCAL, FEB_1)))
                    .when(reverse("fix-1", "xiamen-ip-sub-1", MARCH_1))
                    .expectNoEvents()
                    .expectException(FactNotReversible.class)
                    .expectException(rule("FACT_NOT_REVERSIBLE", "reverses"));
        }

        @Test
        void refusesReversingAnUnknownFact() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00"), LAUNCH))
                    .when(reverse("fix-1", "lp-9", MARCH_1))
                    .expectNoEvents()
                    .expectException(UnknownFactToReverse.class)
                    .expectException(UnknownFact.class)
                    .expectException(rule("FACT_NOT_FOUND", "reverses"));
        }
    }

    @Nested
    class CorrectionDatesAndIds {

        @Test
        void refusesCorrectionDatedBeforeTheCommitment() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00"), MARCH_1))
                    .when(reverse("fix-1", "lp-1", MARCH_1.minusDays(1)))
                    .expectNoEvents()
                    .expectException(CorrectionBeforeFact.class)
                    .expectException(rule("CORRECTION_BEFORE_FACT", "date"));
        }

        @Test
        void acceptsCorrectionDatedOnTheCommitmentsOwnDate() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00"), MARCH_1))
                    .when(reverse("fix-1", "lp-1", MARCH_1))
                    .expectEvents(new CommitmentReversed(FUND, new CorrectionId("fix-1"), new CommitmentId("lp-1"),
                            SOCIAL, cny("100.00"), REASON, MARCH_1));
        }

        @Test
        void refusesCorrectionDatedBeforeTheContribution() {
            fixture.given(launched(), committed("lp-1", STATE_OWNED, cny("100.00"), LAUNCH),
                            called("call-1", LAUNCH, allocation("lp-1", STATE_OWNED, cny("40.00"))),
                            contributed("in-1", "lp-1", "call-1", STATE_OWNED, cny("40.00"), MARCH_1))
                    .when(reverse("fix-1", "in-1", MARCH_1.minusDays(1)))
                    .expectNoEvents()
                    .expectException(CorrectionBeforeFact.class)
                    .expectException(rule("CORRECTION_BEFORE_FACT", "date"));
        }

        @Test
        void refusesCorrectionDatedBeforeTheInvestment() {
            fixture.given(history(launched(), paidIn("lp-1", cny("1000.00"), LAUNCH),
                            invested("inv-1", cny("100.00"), MARCH_1)))
                    .when(reverse("fix-1", "inv-1", MARCH_1.minusDays(1)))
                    .expectNoEvents()
                    .expectException(CorrectionBeforeFact.class)
                    .expectException(rule("CORRECTION_BEFORE_FACT", "date"));
        }

        @Test
        void acceptsCorrectionDatedOnTheInvestmentsOwnDate() {
            fixture.given(history(launched(), paidIn("lp-1", cny("1000.00"), LAUNCH),
                            invested("inv-1", cny("100.00"), MARCH_1)))
                    .when(reverse("fix-1", "inv-1", MARCH_1))
                    .expectEvents(new InvestmentReversed(FUND, new CorrectionId("fix-1"), new InvestmentId("inv-1"),
                            cny("100.00"), REASON, MARCH_1));
        }

        @Test
        void refusesCorrectionDatedBeforeTheCoInvestment() {
            fixture.given(history(launched(), paidIn("lp-1", cny("1000.00"), LAUNCH),
                            invested("inv-1", cny("100.00"), FEB_1),
                            new CoInvestmentRecorded(FUND, new InvestmentId("inv-1"), new CoInvestmentId("co-1"),
                                    "Xiamen State Capital Group", STATE_OWNED, cny("620.00"), null, cny("620.00"),
                                    MARCH_1)))
                    .when(reverse("fix-1", "co-1", MARCH_1.minusDays(1)))
                    .expectNoEvents()
                    .expectException(CorrectionBeforeFact.class)
                    .expectException(rule("CORRECTION_BEFORE_FACT", "date"));
        }

        @Test
        void refusesCorrectionDatedInTheFuture() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00"), LAUNCH))
                    .when(reverse("fix-1", "lp-1", TODAY.plusDays(1)))
                    .expectNoEvents()
                    .expectException(DateInFuture.class)
                    .expectException(rule("DATE_IN_FUTURE", "date"));
        }

        @Test
        void refusesReusedCorrectionId() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00"), LAUNCH),
                            committed("lp-2", SOCIAL, cny("100.00"), LAUNCH),
                            commitmentReversed("fix-1", "lp-1", SOCIAL, cny("100.00"), FEB_1))
                    .when(reverse("fix-1", "lp-2", MARCH_1))
                    .expectNoEvents()
                    .expectException(DuplicateId.class)
                    .expectException(rule("DUPLICATE_ID", null));
        }

        @Test
        void refusesCorrectionIdAlreadyUsedByAnotherFact() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00"), LAUNCH),
                            committed("lp-2", SOCIAL, cny("100.00"), LAUNCH))
                    .when(reverse("lp-2", "lp-1", MARCH_1))
                    .expectNoEvents()
                    .expectException(DuplicateId.class)
                    .expectException(rule("DUPLICATE_ID", null));
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

    private static FundLaunched launched() {
        return launchedWith();
    }

    private static FundLaunched launchedWith(PolicyTerms... terms) {
        return new FundLaunched(FUND, "Belt and Road IP Guidance Fund", FundType.GUIDANCE,
                Currency.getInstance("CNY"), LAUNCH, new FundPolicy(List.of(terms)));
    }

    private static ReverseFact reverse(String correctionId, String factId, LocalDate date) {
        return new ReverseFact(FUND, new CorrectionId(correctionId), factId, REASON, date);
    }

    private static CommitmentRecorded committed(String id, CapitalSource source, Money amount, LocalDate date) {
        return new CommitmentRecorded(FUND, new CommitmentId(id), "investor of " + id, source, amount, date);
    }

    private static CommitmentReversed commitmentReversed(String correctionId, String commitmentId,
                                                         CapitalSource source, Money amount, LocalDate date) {
        return new CommitmentReversed(FUND, new CorrectionId(correctionId), new CommitmentId(commitmentId), source,
                amount, REASON, date);
    }

    private static CallAllocation allocation(String commitmentId, CapitalSource source, Money amount) {
        return new CallAllocation(new CommitmentId(commitmentId), source, amount);
    }

    private static CapitalCalled called(String callId, LocalDate date, CallAllocation... allocations) {
        Money total = List.of(allocations).stream().map(CallAllocation::amount).reduce(Money::plus).orElseThrow();
        return new CapitalCalled(FUND, new CallId(callId), total, date, null, List.of(allocations));
    }

    private static ContributionReceived contributed(String id, String commitmentId, String callId,
                                                    CapitalSource source, Money amount, LocalDate date) {
        return new ContributionReceived(FUND, new ContributionId(id), new CommitmentId(commitmentId),
                new CallId(callId), source, amount, date);
    }

    private static ContributionReversed contributionReversed(String correctionId, String contributionId,
                                                             String commitmentId, String callId,
                                                             CapitalSource source, Money amount, LocalDate date) {
        return new ContributionReversed(FUND, new CorrectionId(correctionId), new ContributionId(contributionId),
                new CommitmentId(commitmentId), new CallId(callId), source, amount, REASON, date);
    }

    private static RecordContribution recordContribution(String id, String commitmentId, String callId, Money amount,
                                                         LocalDate date) {
        return new RecordContribution(FUND, new ContributionId(id), new CommitmentId(commitmentId),
                new CallId(callId), amount, date);
    }

    /** A local-fiscal commitment called in full ("call-" + id) and paid in ("in-" + id), all on one date. */
    private static List<Object> paidIn(String commitmentId, Money amount, LocalDate date) {
        return List.of(committed(commitmentId, LOCAL_FISCAL, amount, date),
                called("call-" + commitmentId, date, allocation(commitmentId, LOCAL_FISCAL, amount)),
                contributed("in-" + commitmentId, commitmentId, "call-" + commitmentId, LOCAL_FISCAL, amount, date));
    }

    private static DirectInvestmentRecorded invested(String id, Money amount, LocalDate date) {
        return new DirectInvestmentRecorded(FUND, new InvestmentId(id), PATENT_CO, amount, null, amount, date,
                true);
    }
}
