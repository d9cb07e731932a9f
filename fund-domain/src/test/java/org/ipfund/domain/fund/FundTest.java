package org.ipfund.domain.fund;

import static org.ipfund.domain.FundCalendar.CLOCK;
import static org.ipfund.domain.FundCalendar.LAUNCH;
import static org.ipfund.domain.FundCalendar.SHANGHAI;
import static org.ipfund.domain.FundCalendar.TODAY;
import static org.ipfund.domain.RuleMatchers.rule;
import static org.ipfund.domain.CapitalSource.CENTRAL_FISCAL;
import static org.ipfund.domain.CapitalSource.LOCAL_FISCAL;
import static org.ipfund.domain.CapitalSource.SOCIAL;
import static org.ipfund.domain.CapitalSource.STATE_OWNED;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matchers;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundRuleViolation;
import org.ipfund.domain.money.CurrencyMismatch;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.domain.policy.PolicyTerms;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ipfund.domain.FundId;
import org.ipfund.domain.DateInFuture;
import org.ipfund.domain.DateTooEarly;
import org.ipfund.domain.money.CurrencyNotMoney;
import org.ipfund.domain.DateBeforeLaunch;
import org.ipfund.domain.DuplicateId;
import org.ipfund.domain.money.AmountNotPositive;

class FundTest {

    private static final FundId FUND = new FundId("xiamen-ip-guidance");

    private final FixtureConfiguration<Fund> fixture = fixture();

    private static FixtureConfiguration<Fund> fixture() {
        return new AggregateTestFixture<>(Fund.class).registerInjectableResource(CLOCK);
    }

    @Nested
    class Launching {

        @Test
        void launchesFundDatedToday() {
            fixture.givenNoPriorActivity()
                    .when(launchFund(TODAY))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(launchedOn(TODAY));
        }

        @Test
        void launchesFundDatedInThePast() {
            fixture.givenNoPriorActivity()
                    .when(launchFund(LAUNCH))
                    .expectEvents(launched());
        }

        @Test
        void refusesAnAbsoluteShareCapInAnotherCurrencyThanTheFunds() {
            var usdCap = new PolicyTerms(LAUNCH, null, Money.of("20000000.00", "USD"), null, null, null, null);
            fixture.givenNoPriorActivity()
                    .when(new LaunchFund(FUND, "Belt and Road IP Guidance Fund", FundType.GUIDANCE,
                            Currency.getInstance("CNY"), LAUNCH, new FundPolicy(List.of(usdCap))))
                    .expectNoEvents()
                    .expectException(CurrencyMismatch.class)
                    .expectException(rule("CURRENCY_MISMATCH", "policy.terms.shareCapAmount"));
        }

        @Test
        void refusesLaunchDatedBefore1900() {
            fixture.givenNoPriorActivity()
                    .when(launchFund(LocalDate.of(1582, 10, 10)))
                    .expectNoEvents()
                    .expectException(DateTooEarly.class)
                    .expectException(rule("DATE_BEFORE_1900", "launchDate"));
        }

        @Test
        void launchesFundDatedOnTheFirstDayOf1900() {
            fixture.givenNoPriorActivity()
                    .when(launchFund(LocalDate.of(1900, 1, 1)))
                    .expectEvents(launchedOn(LocalDate.of(1900, 1, 1)));
        }

        @Test
        void refusesAPolicyInForceBefore1900() {
            var terms = PolicyTerms.none(LocalDate.of(1899, 12, 31));
            fixture.givenNoPriorActivity()
                    .when(new LaunchFund(FUND, "Belt and Road IP Guidance Fund", FundType.GUIDANCE,
                            Currency.getInstance("CNY"), LAUNCH, new FundPolicy(List.of(terms))))
                    .expectNoEvents()
                    .expectException(rule("DATE_BEFORE_1900", "policy.terms.effectiveFrom"));
        }

        @Test
        void refusesAFundInACurrencyThatIsNoMoney() {
            for (String code : List.of("XXX", "XAU", "XTS", "XDR", "CLF", "USN")) {
                fixture().givenNoPriorActivity()
                        .when(new LaunchFund(FUND, "Belt and Road IP Guidance Fund", FundType.GUIDANCE,
                                Currency.getInstance(code), LAUNCH, FundPolicy.none()))
                        .expectNoEvents()
                        .expectException(CurrencyNotMoney.class)
                        .expectException(rule("CURRENCY_NOT_MONEY", "currency"));
            }
        }

