package org.ipfund.domain.fund;

import static org.ipfund.domain.CapitalSource.CENTRAL_FISCAL;
import static org.ipfund.domain.CapitalSource.LOCAL_FISCAL;
import static org.ipfund.domain.CapitalSource.SOCIAL;
import static org.ipfund.domain.CapitalSource.STATE_OWNED;
import static org.ipfund.domain.FundCalendar.CLOCK;
import static org.ipfund.domain.FundCalendar.LAUNCH;
import static org.ipfund.domain.FundCalendar.MARCH_1;
import static org.ipfund.domain.RuleMatchers.code;
import static org.ipfund.domain.RuleMatchers.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundId;
import org.ipfund.domain.correction.CorrectionId;
import org.ipfund.domain.correction.ReverseFact;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.ipfund.domain.policy.AmendPolicy;
import org.ipfund.domain.policy.AmendmentId;
import org.ipfund.domain.policy.AmendmentInvalidatesFact;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.domain.policy.PolicyAmended;
import org.ipfund.domain.policy.PolicyTerms;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Xiamen: all government levels together (central and local fiscal money, the guidance parent's commitment among
 * them) commit at most 50% of a sub-fund's target size; a sub-fund takes the cap from its parent unless given one.
 */
class GovernmentShareCapTest {

    private static final LocalDate APRIL_1 = LocalDate.of(2018, 4, 1);
    private static final FundId FUND = new FundId("xiamen-ip-guidance");
    private static final FundId SUB_FUND = new FundId("xiamen-ip-sub-1");
    private static final String NAME = "Xiamen IP Operation Sub-Fund I";
    private static final CommitmentId PARENT_COMMITMENT = new CommitmentId("guidance-to-sub-1");
    private static final Money TARGET = cny("100000000.00");
    private static final Currency CNY = Currency.getInstance("CNY");

    private final FixtureConfiguration<Fund> fixture =
            new AggregateTestFixture<>(Fund.class).registerInjectableResource(CLOCK);

    @Nested
    class CreatingASubFund {

        @Test
        void givesTheSubFundItsParentsGovernmentShareCapFromItsLaunch() {
            FundPolicy given = new FundPolicy(List.of(returnMultiple(MARCH_1, "1.5")));
            FundPolicy inherited = new FundPolicy(List.of(governmentCap(MARCH_1, "0.50"), returnMultiple(MARCH_1,
                    "1.5")));
            fixture.given(parent(FundType.GUIDANCE, xiamen(LAUNCH)))
                    .when(createSubFund(cny("25000000.00"), null, given))
                    .expectEvents(parentSide(cny("25000000.00"), LOCAL_FISCAL),
                            new SubFundLaunched(SUB_FUND, NAME, CNY, MARCH_1, inherited, FUND, TARGET,
                                    PARENT_COMMITMENT),
                            new CommitmentRecorded(SUB_FUND, PARENT_COMMITMENT, FUND.value(), LOCAL_FISCAL,
                                    cny("25000000.00"), MARCH_1));
        }

        @Test
        void keepsAGovernmentShareCapTheSubFundWasGiven() {
            FundPolicy given = new FundPolicy(List.of(governmentCap(MARCH_1, "0.60")));
            fixture.given(parent(FundType.GUIDANCE, xiamen(LAUNCH)))
                    .when(createSubFund(cny("25000000.00"), null, given))
                    .expectEvents(parentSide(cny("25000000.00"), LOCAL_FISCAL),
                            new SubFundLaunched(SUB_FUND, NAME, CNY, MARCH_1, given, FUND, TARGET, PARENT_COMMITMENT),
                            new CommitmentRecorded(SUB_FUND, PARENT_COMMITMENT, FUND.value(), LOCAL_FISCAL,
                                    cny("25000000.00"), MARCH_1));
        }

        @Test
        void givesNoGovernmentShareCapWhereTheParentHasNone() {
            FundPolicy given = FundPolicy.none();
            fixture.given(parent(FundType.GUIDANCE, new PolicyTerms(LAUNCH, Ratio.of("0.30"), null, null, null, null,
                            null)))
                    .when(createSubFund(cny("25000000.00"), null, given))
                    .expectEvents(parentSide(cny("25000000.00"), LOCAL_FISCAL),
                            new SubFundLaunched(SUB_FUND, NAME, CNY, MARCH_1, given, FUND, TARGET, PARENT_COMMITMENT),
                            new CommitmentRecorded(SUB_FUND, PARENT_COMMITMENT, FUND.value(), LOCAL_FISCAL,
                                    cny("25000000.00"), MARCH_1));
        }

