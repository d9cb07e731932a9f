package org.ipfund.domain.fund;

import static org.ipfund.domain.FundCalendar.CLOCK;
import static org.ipfund.domain.FundCalendar.LAUNCH;
import static org.ipfund.domain.FundCalendar.MARCH_1;
import static org.ipfund.domain.FundCalendar.SHANGHAI;
import static org.ipfund.domain.FundCalendar.TODAY;
import static org.ipfund.domain.RuleMatchers.rule;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.ipfund.domain.CapitalSource.CENTRAL_FISCAL;
import static org.ipfund.domain.CapitalSource.LOCAL_FISCAL;
import static org.ipfund.domain.CapitalSource.SOCIAL;
import static org.ipfund.domain.CapitalSource.STATE_OWNED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.hamcrest.TypeSafeMatcher;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.policy.AmendmentId;
import org.ipfund.domain.policy.AmendPolicy;
import org.ipfund.domain.DateBeforeLaunch;
import org.ipfund.domain.DateInFuture;
import org.ipfund.domain.DuplicateId;
import org.ipfund.domain.FundId;
import org.ipfund.domain.FundRuleViolation;
import org.ipfund.domain.correction.CorrectionId;
import org.ipfund.domain.correction.FactNotReversible;
import org.ipfund.domain.correction.ReverseFact;
import org.ipfund.domain.money.AmountNotPositive;
import org.ipfund.domain.money.CurrencyMismatch;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.domain.policy.PolicyAmended;
import org.ipfund.domain.policy.PolicyTerms;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SubFundTest {

    private static final LocalDate MARCH_31 = LocalDate.of(2018, 3, 31);
    private static final LocalDate APRIL_1 = LocalDate.of(2018, 4, 1);
    private static final FundId FUND = new FundId("xiamen-ip-guidance");
    private static final FundId SUB_FUND = new FundId("xiamen-ip-sub-1");
    private static final String SUB_FUND_NAME = "Xiamen IP Operation Sub-Fund I";
    private static final CommitmentId PARENT_COMMITMENT = new CommitmentId("guidance-to-sub-1");
    private static final Money TARGET = cny("100000000.00");
    private static final FundPolicy SUB_FUND_POLICY =
            new FundPolicy(List.of(new PolicyTerms(MARCH_1, null, null, Ratio.of("1.5"), null, null, null)));

    private final FixtureConfiguration<Fund> fixture =
            new AggregateTestFixture<>(Fund.class).registerInjectableResource(CLOCK);

    @Nested
    class CreatingASubFund {

        @Test
        void commitsOnTheParentAndLaunchesTheSubFundWithTheParentsCommitment() {
            // The fixture reports every event the unit of work published, in order: the parent's own
            // SubFundCommitted, then the two facts of the aggregate created with AggregateLifecycle.createNew
            // (the fixture publishes those as plain event messages, without the new aggregate's id or sequence).
            fixture.given(history(launched(FundType.GUIDANCE), paidIn("lp-1", cny("25000000.00"))))
                    .when(createSubFund(cny("25000000.00"), null, MARCH_1))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(
                            new SubFundCommitted(FUND, SUB_FUND, SUB_FUND_NAME, TARGET, PARENT_COMMITMENT,
                                    cny("25000000.00"), LOCAL_FISCAL, MARCH_1),
                            new SubFundLaunched(SUB_FUND, SUB_FUND_NAME, Currency.getInstance("CNY"), MARCH_1,
                                    SUB_FUND_POLICY, FUND, TARGET, PARENT_COMMITMENT),
                            new CommitmentRecorded(SUB_FUND, PARENT_COMMITMENT, FUND.value(), LOCAL_FISCAL,
                                    cny("25000000.00"), MARCH_1));
        }

        @Test
        void publishesTheParentsSideAsAnEventOfTheParentAggregate() {
            fixture.given(history(launched(FundType.GUIDANCE), paidIn("lp-1", cny("25000000.00"))))
                    .when(createSubFund(cny("25000000.00"), null, MARCH_1))
                    .expectEventsMatching(exactSequenceOf(
                            parentEvent(parentSide(cny("25000000.00"), LOCAL_FISCAL, MARCH_1)),
                            messageWithPayload(Matchers.equalTo(subFundLaunched(MARCH_1))),
                            messageWithPayload(Matchers.equalTo(
                                    subFundCommitment(cny("25000000.00"), LOCAL_FISCAL, MARCH_1))),
                            andNoMore()));
        }

        @Test
        void commitsStateOwnedCapitalFromAMotherFundUnlessToldOtherwise() {
            fixture.given(history(launched(FundType.MOTHER), paidIn("lp-1", cny("25000000.00"))))
                    .when(createSubFund(cny("25000000.00"), null, MARCH_1))
                    .expectEvents(parentSide(cny("25000000.00"), STATE_OWNED, MARCH_1),
                            subFundLaunched(MARCH_1),
                            subFundCommitment(cny("25000000.00"), STATE_OWNED, MARCH_1));
        }

        @Test
        void commitsTheSourceTheCommandNames() {
            fixture.given(history(launched(FundType.GUIDANCE), paidIn("lp-1", cny("25000000.00"))))
                    .when(createSubFund(cny("25000000.00"), CENTRAL_FISCAL, MARCH_1))
                    .expectEvents(parentSide(cny("25000000.00"), CENTRAL_FISCAL, MARCH_1),
                            subFundLaunched(MARCH_1),
                            subFundCommitment(cny("25000000.00"), CENTRAL_FISCAL, MARCH_1));
        }

        @Test
        void refusesSubFundOfASubFund() {
            fixture.given(subFundLaunched(LAUNCH), subFundCommitment(cny("25000000.00"), LOCAL_FISCAL, LAUNCH))
                    .when(new CreateSubFund(SUB_FUND, new FundId("xiamen-ip-sub-1-a"), "Grandchild", TARGET,
                            new CommitmentId("sub-1-to-a"), cny("1.00"), null, MARCH_1, FundPolicy.none()))
                    .expectNoEvents()
                    .expectException(NotAParentFund.class)
                    .expectException(rule("NOT_A_PARENT_FUND", "fundId"));
        }

        @Test
        void refusesSubFundIdAlreadyUsedForAFactOfTheParent() {
            fixture.given(history(launched(FundType.GUIDANCE), paidIn("lp-1", cny("25000000.00"))))
                    .when(new CreateSubFund(FUND, new FundId("lp-1"), SUB_FUND_NAME, TARGET, PARENT_COMMITMENT,
                            cny("1000.00"), null, MARCH_1, FundPolicy.none()))
                    .expectNoEvents()
                    .expectException(DuplicateId.class)
                    .expectException(rule("DUPLICATE_ID", null));
        }

        @Test
        void refusesASubFundUnderTheParentsOwnId() {
            fixture.given(history(launched(FundType.GUIDANCE), paidIn("lp-1", cny("25000000.00"))))
                    .when(new CreateSubFund(FUND, FUND, SUB_FUND_NAME, TARGET, PARENT_COMMITMENT,
                            cny("1000.00"), null, MARCH_1, FundPolicy.none()))
                    .expectNoEvents()
                    .expectException(DuplicateId.class)
                    .expectException(rule("DUPLICATE_ID", null));
        }

        @Test
        void refusesCreatingTheSameSubFundTwice() {
            fixture.given(history(launched(FundType.GUIDANCE), paidIn("lp-1", cny("25000000.00")),
                            parentSide(cny("1000.00"), LOCAL_FISCAL, MARCH_1)))
                    .when(createSubFund(cny("1000.00"), null, MARCH_1))
                    .expectNoEvents()
                    .expectException(DuplicateId.class)
                    .expectException(rule("DUPLICATE_ID", null));
        }

        @Test
        void refusesSubFundDatedBeforeTheParentsLaunch() {
            fixture.given(history(launched(FundType.GUIDANCE), paidIn("lp-1", cny("25000000.00"))))
                    .when(createSubFund(cny("1000.00"), null, LAUNCH.minusDays(1)))
                    .expectNoEvents()
                    .expectException(DateBeforeLaunch.class)
                    .expectException(rule("DATE_BEFORE_LAUNCH", "date"));
        }

        @Test
        void refusesSubFundDatedInTheFuture() {
            fixture.given(history(launched(FundType.GUIDANCE), paidIn("lp-1", cny("25000000.00"))))
                    .when(createSubFund(cny("1000.00"), null, TODAY.plusDays(1)))
                    .expectNoEvents()
                    .expectException(DateInFuture.class)
                    .expectException(rule("DATE_IN_FUTURE", "date"));
        }

        @Test
        void refusesZeroParentCommitment() {
            fixture.given(history(launched(FundType.GUIDANCE), paidIn("lp-1", cny("25000000.00"))))
                    .when(createSubFund(cny("0.00"), null, MARCH_1))
                    .expectNoEvents()
                    .expectException(AmountNotPositive.class)
                    .expectException(rule("AMOUNT_NOT_POSITIVE", "parentCommitment"));
        }

        @Test
        void refusesParentCommitmentInAnotherCurrencyThanTheParents() {
            fixture.given(history(launched(FundType.GUIDANCE), paidIn("lp-1", cny("25000000.00"))))
                    .when(createSubFund(Money.of("1000.00", "USD"), null, MARCH_1))
                    .expectNoEvents()
                    .expectException(CurrencyMismatch.class)
                    .expectException(rule("CURRENCY_MISMATCH", "parentCommitment"));
        }

        @Test
        void refusesTargetSizeInAnotherCurrencyThanTheParents() {
            fixture.given(history(launched(FundType.GUIDANCE), paidIn("lp-1", cny("25000000.00"))))
                    .when(new CreateSubFund(FUND, SUB_FUND, SUB_FUND_NAME, Money.of("100000000.00", "USD"),
                            PARENT_COMMITMENT, cny("1000.00"), null, MARCH_1, SUB_FUND_POLICY))
                    .expectNoEvents()
                    .expectException(CurrencyMismatch.class)
                    .expectException(rule("CURRENCY_MISMATCH", "targetSize"));
        }
    }

    @Nested
    class ParentsAvailableCapital {

        @Test
        void acceptsCommitmentOfExactlyTheParentsAvailableCapital() {
            fixture.given(history(launched(FundType.GUIDANCE), paidIn("lp-1", cny("10000000.00"))))
                    .when(createSubFund(cny("10000000.00"), null, MARCH_1))
                    .expectEvents(parentSide(cny("10000000.00"), LOCAL_FISCAL, MARCH_1),
                            subFundLaunched(MARCH_1),
                            subFundCommitment(cny("10000000.00"), LOCAL_FISCAL, MARCH_1));
        }

        @Test
        void refusesCommitmentOneFenBeyondTheParentsAvailableCapital() {
            fixture.given(history(launched(FundType.GUIDANCE), paidIn("lp-1", cny("10000000.00"))))
                    .when(createSubFund(cny("10000000.01"), null, MARCH_1))
                    .expectNoEvents()
                    .expectException(InsufficientCapital.class)
                    .expectException(rule("INSUFFICIENT_CAPITAL", "parentCommitment"));
        }

        @Test
        void countsAnEarlierSubFundCommitmentAgainstTheParentsCapital() {
            fixture.given(history(launched(FundType.GUIDANCE), paidIn("lp-1", cny("10000000.00")),
                            new SubFundCommitted(FUND, new FundId("xiamen-ip-sub-0"), "Sub-Fund 0", TARGET,
                                    new CommitmentId("guidance-to-sub-0"), cny("6000000.00"), LOCAL_FISCAL,
                                    LAUNCH)))
                    .when(createSubFund(cny("4000000.01"), null, MARCH_1))
                    .expectNoEvents()
                    .expectException(InsufficientCapital.class)
                    .expectException(rule("INSUFFICIENT_CAPITAL", "parentCommitment"));
        }

        @Test
        void countsUncalledCommitmentsWhereTheParentsPolicyAllows() {
            fixture.given(launched(FundType.GUIDANCE, new PolicyTerms(LAUNCH, null, null, null, null, null, true)),
                            new CommitmentRecorded(FUND, new CommitmentId("lp-1"), "Xiamen Finance Bureau",
                                    LOCAL_FISCAL, cny("10000000.00"), LAUNCH))
                    .when(createSubFund(cny("10000000.00"), null, MARCH_1))
                    .expectEvents(parentSide(cny("10000000.00"), LOCAL_FISCAL, MARCH_1),
                            subFundLaunched(MARCH_1),
                            subFundCommitment(cny("10000000.00"), LOCAL_FISCAL, MARCH_1));
        }
    }

    @Nested
    class ShareCapPolicy {

        @Test
        void acceptsCommitmentOfExactlyThePolicysShareOfTheTargetSize() {
            fixture.given(history(launched(FundType.GUIDANCE, shareCap(LAUNCH, "0.30")),
                            paidIn("lp-1", cny("200000000.00"))))
                    .when(createSubFund(cny("30000000.00"), null, MARCH_1))
                    .expectEvents(parentSide(cny("30000000.00"), LOCAL_FISCAL, MARCH_1),
                            subFundLaunched(MARCH_1),
                            subFundCommitment(cny("30000000.00"), LOCAL_FISCAL, MARCH_1));
        }

        @Test
        void refusesCommitmentOneFenBeyondThePolicysShareOfTheTargetSize() {
            fixture.given(history(launched(FundType.GUIDANCE, shareCap(LAUNCH, "0.30")),
                            paidIn("lp-1", cny("200000000.00"))))
                    .when(createSubFund(cny("30000000.01"), null, MARCH_1))
                    .expectNoEvents()
                    .expectException(ShareCapExceeded.class)
                    .expectException(rule("SHARE_CAP_EXCEEDED", "parentCommitment"));
        }

        @Test
        void roundsTheShareCapDownToTheFen() {
            // 30% of 100,000,000.03 is 30,000,000.009: the cap is 30,000,000.00
            fixture.given(history(launched(FundType.GUIDANCE, shareCap(LAUNCH, "0.30")),
                            paidIn("lp-1", cny("200000000.00"))))
                    .when(new CreateSubFund(FUND, SUB_FUND, SUB_FUND_NAME, cny("100000000.03"), PARENT_COMMITMENT,
                            cny("30000000.01"), null, MARCH_1, SUB_FUND_POLICY))
                    .expectNoEvents()
                    .expectException(ShareCapExceeded.class)
                    .expectException(rule("SHARE_CAP_EXCEEDED", "parentCommitment"));
        }

        @Test
        void acceptsCommitmentOfExactlyThePolicysAbsoluteCap() {
            Money target = cny("1000000000.00");
            fixture.given(history(launched(FundType.GUIDANCE, xiamenShareCap(LAUNCH)),
                            paidIn("lp-1", cny("200000000.00"))))
                    .when(new CreateSubFund(FUND, SUB_FUND, SUB_FUND_NAME, target, PARENT_COMMITMENT,
                            cny("150000000.00"), null, MARCH_1, SUB_FUND_POLICY))
                    .expectEvents(
                            new SubFundCommitted(FUND, SUB_FUND, SUB_FUND_NAME, target, PARENT_COMMITMENT,
                                    cny("150000000.00"), LOCAL_FISCAL, MARCH_1),
                            new SubFundLaunched(SUB_FUND, SUB_FUND_NAME, Currency.getInstance("CNY"), MARCH_1,
                                    SUB_FUND_POLICY, FUND, target, PARENT_COMMITMENT),
                            subFundCommitment(cny("150000000.00"), LOCAL_FISCAL, MARCH_1));
        }

        @Test
        void refusesCommitmentOneFenBeyondThePolicysAbsoluteCapThoughWithinItsShare() {
            fixture.given(history(launched(FundType.GUIDANCE, xiamenShareCap(LAUNCH)),
                            paidIn("lp-1", cny("200000000.00"))))
                    .when(new CreateSubFund(FUND, SUB_FUND, SUB_FUND_NAME, cny("1000000000.00"), PARENT_COMMITMENT,
                            cny("150000000.01"), null, MARCH_1, SUB_FUND_POLICY))
                    .expectNoEvents()
                    .expectException(ShareCapExceeded.class)
                    .expectException(rule("SHARE_CAP_EXCEEDED", "parentCommitment"));
        }

        @Test
        void acceptsCommitmentOfTheWholeTargetSizeWithoutAPolicy() {
            fixture.given(history(launched(FundType.GUIDANCE), paidIn("lp-1", cny("200000000.00"))))
                    .when(createSubFund(cny("100000000.00"), null, MARCH_1))
                    .expectEvents(parentSide(cny("100000000.00"), LOCAL_FISCAL, MARCH_1),
                            subFundLaunched(MARCH_1),
                            subFundCommitment(cny("100000000.00"), LOCAL_FISCAL, MARCH_1));
        }

        @Test
        void refusesCommitmentBeyondTheTargetSizeEvenWithoutAPolicy() {
            fixture.given(history(launched(FundType.GUIDANCE), paidIn("lp-1", cny("200000000.00"))))
                    .when(createSubFund(cny("100000000.01"), null, MARCH_1))
                    .expectNoEvents()
                    .expectException(ShareCapExceeded.class)
                    .expectException(rule("SHARE_CAP_EXCEEDED", "parentCommitment"));
        }

        @Test
        void judgesByThePolicyInForceOnTheSubFundsDateBeforeAnAmendment() {
            fixture.given(history(launched(FundType.GUIDANCE, shareCap(LAUNCH, "0.30")),
                            paidIn("lp-1", cny("200000000.00")),
                            amended(shareCap(APRIL_1, "0.25"))))
                    .when(createSubFund(cny("30000000.00"), null, MARCH_31))
                    .expectEvents(parentSide(cny("30000000.00"), LOCAL_FISCAL, MARCH_31),
                            subFundLaunched(MARCH_31),
                            subFundCommitment(cny("30000000.00"), LOCAL_FISCAL, MARCH_31));
        }

        @Test
        void judgesByTheAmendedShareCapFromItsEffectiveDate() {
            fixture.given(history(launched(FundType.GUIDANCE, shareCap(LAUNCH, "0.30")),
                            paidIn("lp-1", cny("200000000.00")),
                            amended(shareCap(APRIL_1, "0.25"))))
                    .when(createSubFund(cny("25000000.01"), null, APRIL_1))
                    .expectNoEvents()
                    .expectException(ShareCapExceeded.class)
                    .expectException(rule("SHARE_CAP_EXCEEDED", "parentCommitment"));
        }

        @Test
        void acceptsExactlyTheAmendedShareCapFromItsEffectiveDate() {
            fixture.given(history(launched(FundType.GUIDANCE, shareCap(LAUNCH, "0.30")),
                            paidIn("lp-1", cny("200000000.00")),
                            amended(shareCap(APRIL_1, "0.25"))))
                    .when(createSubFund(cny("25000000.00"), null, APRIL_1))
                    .expectEvents(parentSide(cny("25000000.00"), LOCAL_FISCAL, APRIL_1),
                            subFundLaunched(APRIL_1),
                            subFundCommitment(cny("25000000.00"), LOCAL_FISCAL, APRIL_1));
        }

        @Test
        void appliesNoShareCapBeforeTheFirstAmendmentThatSetsOne() {
            fixture.given(history(launched(FundType.GUIDANCE), paidIn("lp-1", cny("200000000.00")),
                            amended(shareCap(APRIL_1, "0.25"))))
                    .when(createSubFund(cny("30000000.00"), null, MARCH_31))
                    .expectEvents(parentSide(cny("30000000.00"), LOCAL_FISCAL, MARCH_31),
                            subFundLaunched(MARCH_31),
                            subFundCommitment(cny("30000000.00"), LOCAL_FISCAL, MARCH_31));
        }
    }

    @Nested
    class InsideTheSubFund {

        @Test
        void refusesReversingTheParentsCommitment() {
            fixture.given(subFundLaunched(MARCH_1), subFundCommitment(cny("25000000.00"), LOCAL_FISCAL, MARCH_1))
                    .when(new ReverseFact(SUB_FUND, new CorrectionId("fix-1"), PARENT_COMMITMENT.value(),
                            "recorded by mistake", APRIL_1))
                    .expectNoEvents()
                    .expectException(FactNotReversible.class)
                    .expectException(rule("FACT_NOT_REVERSIBLE", "reverses"));
        }

        @Test
        void reversesAnotherInvestorsCommitment() {
            fixture.given(subFundLaunched(MARCH_1), subFundCommitment(cny("25000000.00"), LOCAL_FISCAL, MARCH_1),
                            new CommitmentRecorded(SUB_FUND, new CommitmentId("lp-2"), "Silk Road Capital", SOCIAL,
                                    cny("75000000.00"), MARCH_1))
                    .when(new ReverseFact(SUB_FUND, new CorrectionId("fix-1"), "lp-2", "recorded by mistake",
                            APRIL_1))
                    .expectEvents(new CommitmentReversed(SUB_FUND, new CorrectionId("fix-1"), new CommitmentId("lp-2"),
                            SOCIAL, cny("75000000.00"), "recorded by mistake", APRIL_1));
        }

        @Test
        void callsTheParentsCommitmentLikeAnyOther() {
            fixture.given(subFundLaunched(MARCH_1), subFundCommitment(cny("25000000.00"), LOCAL_FISCAL, MARCH_1),
                            new CommitmentRecorded(SUB_FUND, new CommitmentId("lp-2"), "Silk Road Capital", SOCIAL,
                                    cny("75000000.00"), MARCH_1))
                    .when(new CallCapital(SUB_FUND, new CallId("call-1"), cny("10000000.00"), APRIL_1, null, null))
                    .expectEvents(new CapitalCalled(SUB_FUND, new CallId("call-1"), cny("10000000.00"), APRIL_1, null,
                            List.of(new CallAllocation(PARENT_COMMITMENT, LOCAL_FISCAL, cny("2500000.00")),
                                    new CallAllocation(new CommitmentId("lp-2"), SOCIAL, cny("7500000.00")))));
        }
    }

    /** A domain event of the parent's own stream, right after the four facts given. */
    private static Matcher<Message<?>> parentEvent(Object payload) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Message<?> message) {
                return message instanceof DomainEventMessage<?> event
                        && FUND.value().equals(event.getAggregateIdentifier())
                        && event.getSequenceNumber() == 4
                        && payload.equals(event.getPayload());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("event #4 of fund ").appendValue(FUND).appendText(" with ").appendValue(payload);
            }
        };
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

    private static FundLaunched launched(FundType type, PolicyTerms... terms) {
        return new FundLaunched(FUND, "Belt and Road IP Fund", type, Currency.getInstance("CNY"), LAUNCH,
                new FundPolicy(List.of(terms)));
    }

    private static PolicyTerms shareCap(LocalDate from, String share) {
        return new PolicyTerms(from, Ratio.of(share), null, null, null, null, null);
    }

    /** Xiamen: at most 30% of the target size and at most CNY 150m. */
    private static PolicyTerms xiamenShareCap(LocalDate from) {
        return new PolicyTerms(from, Ratio.of("0.30"), cny("150000000.00"), null, null, null, null);
    }

    /** A commitment to the parent called in full and paid in on the launch date. */
    private static List<Object> paidIn(String commitmentId, Money amount) {
        CommitmentId commitment = new CommitmentId(commitmentId);
        CallId call = new CallId("call-" + commitmentId);
        return List.of(
                new CommitmentRecorded(FUND, commitment, "Xiamen Finance Bureau", LOCAL_FISCAL, amount, LAUNCH),
                new CapitalCalled(FUND, call, amount, LAUNCH, null,
                        List.of(new CallAllocation(commitment, LOCAL_FISCAL, amount))),
                new ContributionReceived(FUND, new ContributionId("in-" + commitmentId), commitment, call,
                        LOCAL_FISCAL, amount, LAUNCH));
    }

    private static CreateSubFund createSubFund(Money parentCommitment, CapitalSource source, LocalDate date) {
        return new CreateSubFund(FUND, SUB_FUND, SUB_FUND_NAME, TARGET, PARENT_COMMITMENT, parentCommitment, source,
                date, SUB_FUND_POLICY);
    }

    private static SubFundCommitted parentSide(Money amount, CapitalSource source, LocalDate date) {
        return new SubFundCommitted(FUND, SUB_FUND, SUB_FUND_NAME, TARGET, PARENT_COMMITMENT, amount, source, date);
    }

    private static SubFundLaunched subFundLaunched(LocalDate date) {
        return new SubFundLaunched(SUB_FUND, SUB_FUND_NAME, Currency.getInstance("CNY"), date, SUB_FUND_POLICY, FUND,
                TARGET, PARENT_COMMITMENT);
    }

    private static CommitmentRecorded subFundCommitment(Money amount, CapitalSource source, LocalDate date) {
        return new CommitmentRecorded(SUB_FUND, PARENT_COMMITMENT, FUND.value(), source, amount, date);
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