        @Test
        void refusesLaunchDatedInTheFuture() {
            fixture.givenNoPriorActivity()
                    .when(launchFund(TODAY.plusDays(1)))
                    .expectNoEvents()
                    .expectException(DateInFuture.class)
                    .expectException(rule("DATE_IN_FUTURE", "launchDate"));
        }
    }

    @Nested
    class RecordingCommitments {

        @Test
        void recordsCommitment() {
            fixture.given(launched())
                    .when(recordCommitment("lp-1", STATE_OWNED, cny("31000000.00"), LAUNCH.plusDays(10)))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(committedOn("lp-1", STATE_OWNED, cny("31000000.00"), LAUNCH.plusDays(10)));
        }

        @Test
        void refusesZeroCommitment() {
            fixture.given(launched())
                    .when(recordCommitment("lp-1", SOCIAL, cny("0.00"), LAUNCH))
                    .expectNoEvents()
                    .expectException(AmountNotPositive.class)
                    .expectException(rule("AMOUNT_NOT_POSITIVE", "amount"));
        }

        @Test
        void refusesNegativeCommitment() {
            fixture.given(launched())
                    .when(recordCommitment("lp-1", SOCIAL, cny("-0.01"), LAUNCH))
                    .expectNoEvents()
                    .expectException(AmountNotPositive.class);
        }

        @Test
        void acceptsCommitmentOfTheSmallestPositiveAmount() {
            fixture.given(launched())
                    .when(recordCommitment("lp-1", SOCIAL, cny("0.01"), LAUNCH))
                    .expectEvents(committed("lp-1", SOCIAL, cny("0.01")));
        }

        @Test
        void refusesCommitmentInAnotherCurrencyThanTheFunds() {
            fixture.given(launched())
                    .when(recordCommitment("lp-1", SOCIAL, Money.of("1000.00", "USD"), LAUNCH))
                    .expectNoEvents()
                    .expectException(CurrencyMismatch.class)
                    .expectException(rule("CURRENCY_MISMATCH", "amount"));
        }

        @Test
        void acceptsCommitmentInTheCurrencyOfAUsdFund() {
            fixture.given(launchedIn(Currency.getInstance("USD")))
                    .when(recordCommitment("lp-1", SOCIAL, Money.of("1000.00", "USD"), LAUNCH))
                    .expectEvents(committed("lp-1", SOCIAL, Money.of("1000.00", "USD")));
        }

        @Test
        void refusesCommitmentDatedBeforeLaunch() {
            fixture.given(launched())
                    .when(recordCommitment("lp-1", SOCIAL, cny("100.00"), LAUNCH.minusDays(1)))
                    .expectNoEvents()
                    .expectException(DateBeforeLaunch.class)
                    .expectException(rule("DATE_BEFORE_LAUNCH", "date"));
        }

        @Test
        void acceptsCommitmentDatedOnTheLaunchDate() {
            fixture.given(launched())
                    .when(recordCommitment("lp-1", SOCIAL, cny("100.00"), LAUNCH))
                    .expectEvents(committedOn("lp-1", SOCIAL, cny("100.00"), LAUNCH));
        }

        @Test
        void refusesCommitmentDatedInTheFuture() {
            fixture.given(launched())
                    .when(recordCommitment("lp-1", SOCIAL, cny("100.00"), TODAY.plusDays(1)))
                    .expectNoEvents()
                    .expectException(DateInFuture.class)
                    .expectException(rule("DATE_IN_FUTURE", "date"));
        }

        @Test
        void acceptsCommitmentDatedToday() {
            fixture.given(launched())
                    .when(recordCommitment("lp-1", SOCIAL, cny("100.00"), TODAY))
                    .expectEvents(committedOn("lp-1", SOCIAL, cny("100.00"), TODAY));
        }

        @Test
        void refusesReusedCommitmentId() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00")))
                    .when(recordCommitment("lp-1", STATE_OWNED, cny("200.00"), LAUNCH))
                    .expectNoEvents()
                    .expectException(DuplicateId.class)
                    .expectException(rule("DUPLICATE_ID", null));
        }