        @Test
        void refusesAGuidanceParentsCommitmentOneFenAboveTheGovernmentShareCap() {
            fixture.given(parent(FundType.GUIDANCE, generous(LAUNCH)))
                    .when(createSubFund(cny("50000000.01"), null, FundPolicy.none()))
                    .expectNoEvents()
                    .expectException(GovernmentShareCapExceeded.class)
                    .expectException(rule("GOVERNMENT_SHARE_CAP_EXCEEDED", "parentCommitment"));
        }

        @Test
        void acceptsAGuidanceParentsCommitmentExactlyAtTheGovernmentShareCap() {
            fixture.given(parent(FundType.GUIDANCE, generous(LAUNCH)))
                    .when(createSubFund(cny("50000000.00"), null, FundPolicy.none()))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void judgesTheParentsCommitmentByTheCapTheSubFundWasGiven() {
            FundPolicy given = new FundPolicy(List.of(governmentCap(MARCH_1, "0.40")));
            fixture.given(parent(FundType.GUIDANCE, generous(LAUNCH)))
                    .when(createSubFund(cny("40000000.01"), null, given))
                    .expectNoEvents()
                    .expectException(code("GOVERNMENT_SHARE_CAP_EXCEEDED"));
        }

        @Test
        void leavesAMotherFundsStateOwnedCommitmentOutOfGovernmentMoney() {
            fixture.given(parent(FundType.MOTHER, generous(LAUNCH)))
                    .when(createSubFund(cny("60000000.00"), null, FundPolicy.none()))
                    .expectSuccessfulHandlerExecution();
        }
    }

    @Nested
    class CommitmentsToTheSubFund {

        /** A sub-fund under a 50% government cap, 25m of its 100m target from its guidance parent (local fiscal). */
        private List<Object> subFund() {
            return new ArrayList<>(List.of(
                    new SubFundLaunched(SUB_FUND, NAME, CNY, MARCH_1,
                            new FundPolicy(List.of(governmentCap(MARCH_1, "0.50"))), FUND, TARGET,
                            PARENT_COMMITMENT),
                    new CommitmentRecorded(SUB_FUND, PARENT_COMMITMENT, FUND.value(), LOCAL_FISCAL,
                            cny("25000000.00"), MARCH_1)));
        }

        @Test
        void refusesFiscalMoneyOneFenAboveTheCapTogetherWithTheParentsCommitment() {
            fixture.given(subFund())
                    .when(commit("central", CENTRAL_FISCAL, "25000000.01", APRIL_1))
                    .expectNoEvents()
                    .expectException(GovernmentShareCapExceeded.class)
                    .expectException(rule("GOVERNMENT_SHARE_CAP_EXCEEDED", "amount"));
        }

        @Test
        void acceptsFiscalMoneyExactlyAtTheCap() {
            fixture.given(subFund())
                    .when(commit("central", CENTRAL_FISCAL, "25000000.00", APRIL_1))
                    .expectEvents(committed("central", CENTRAL_FISCAL, "25000000.00", APRIL_1));
        }

        @Test
        void countsLocalFiscalMoneyAsGovernmentMoneyToo() {
            List<Object> history = subFund();
            history.add(committed("central", CENTRAL_FISCAL, "20000000.00", APRIL_1));
            fixture.given(history)
                    .when(commit("city", LOCAL_FISCAL, "5000000.01", APRIL_1))
                    .expectNoEvents()
                    .expectException(code("GOVERNMENT_SHARE_CAP_EXCEEDED"));
        }

        @Test
        void leavesStateOwnedAndSocialMoneyOutOfTheCap() {
            List<Object> history = subFund();
            history.add(committed("soe", STATE_OWNED, "40000000.00", APRIL_1));
            fixture.given(history)
                    .when(commit("private", SOCIAL, "35000000.00", APRIL_1))
                    .expectEvents(committed("private", SOCIAL, "35000000.00", APRIL_1));
        }

        @Test
        void aReversedFiscalCommitmentNoLongerCounts() {
            List<Object> history = subFund();
            history.add(committed("central", CENTRAL_FISCAL, "25000000.00", APRIL_1));
            history.add(new CommitmentReversed(SUB_FUND, new CorrectionId("fix-1"), new CommitmentId("central"),
                    CENTRAL_FISCAL, cny("25000000.00"), "signed twice", APRIL_1));
            fixture.given(history)
                    .when(commit("central-2", CENTRAL_FISCAL, "25000000.00", APRIL_1))
                    .expectEvents(committed("central-2", CENTRAL_FISCAL, "25000000.00", APRIL_1));
        }

        @Test
        void refusesABackdatedTighterCapThatWouldHaveRefusedACommitment() {
            List<Object> history = subFund();
            history.add(committed("central", CENTRAL_FISCAL, "25000000.00", APRIL_1));
            fixture.given(history)
                    .when(amend(governmentCap(APRIL_1, "0.40")))
                    .expectNoEvents()
                    .expectException(AmendmentInvalidatesFact.class)
                    .expectException(rule("AMENDMENT_INVALIDATES_FACT", "terms.effectiveFrom"));
        }

        @Test
        void acceptsTheTighterCapEffectiveTheDayAfterTheLastCommitment() {
            List<Object> history = subFund();
            history.add(committed("central", CENTRAL_FISCAL, "25000000.00", APRIL_1));
            fixture.given(history)
                    .when(amend(governmentCap(APRIL_1.plusDays(1), "0.40")))
                    .expectEvents(amended(governmentCap(APRIL_1.plusDays(1), "0.40")));
        }

        @Test
        void aFundThatIsNoSubFundHasNoGovernmentShareCap() {
            fixture.given(parent(FundType.GUIDANCE, generous(LAUNCH)))
                    .when(new RecordCommitment(FUND, new CommitmentId("central"), "Central finance", CENTRAL_FISCAL,
                            cny("900000000.00"), APRIL_1))
                    .expectSuccessfulHandlerExecution();
        }
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    /** A parent with 200m paid in on its launch. */
    private static List<Object> parent(FundType type, PolicyTerms terms) {
        Money paid = cny("200000000.00");
        CommitmentId commitment = new CommitmentId("lp-1");
        CallId call = new CallId("call-1");
        return List.of(
                new FundLaunched(FUND, "Belt and Road IP Fund", type, CNY, LAUNCH, new FundPolicy(List.of(terms))),
                new CommitmentRecorded(FUND, commitment, "Xiamen Finance Bureau", LOCAL_FISCAL, paid, LAUNCH),
                new CapitalCalled(FUND, call, paid, LAUNCH, null,
                        List.of(new CallAllocation(commitment, LOCAL_FISCAL, paid))),
                new ContributionReceived(FUND, new ContributionId("in-1"), commitment, call, LOCAL_FISCAL, paid,
                        LAUNCH));
    }

    /** Xiamen: a 30% share cap and all government levels together at most 50%. */
    private static PolicyTerms xiamen(LocalDate from) {
        return new PolicyTerms(from, Ratio.of("0.30"), cny("150000000.00"), null, null, null, null, Ratio.of("0.50"));
    }

    /** A share cap loose enough that only the government share cap of 50% binds. */
    private static PolicyTerms generous(LocalDate from) {
        return new PolicyTerms(from, Ratio.of("0.80"), null, null, null, null, null, Ratio.of("0.50"));
    }

    private static PolicyTerms governmentCap(LocalDate from, String share) {
        return new PolicyTerms(from, null, null, null, null, null, null, Ratio.of(share));
    }

    private static PolicyTerms returnMultiple(LocalDate from, String multiple) {
        return new PolicyTerms(from, null, null, Ratio.of(multiple), null, null, null);
    }

    private static CreateSubFund createSubFund(Money parentCommitment, CapitalSource source, FundPolicy policy) {
        return new CreateSubFund(FUND, SUB_FUND, NAME, TARGET, PARENT_COMMITMENT, parentCommitment, source, MARCH_1,
                policy);
    }

    private static SubFundCommitted parentSide(Money amount, CapitalSource source) {
        return new SubFundCommitted(FUND, SUB_FUND, NAME, TARGET, PARENT_COMMITMENT, amount, source, MARCH_1);
    }

    private static RecordCommitment commit(String id, CapitalSource source, String amount, LocalDate date) {
        return new RecordCommitment(SUB_FUND, new CommitmentId(id), "Investor " + id, source, cny(amount), date);
    }

    private static CommitmentRecorded committed(String id, CapitalSource source, String amount, LocalDate date) {
        return new CommitmentRecorded(SUB_FUND, new CommitmentId(id), "Investor " + id, source, cny(amount), date);
    }

    private static AmendPolicy amend(PolicyTerms terms) {
        return new AmendPolicy(SUB_FUND, new AmendmentId("amendment-" + Integer.toHexString(terms.hashCode())),
                terms);
    }

    private static PolicyAmended amended(PolicyTerms terms) {
        return new PolicyAmended(SUB_FUND, new AmendmentId("amendment-" + Integer.toHexString(terms.hashCode())),
                terms);
    }
}