        @Test
        void refusesCommitmentIdAlreadyUsedByACall() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00")),
                            calledOn("call-1", LAUNCH, allocation("lp-1", SOCIAL, cny("50.00"))))
                    .when(recordCommitment("call-1", SOCIAL, cny("100.00"), LAUNCH))
                    .expectNoEvents()
                    .expectException(DuplicateId.class);
        }
    }

    @Nested
    class CallingCapital {

        @Test
        void refusesCallBeyondUncalledCommitments() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00")))
                    .when(callCapital("call-1", cny("100.01"), LAUNCH))
                    .expectNoEvents()
                    .expectException(CallExceedsUncalledCommitments.class)
                    .expectException(rule("CALL_EXCEEDS_UNFUNDED_COMMITMENTS", "amount"));
        }

        @Test
        void acceptsCallOfExactlyTheUncalledTotal() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00")),
                            committed("lp-2", STATE_OWNED, cny("300.00")))
                    .when(callCapital("call-1", cny("400.00"), LAUNCH))
                    .expectEvents(calledOn("call-1", LAUNCH,
                            allocation("lp-1", SOCIAL, cny("100.00")),
                            allocation("lp-2", STATE_OWNED, cny("300.00"))));
        }

        @Test
        void refusesCallWhenNothingIsCommitted() {
            fixture.given(launched())
                    .when(callCapital("call-1", cny("0.01"), LAUNCH))
                    .expectNoEvents()
                    .expectException(CallExceedsUncalledCommitments.class);
        }

        @Test
        void refusesCallBeyondWhatEarlierCallsLeftUncalled() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00")),
                            calledOn("call-1", LAUNCH, allocation("lp-1", SOCIAL, cny("60.00"))))
                    .when(callCapital("call-2", cny("40.01"), LAUNCH))
                    .expectNoEvents()
                    .expectException(CallExceedsUncalledCommitments.class);
        }

        @Test
        void acceptsCallOfExactlyWhatEarlierCallsLeftUncalled() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00")),
                            calledOn("call-1", LAUNCH, allocation("lp-1", SOCIAL, cny("60.00"))))
                    .when(callCapital("call-2", cny("40.00"), LAUNCH))
                    .expectEvents(calledOn("call-2", LAUNCH, allocation("lp-1", SOCIAL, cny("40.00"))));
        }

        @Test
        void refusesCallOfAFullyCalledFund() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00")),
                            calledOn("call-1", LAUNCH, allocation("lp-1", SOCIAL, cny("100.00"))))
                    .when(callCapital("call-2", cny("0.01"), LAUNCH))
                    .expectNoEvents()
                    .expectException(CallExceedsUncalledCommitments.class);
        }

        @Test
        void splitsCallAcrossEqualCommitmentsGivingTheLeftOverFenToTheEarliest() {
            fixture.given(launched(), committed("lp-1", CENTRAL_FISCAL, cny("300.00")),
                            committed("lp-2", STATE_OWNED, cny("300.00")),
                            committed("lp-3", SOCIAL, cny("300.00")))
                    .when(callCapital("call-1", cny("100.00"), LAUNCH))
                    .expectEvents(calledOn("call-1", LAUNCH,
                            allocation("lp-1", CENTRAL_FISCAL, cny("33.34")),
                            allocation("lp-2", STATE_OWNED, cny("33.33")),
                            allocation("lp-3", SOCIAL, cny("33.33"))));
        }

        @Test
        void givesTheLeftOverFenToTheLargestRemainder() {
            // 10 fen over 3:1:3 is 4.29, 1.43, 4.29 fen: the one fen left over goes to the .43, not the earliest
            fixture.given(launched(), committed("lp-1", LOCAL_FISCAL, cny("30.00")),
                            committed("lp-2", STATE_OWNED, cny("10.00")),
                            committed("lp-3", SOCIAL, cny("30.00")))
                    .when(callCapital("call-1", cny("0.10"), LAUNCH))
                    .expectEvents(calledOn("call-1", LAUNCH,
                            allocation("lp-1", LOCAL_FISCAL, cny("0.04")),
                            allocation("lp-2", STATE_OWNED, cny("0.02")),
                            allocation("lp-3", SOCIAL, cny("0.04"))));
        }

        @Test
        void splitsCallInProportionToWhatEachCommitmentHasNotYetBeenCalledFor() {
            // lp-1 committed 200 but 50 of it was called already: uncalled 150 against lp-2's 100
            fixture.given(launched(), committed("lp-1", LOCAL_FISCAL, cny("200.00")),
                            committed("lp-2", SOCIAL, cny("100.00")),
                            calledOn("call-1", LAUNCH, allocation("lp-1", LOCAL_FISCAL, cny("50.00"))))
                    .when(callCapital("call-2", cny("100.00"), LAUNCH))
                    .expectEvents(calledOn("call-2", LAUNCH,
                            allocation("lp-1", LOCAL_FISCAL, cny("60.00")),
                            allocation("lp-2", SOCIAL, cny("40.00"))));
        }

        @Test
        void leavesFullyCalledCommitmentsOutOfTheCall() {
            fixture.given(launched(), committed("lp-1", LOCAL_FISCAL, cny("100.00")),
                            committed("lp-2", SOCIAL, cny("100.00")),
                            calledOn("call-1", LAUNCH, allocation("lp-1", LOCAL_FISCAL, cny("100.00"))))
                    .when(callCapital("call-2", cny("30.00"), LAUNCH))
                    .expectEvents(calledOn("call-2", LAUNCH, allocation("lp-2", SOCIAL, cny("30.00"))));
        }

        @Test
        void callsOnlyTheNamedCommitments() {
            fixture.given(launched(), committed("lp-1", CENTRAL_FISCAL, cny("100.00")),
                            committed("lp-2", STATE_OWNED, cny("100.00")),
                            committed("lp-3", SOCIAL, cny("300.00")))
                    .when(callCapital("call-1", cny("80.00"), LAUNCH, "lp-3", "lp-1"))
                    .expectEvents(calledOn("call-1", LAUNCH,
                            allocation("lp-3", SOCIAL, cny("60.00")),
                            allocation("lp-1", CENTRAL_FISCAL, cny("20.00"))));
        }

        @Test
        void acceptsCallOfExactlyWhatTheNamedCommitmentsLeaveUncalled() {
            fixture.given(launched(), committed("lp-1", CENTRAL_FISCAL, cny("100.00")),
                            committed("lp-2", STATE_OWNED, cny("100.00")))
                    .when(callCapital("call-1", cny("100.00"), LAUNCH, "lp-2"))
                    .expectEvents(calledOn("call-1", LAUNCH, allocation("lp-2", STATE_OWNED, cny("100.00"))));
        }

        @Test
        void refusesCallBeyondTheNamedCommitmentsEvenWhenOthersCouldCoverIt() {
            fixture.given(launched(), committed("lp-1", CENTRAL_FISCAL, cny("100.00")),
                            committed("lp-2", STATE_OWNED, cny("100.00")))
                    .when(callCapital("call-1", cny("100.01"), LAUNCH, "lp-2"))
                    .expectNoEvents()
                    .expectException(CallExceedsUncalledCommitments.class);
        }

        @Test
        void refusesCallNamingAnUnknownCommitment() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00")))
                    .when(callCapital("call-1", cny("10.00"), LAUNCH, "lp-1", "lp-9"))
                    .expectNoEvents()
                    .expectException(UnknownCommitment.class)
                    .expectException(rule("COMMITMENT_NOT_FOUND", "commitmentId"));
        }

        @Test
        void leavesCommitmentsDatedAfterTheCallOutOfIt() {
            LocalDate callDate = LocalDate.of(2018, 3, 1);
            fixture.given(launched(), committedOn("lp-1", SOCIAL, cny("100.00"), LAUNCH),
                            committedOn("lp-2", STATE_OWNED, cny("100.00"), callDate.plusDays(1)))
                    .when(callCapital("call-1", cny("50.00"), callDate))
                    .expectEvents(calledOn("call-1", callDate, allocation("lp-1", SOCIAL, cny("50.00"))));
        }

        @Test
        void refusesCallThatOnlyCommitmentsDatedAfterItCouldCover() {
            LocalDate callDate = LocalDate.of(2018, 3, 1);
            fixture.given(launched(), committedOn("lp-1", SOCIAL, cny("100.00"), LAUNCH),
                            committedOn("lp-2", STATE_OWNED, cny("100.00"), callDate.plusDays(1)))
                    .when(callCapital("call-1", cny("100.01"), callDate))
                    .expectNoEvents()
                    .expectException(CallExceedsUncalledCommitments.class);
        }

        @Test
        void refusesCallNamingOnlyACommitmentDatedAfterIt() {
            LocalDate callDate = LocalDate.of(2018, 3, 1);
            fixture.given(launched(), committedOn("lp-1", SOCIAL, cny("100.00"), callDate.plusDays(1)))
                    .when(callCapital("call-1", cny("10.00"), callDate, "lp-1"))
                    .expectNoEvents()
                    .expectException(CallExceedsUncalledCommitments.class);
        }

        @Test
        void includesCommitmentsDatedOnTheCallDate() {
            LocalDate callDate = LocalDate.of(2018, 3, 1);
            fixture.given(launched(), committedOn("lp-1", SOCIAL, cny("100.00"), LAUNCH),
                            committedOn("lp-2", STATE_OWNED, cny("100.00"), callDate))
                    .when(callCapital("call-1", cny("200.00"), callDate))
                    .expectEvents(calledOn("call-1", callDate,
                            allocation("lp-1", SOCIAL, cny("100.00")),
                            allocation("lp-2", STATE_OWNED, cny("100.00"))));
        }

        @Test
        void refusesZeroCall() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00")))
                    .when(callCapital("call-1", cny("0.00"), LAUNCH))
                    .expectNoEvents()
                    .expectException(AmountNotPositive.class);
        }

        @Test
        void refusesNegativeCall() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00")))
                    .when(callCapital("call-1", cny("-10.00"), LAUNCH))
                    .expectNoEvents()
                    .expectException(AmountNotPositive.class);
        }

        @Test
        void refusesCallInAnotherCurrencyThanTheFunds() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00")))
                    .when(callCapital("call-1", Money.of("10.00", "USD"), LAUNCH))
                    .expectNoEvents()
                    .expectException(CurrencyMismatch.class);
        }

        @Test
        void refusesCallDatedBeforeLaunch() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00")))
                    .when(callCapital("call-1", cny("10.00"), LAUNCH.minusDays(1)))
                    .expectNoEvents()
                    .expectException(DateBeforeLaunch.class);
        }

        @Test
        void acceptsCallDatedOnTheLaunchDate() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00")))
                    .when(callCapital("call-1", cny("10.00"), LAUNCH))
                    .expectEvents(calledOn("call-1", LAUNCH, allocation("lp-1", SOCIAL, cny("10.00"))));
        }

        @Test
        void refusesCallDatedInTheFuture() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00")))
                    .when(callCapital("call-1", cny("10.00"), TODAY.plusDays(1)))
                    .expectNoEvents()
                    .expectException(DateInFuture.class)
                    .expectException(rule("DATE_IN_FUTURE", "date"));
        }

        @Test
        void acceptsCallDatedToday() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00")))
                    .when(callCapital("call-1", cny("10.00"), TODAY))
                    .expectEvents(calledOn("call-1", TODAY, allocation("lp-1", SOCIAL, cny("10.00"))));
        }

        @Test
        void carriesTheDueDateIntoTheEvent() {
            LocalDate due = TODAY.plusDays(30);
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00")))
                    .when(new CallCapital(FUND, new CallId("call-1"), cny("10.00"), TODAY, due, List.of()))
                    .expectEvents(new CapitalCalled(FUND, new CallId("call-1"), cny("10.00"), TODAY, due,
                            List.of(allocation("lp-1", SOCIAL, cny("10.00")))));
        }

        @Test
        void refusesCallIdEqualToACommitmentId() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00")))
                    .when(callCapital("lp-1", cny("10.00"), LAUNCH))
                    .expectNoEvents()
                    .expectException(DuplicateId.class)
                    .expectException(rule("DUPLICATE_ID", null));
        }

        @Test
        void refusesReusedCallId() {
            fixture.given(launched(), committed("lp-1", SOCIAL, cny("100.00")),
                            calledOn("call-1", LAUNCH, allocation("lp-1", SOCIAL, cny("10.00"))))
                    .when(callCapital("call-1", cny("10.00"), LAUNCH))
                    .expectNoEvents()
                    .expectException(DuplicateId.class);
        }
    }

    @Nested
    class ReceivingContributions {

        @Test
        void acceptsContributionOfExactlyWhatWasCalled() {
            fixture.given(launched(), committed("lp-1", STATE_OWNED, cny("100.00")),
                            calledOn("call-1", LAUNCH, allocation("lp-1", STATE_OWNED, cny("40.00"))))
                    .when(recordContribution("in-1", "lp-1", "call-1", cny("40.00"), LAUNCH))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(contributed("in-1", "lp-1", "call-1", STATE_OWNED, cny("40.00"), LAUNCH));
        }

        @Test
        void refusesContributionBeyondWhatWasCalled() {
            fixture.given(launched(), committed("lp-1", STATE_OWNED, cny("100.00")),
                            calledOn("call-1", LAUNCH, allocation("lp-1", STATE_OWNED, cny("40.00"))))
                    .when(recordContribution("in-1", "lp-1", "call-1", cny("40.01"), LAUNCH))
                    .expectNoEvents()
                    .expectException(ContributionExceedsCalled.class)
                    .expectException(rule("CONTRIBUTION_EXCEEDS_CALLED", "amount"));
        }

        @Test
        void refusesContributionBeyondWhatAPartialContributionLeftOutstanding() {
            fixture.given(launched(), committed("lp-1", STATE_OWNED, cny("100.00")),
                            calledOn("call-1", LAUNCH, allocation("lp-1", STATE_OWNED, cny("40.00"))),
                            contributed("in-1", "lp-1", "call-1", STATE_OWNED, cny("25.00"), LAUNCH))
                    .when(recordContribution("in-2", "lp-1", "call-1", cny("15.01"), LAUNCH))
                    .expectNoEvents()
                    .expectException(ContributionExceedsCalled.class);
        }

        @Test
        void acceptsContributionOfExactlyWhatAPartialContributionLeftOutstanding() {
            fixture.given(launched(), committed("lp-1", STATE_OWNED, cny("100.00")),
                            calledOn("call-1", LAUNCH, allocation("lp-1", STATE_OWNED, cny("40.00"))),
                            contributed("in-1", "lp-1", "call-1", STATE_OWNED, cny("25.00"), LAUNCH))
                    .when(recordContribution("in-2", "lp-1", "call-1", cny("15.00"), TODAY))
                    .expectEvents(contributed("in-2", "lp-1", "call-1", STATE_OWNED, cny("15.00"), TODAY));
        }

        @Test
        void refusesContributionToAFullyPaidCall() {
            fixture.given(launched(), committed("lp-1", STATE_OWNED, cny("100.00")),
                            calledOn("call-1", LAUNCH, allocation("lp-1", STATE_OWNED, cny("40.00"))),
                            contributed("in-1", "lp-1", "call-1", STATE_OWNED, cny("40.00"), LAUNCH))
                    .when(recordContribution("in-2", "lp-1", "call-1", cny("0.01"), LAUNCH))
                    .expectNoEvents()
                    .expectException(ContributionExceedsCalled.class);
        }

        @Test
        void refusesContributionBeyondWhatItsOwnCallAskedEvenWhenAnotherCallAskedMore() {
            fixture.given(launched(), committed("lp-1", STATE_OWNED, cny("100.00")),
                            calledOn("call-1", LAUNCH, allocation("lp-1", STATE_OWNED, cny("30.00"))),
                            calledOn("call-2", LAUNCH, allocation("lp-1", STATE_OWNED, cny("30.00"))))
                    .when(recordContribution("in-1", "lp-1", "call-1", cny("30.01"), LAUNCH))
                    .expectNoEvents()
                    .expectException(ContributionExceedsCalled.class);
        }

        @Test
        void refusesContributionFromACommitmentNotPartOfTheCall() {
            fixture.given(launched(), committed("lp-1", STATE_OWNED, cny("100.00")),
                            committed("lp-2", SOCIAL, cny("100.00")),
                            calledOn("call-1", LAUNCH, allocation("lp-1", STATE_OWNED, cny("40.00"))))
                    .when(recordContribution("in-1", "lp-2", "call-1", cny("0.01"), LAUNCH))
                    .expectNoEvents()
                    .expectException(ContributionExceedsCalled.class);
        }

        @Test
        void refusesContributionToAnUnknownCall() {
            fixture.given(launched(), committed("lp-1", STATE_OWNED, cny("100.00")),
                            calledOn("call-1", LAUNCH, allocation("lp-1", STATE_OWNED, cny("40.00"))))
                    .when(recordContribution("in-1", "lp-1", "call-9", cny("10.00"), LAUNCH))
                    .expectNoEvents()
                    .expectException(UnknownCall.class)
                    .expectException(rule("CALL_NOT_FOUND", "callId"));
        }

        @Test
        void refusesContributionFromAnUnknownCommitment() {
            fixture.given(launched(), committed("lp-1", STATE_OWNED, cny("100.00")),
                            calledOn("call-1", LAUNCH, allocation("lp-1", STATE_OWNED, cny("40.00"))))
                    .when(recordContribution("in-1", "lp-9", "call-1", cny("10.00"), LAUNCH))
                    .expectNoEvents()
                    .expectException(UnknownCommitment.class)
                    .expectException(rule("COMMITMENT_NOT_FOUND", "commitmentId"));
        }

        @Test
        void refusesContributionDatedBeforeTheCall() {
            LocalDate callDate = LocalDate.of(2018, 3, 1);
            fixture.given(launched(), committed("lp-1", STATE_OWNED, cny("100.00")),
                            calledOn("call-1", callDate, allocation("lp-1", STATE_OWNED, cny("40.00"))))
                    .when(recordContribution("in-1", "lp-1", "call-1", cny("40.00"), callDate.minusDays(1)))
                    .expectNoEvents()
                    .expectException(ContributionBeforeCall.class)
                    .expectException(rule("CONTRIBUTION_BEFORE_CALL", "date"));
        }

        @Test
        void acceptsContributionDatedOnTheCallDate() {
            LocalDate callDate = LocalDate.of(2018, 3, 1);
            fixture.given(launched(), committed("lp-1", STATE_OWNED, cny("100.00")),
                            calledOn("call-1", callDate, allocation("lp-1", STATE_OWNED, cny("40.00"))))
                    .when(recordContribution("in-1", "lp-1", "call-1", cny("40.00"), callDate))
                    .expectEvents(contributed("in-1", "lp-1", "call-1", STATE_OWNED, cny("40.00"), callDate));
        }

        @Test
        void refusesContributionDatedInTheFuture() {
            fixture.given(launched(), committed("lp-1", STATE_OWNED, cny("100.00")),
                            calledOn("call-1", LAUNCH, allocation("lp-1", STATE_OWNED, cny("40.00"))))
                    .when(recordContribution("in-1", "lp-1", "call-1", cny("40.00"), TODAY.plusDays(1)))
                    .expectNoEvents()
                    .expectException(DateInFuture.class);
        }

        @Test
        void acceptsContributionDatedToday() {
            fixture.given(launched(), committed("lp-1", STATE_OWNED, cny("100.00")),
                            calledOn("call-1", LAUNCH, allocation("lp-1", STATE_OWNED, cny("40.00"))))
                    .when(recordContribution("in-1", "lp-1", "call-1", cny("40.00"), TODAY))
                    .expectEvents(contributed("in-1", "lp-1", "call-1", STATE_OWNED, cny("40.00"), TODAY));
        }

        @Test
        void refusesContributionDatedBeforeLaunch() {
            fixture.given(launched(), committed("lp-1", STATE_OWNED, cny("100.00")),
                            calledOn("call-1", LAUNCH, allocation("lp-1", STATE_OWNED, cny("40.00"))))
                    .when(recordContribution("in-1", "lp-1", "call-1", cny("40.00"), LAUNCH.minusDays(1)))
                    .expectNoEvents()
                    .expectException(DateBeforeLaunch.class);
        }

        @Test
        void refusesZeroContribution() {
            fixture.given(launched(), committed("lp-1", STATE_OWNED, cny("100.00")),
                            calledOn("call-1", LAUNCH, allocation("lp-1", STATE_OWNED, cny("40.00"))))
                    .when(recordContribution("in-1", "lp-1", "call-1", cny("0.00"), LAUNCH))
                    .expectNoEvents()
                    .expectException(AmountNotPositive.class);
        }

        @Test
        void refusesNegativeContribution() {
            fixture.given(launched(), committed("lp-1", STATE_OWNED, cny("100.00")),
                            calledOn("call-1", LAUNCH, allocation("lp-1", STATE_OWNED, cny("40.00"))))
                    .when(recordContribution("in-1", "lp-1", "call-1", cny("-40.00"), LAUNCH))
                    .expectNoEvents()
                    .expectException(AmountNotPositive.class);
        }

        @Test
        void refusesContributionInAnotherCurrencyThanTheFunds() {
            fixture.given(launched(), committed("lp-1", STATE_OWNED, cny("100.00")),
                            calledOn("call-1", LAUNCH, allocation("lp-1", STATE_OWNED, cny("40.00"))))
                    .when(recordContribution("in-1", "lp-1", "call-1", Money.of("5.00", "USD"), LAUNCH))
                    .expectNoEvents()
                    .expectException(CurrencyMismatch.class);
        }

        @Test
        void refusesContributionIdAlreadyUsedByACall() {
            fixture.given(launched(), committed("lp-1", STATE_OWNED, cny("100.00")),
                            calledOn("call-1", LAUNCH, allocation("lp-1", STATE_OWNED, cny("40.00"))))
                    .when(recordContribution("call-1", "lp-1", "call-1", cny("10.00"), LAUNCH))
                    .expectNoEvents()
                    .expectException(DuplicateId.class);
        }

        @Test
        void refusesReusedContributionId() {
            fixture.given(launched(), committed("lp-1", STATE_OWNED, cny("100.00")),
                            calledOn("call-1", LAUNCH, allocation("lp-1", STATE_OWNED, cny("40.00"))),
                            contributed("in-1", "lp-1", "call-1", STATE_OWNED, cny("10.00"), LAUNCH))
                    .when(recordContribution("in-1", "lp-1", "call-1", cny("10.00"), LAUNCH))
                    .expectNoEvents()
                    .expectException(DuplicateId.class);
        }
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private static LaunchFund launchFund(LocalDate launchDate) {
        return new LaunchFund(FUND, "Belt and Road IP Guidance Fund", FundType.GUIDANCE,
                Currency.getInstance("CNY"), launchDate, FundPolicy.none());
    }

    private static FundLaunched launched() {
        return launchedOn(LAUNCH);
    }

    private static FundLaunched launchedOn(LocalDate launchDate) {
        return new FundLaunched(FUND, "Belt and Road IP Guidance Fund", FundType.GUIDANCE,
                Currency.getInstance("CNY"), launchDate, FundPolicy.none());
    }

    private static FundLaunched launchedIn(Currency currency) {
        return new FundLaunched(FUND, "Belt and Road IP Guidance Fund", FundType.GUIDANCE, currency, LAUNCH,
                FundPolicy.none());
    }

    private static RecordCommitment recordCommitment(String id, CapitalSource source, Money amount,
                                                     LocalDate date) {
        return new RecordCommitment(FUND, new CommitmentId(id), investor(id), source, amount, date);
    }

    private static CommitmentRecorded committed(String id, CapitalSource source, Money amount) {
        return committedOn(id, source, amount, LAUNCH);
    }

    private static CommitmentRecorded committedOn(String id, CapitalSource source, Money amount, LocalDate date) {
        return new CommitmentRecorded(FUND, new CommitmentId(id), investor(id), source, amount, date);
    }

    private static String investor(String commitmentId) {
        return "investor of " + commitmentId;
    }

    private static CallCapital callCapital(String callId, Money amount, LocalDate date, String... commitmentIds) {
        return new CallCapital(FUND, new CallId(callId), amount, date, null,
                Arrays.stream(commitmentIds).map(CommitmentId::new).toList());
    }

    private static CallAllocation allocation(String commitmentId, CapitalSource source, Money amount) {
        return new CallAllocation(new CommitmentId(commitmentId), source, amount);
    }

    private static CapitalCalled calledOn(String callId, LocalDate date, CallAllocation... allocations) {
        Money total = Arrays.stream(allocations).map(CallAllocation::amount).reduce(Money::plus).orElseThrow();
        return new CapitalCalled(FUND, new CallId(callId), total, date, null, List.of(allocations));
    }

    private static RecordContribution recordContribution(String id, String commitmentId, String callId,
                                                         Money amount, LocalDate date) {
        return new RecordContribution(FUND, new ContributionId(id), new CommitmentId(commitmentId),
                new CallId(callId), amount, date);
    }

    private static ContributionReceived contributed(String id, String commitmentId, String callId,
                                                    CapitalSource source, Money amount, LocalDate date) {
        return new ContributionReceived(FUND, new ContributionId(id), new CommitmentId(commitmentId),
                new CallId(callId), source, amount, date);
    }
}
