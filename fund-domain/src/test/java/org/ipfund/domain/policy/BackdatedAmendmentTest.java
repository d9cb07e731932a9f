package org.ipfund.domain.policy;

import static org.ipfund.domain.CapitalSource.LOCAL_FISCAL;
import static org.ipfund.domain.FundCalendar.CLOCK;
import static org.ipfund.domain.FundCalendar.FEB_1;
import static org.ipfund.domain.FundCalendar.LAUNCH;
import static org.ipfund.domain.FundCalendar.MARCH_1;
import static org.ipfund.domain.RuleMatchers.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.ipfund.domain.FundId;
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
import org.ipfund.domain.fund.SubFundCommitted;
import org.ipfund.domain.investment.Company;
import org.ipfund.domain.investment.DirectInvestmentRecorded;
import org.ipfund.domain.investment.FollowOnInvestmentRecorded;
import org.ipfund.domain.investment.InvestmentId;
import org.ipfund.domain.investment.Lead;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A policy amendment never rewrites the past: one that would have refused a fact dated on or after its effective date,
 * or would leave the fund's balance below zero from then on, is refused naming the first such fact.
 */
class BackdatedAmendmentTest {

    private static final LocalDate MARCH_15 = LocalDate.of(2018, 3, 15);
    private static final LocalDate MARCH_16 = LocalDate.of(2018, 3, 16);
    private static final LocalDate APRIL_10 = LocalDate.of(2018, 4, 10);
    private static final FundId FUND = new FundId("xiamen-ip-guidance");
    private static final FundId SUB_FUND = new FundId("xiamen-ip-sub-1");
    private static final Company PATENT_CO = new Company("Silk Road Patent Co", "IP services", "CN", "Xiamen");

    private final FixtureConfiguration<Fund> fixture =
            new AggregateTestFixture<>(Fund.class).registerInjectableResource(CLOCK);

    @Nested
    class FollowOns {

        /** Launched with a 0.50 share of the lead and a 365-day window; a follow-on of 500 beside a lead of 1,000. */
        private List<Object> withFollowOn(String investmentId, LocalDate date) {
            List<Object> history = paidIn(coInvestment(LAUNCH, "0.50", 365), "10000000.00");
            history.add(followedOn(investmentId, "500.00", date, MARCH_1));
            return history;
        }

        @Test
        void refusesAnAmendmentEffectiveOnTheFollowOnsDateThatWouldHaveRefusedIt() {
            fixture.given(withFollowOn("inv-1", MARCH_15))
                    .when(amend(coInvestment(MARCH_15, "0.40", null)))
                    .expectNoEvents()
                    .expectException(AmendmentInvalidatesFact.class)
                    .expectException(rule("AMENDMENT_INVALIDATES_FACT", "terms.effectiveFrom"))
                    .expectException(invalidating("inv-1", MARCH_15, "FOLLOW_ON_EXCEEDS_LEAD_SHARE"))
                    .expectExceptionMessage(Matchers.allOf(Matchers.containsString("inv-1"),
                            Matchers.containsString("2018-03-15"),
                            Matchers.containsString("FOLLOW_ON_EXCEEDS_LEAD_SHARE")));
        }

        @Test
        void acceptsTheSameAmendmentEffectiveTheDayAfterTheFollowOn() {
            fixture.given(withFollowOn("inv-1", MARCH_15))
                    .when(amend(coInvestment(MARCH_16, "0.40", null)))
                    .expectEvents(amended(coInvestment(MARCH_16, "0.40", null)));
        }

        @Test
        void refusesANarrowerWindowBackdatedBeforeAFollowOn() {
            // the lead on March 1, the follow-on 14 days later
            fixture.given(withFollowOn("inv-1", MARCH_15))
                    .when(amend(coInvestment(LAUNCH, null, 10)))
                    .expectNoEvents()
                    .expectException(invalidating("inv-1", MARCH_15, "FOLLOW_ON_OUTSIDE_WINDOW"));
        }

        @Test
        void acceptsAWindowThatStillHoldsTheFollowOn() {
            fixture.given(withFollowOn("inv-1", MARCH_15))
                    .when(amend(coInvestment(LAUNCH, "0.50", 14)))
                    .expectEvents(amended(coInvestment(LAUNCH, "0.50", 14)));
        }

        @Test
        void namesTheEarliestFactItWouldInvalidateWhateverTheOrderTheyWereRecorded() {
            List<Object> history = withFollowOn("inv-late", APRIL_10);
            history.add(followedOn("inv-early", "500.00", MARCH_15, MARCH_1));
            fixture.given(history)
                    .when(amend(coInvestment(LAUNCH, "0.25", null)))
                    .expectNoEvents()
                    .expectException(invalidating("inv-early", MARCH_15, "FOLLOW_ON_EXCEEDS_LEAD_SHARE"));
        }

        @Test
        void judgesAFactByTheTermsInForceOnItsDateWithALaterAmendmentStillInForce() {
            // a later amendment already allows 0.50 from March 15: a tighter one from launch does not reach it
            List<Object> history = paidIn(coInvestment(LAUNCH, "0.50", 365), "10000000.00");
            history.add(amended(coInvestment(MARCH_15, "0.50", null)));
            history.add(followedOn("inv-1", "500.00", MARCH_15, MARCH_1));
            fixture.given(history)
                    .when(amend(coInvestment(LAUNCH, "0.25", null)))
                    .expectEvents(amended(coInvestment(LAUNCH, "0.25", null)));
        }

        @Test
        void acceptsALooserBackdatedAmendment() {
            fixture.given(withFollowOn("inv-1", MARCH_15))
                    .when(amend(coInvestment(LAUNCH, "0.60", null)))
                    .expectEvents(amended(coInvestment(LAUNCH, "0.60", null)));
        }
    }

    @Nested
    class SubFundCommitments {

        /** Xiamen's 30% share cap; 25m of a 100m sub-fund's target committed on March 1. */
        private List<Object> withSubFund() {
            List<Object> history = paidIn(new PolicyTerms(LAUNCH, Ratio.of("0.30"), null, null, null, null, null),
                    "50000000.00");
            history.add(new SubFundCommitted(FUND, SUB_FUND, "Sub-fund I", cny("100000000.00"),
                    new CommitmentId("to-sub-1"), cny("25000000.00"), LOCAL_FISCAL, MARCH_1));
            return history;
        }

        @Test
        void refusesATighterShareCapEffectiveOnTheSubFundsDate() {
            fixture.given(withSubFund())
                    .when(amend(shareCap(MARCH_1, "0.20")))
                    .expectNoEvents()
                    .expectException(rule("AMENDMENT_INVALIDATES_FACT", "terms.effectiveFrom"))
                    .expectException(invalidating(SUB_FUND.value(), MARCH_1, "SHARE_CAP_EXCEEDED"));
        }

        @Test
        void acceptsATighterShareCapEffectiveTheDayAfter() {
            fixture.given(withSubFund())
                    .when(amend(shareCap(MARCH_1.plusDays(1), "0.20")))
                    .expectEvents(amended(shareCap(MARCH_1.plusDays(1), "0.20")));
        }

        @Test
        void acceptsATighterShareCapTheCommitmentStillMeets() {
            fixture.given(withSubFund())
                    .when(amend(shareCap(LAUNCH, "0.25")))
                    .expectEvents(amended(shareCap(LAUNCH, "0.25")));
        }

        @Test
        void refusesABackdatedAbsoluteCapBelowTheCommitment() {
            PolicyTerms absolute = new PolicyTerms(LAUNCH, null, cny("20000000.00"), null, null, null, null);
            fixture.given(withSubFund())
                    .when(amend(absolute))
                    .expectNoEvents()
                    .expectException(invalidating(SUB_FUND.value(), MARCH_1, "SHARE_CAP_EXCEEDED"));
        }

        @Test
        void refusesABackdatedGovernmentShareCapBelowTheParentsFiscalCommitment() {
            fixture.given(withSubFund())
                    .when(amend(governmentShareCap(LAUNCH, "0.24")))
                    .expectNoEvents()
                    .expectException(invalidating(SUB_FUND.value(), MARCH_1, "GOVERNMENT_SHARE_CAP_EXCEEDED"));
        }

        @Test
        void acceptsABackdatedGovernmentShareCapTheParentsCommitmentMeetsExactly() {
            fixture.given(withSubFund())
                    .when(amend(governmentShareCap(LAUNCH, "0.25")))
                    .expectEvents(amended(governmentShareCap(LAUNCH, "0.25")));
        }
    }

    @Nested
    class AvailableCapital {

        /** Uncalled commitments investable from launch: 10m committed, {@code paid} of it paid in, 6m invested. */
        private List<Object> investedFromUncalled(String paid) {
            PolicyTerms uncalledCounts = new PolicyTerms(LAUNCH, null, null, null, null, null, true);
            List<Object> history = new ArrayList<>(List.of(launched(uncalledCounts),
                    new CommitmentRecorded(FUND, new CommitmentId("lp-1"), "Xiamen Finance Bureau", LOCAL_FISCAL,
                            cny("10000000.00"), LAUNCH)));
            if (!paid.equals("0")) {
                history.add(new CapitalCalled(FUND, new CallId("call-1"), cny(paid), LAUNCH, null,
                        List.of(new CallAllocation(new CommitmentId("lp-1"), LOCAL_FISCAL, cny(paid)))));
                history.add(new ContributionReceived(FUND, new ContributionId("in-1"), new CommitmentId("lp-1"),
                        new CallId("call-1"), LOCAL_FISCAL, cny(paid), LAUNCH));
            }
            history.add(new DirectInvestmentRecorded(FUND, new InvestmentId("d1"), PATENT_CO, cny("6000000.00"),
                    null, cny("6000000.00"), FEB_1, true));
            return history;
        }

        @Test
        void refusesStoppingUncalledMoneyBackToLaunchWhenItWasInvested() {
            // the case: it would leave the fund with available -6,000,000 from February 1
            fixture.given(investedFromUncalled("0"))
                    .when(amend(uncalledCounts(LAUNCH, false)))
                    .expectNoEvents()
                    .expectException(rule("AMENDMENT_INVALIDATES_FACT", "terms.effectiveFrom"))
                    .expectException(invalidating("d1", FEB_1, "INSUFFICIENT_CAPITAL"))
                    .expectExceptionMessage(Matchers.containsString("-6000000.00"));
        }

        @Test
        void refusesStoppingUncalledMoneyLaterWhileTheInvestmentStillRestsOnIt() {
            fixture.given(investedFromUncalled("0"))
                    .when(amend(uncalledCounts(FEB_1.plusDays(1), false)))
                    .expectNoEvents()
                    .expectException(invalidating("d1", FEB_1, "INSUFFICIENT_CAPITAL"));
        }

        @Test
        void acceptsStoppingUncalledMoneyWhereUninvestedCashCoversEverything() {
            fixture.given(investedFromUncalled("6000000.00"))
                    .when(amend(uncalledCounts(LAUNCH, false)))
                    .expectEvents(amended(uncalledCounts(LAUNCH, false)));
        }

        @Test
        void refusesStoppingUncalledMoneyWhenCashFallsShortByOneFen() {
            fixture.given(investedFromUncalled("5999999.99"))
                    .when(amend(uncalledCounts(LAUNCH, false)))
                    .expectNoEvents()
                    .expectException(invalidating("d1", FEB_1, "INSUFFICIENT_CAPITAL"));
        }

        @Test
        void acceptsAnAmendmentThatLeavesAnAlreadyOverdrawnBalanceAsItWas() {
            // recorded before amendments were judged: the fund is already overdrawn from February 2
            List<Object> history = investedFromUncalled("0");
            history.add(amended(uncalledCounts(FEB_1.plusDays(1), false)));
            fixture.given(history)
                    .when(amend(new PolicyTerms(LAUNCH, null, null, Ratio.of("1.5"), null, null, null)))
                    .expectSuccessfulHandlerExecution();
        }
    }

    /** The refusal names this fact, its date and the rule the amended terms would have refused it by. */
    private static Matcher<AmendmentInvalidatesFact> invalidating(String factId, LocalDate date, String rule) {
        List<Object> expected = List.of(factId, date, rule);
        return new FeatureMatcher<AmendmentInvalidatesFact, List<Object>>(Matchers.equalTo(expected), "invalidated fact",
                "invalidatedFact") {
            @Override
            protected List<Object> featureValueOf(AmendmentInvalidatesFact refusal) {
                InvalidatedFact fact = refusal.invalidatedFact();
                return List.of(fact.factId(), fact.date(), fact.rule());
            }
        };
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private static FundLaunched launched(PolicyTerms terms) {
        return new FundLaunched(FUND, "Belt and Road IP Guidance Fund", FundType.GUIDANCE,
                Currency.getInstance("CNY"), LAUNCH, new FundPolicy(List.of(terms)));
    }

    /** Launched with {@code terms}, and {@code amount} committed, called and paid in on the launch date. */
    private static List<Object> paidIn(PolicyTerms terms, String amount) {
        Money paid = cny(amount);
        CommitmentId commitment = new CommitmentId("lp-1");
        CallId call = new CallId("call-1");
        return new ArrayList<>(List.of(launched(terms),
                new CommitmentRecorded(FUND, commitment, "Xiamen Finance Bureau", LOCAL_FISCAL, paid, LAUNCH),
                new CapitalCalled(FUND, call, paid, LAUNCH, null,
                        List.of(new CallAllocation(commitment, LOCAL_FISCAL, paid))),
                new ContributionReceived(FUND, new ContributionId("in-1"), commitment, call, LOCAL_FISCAL, paid,
                        LAUNCH)));
    }

    private static FollowOnInvestmentRecorded followedOn(String investmentId, String amount, LocalDate date,
                                                         LocalDate leadDate) {
        return new FollowOnInvestmentRecorded(FUND, new InvestmentId(investmentId), PATENT_CO, cny(amount), null,
                cny(amount), date, new Lead("Xiamen Venture Capital", cny("1000.00"), leadDate), true);
    }

    private static PolicyTerms coInvestment(LocalDate from, String maxShareOfLead, Integer windowDays) {
        return new PolicyTerms(from, null, null, null, maxShareOfLead == null ? null : Ratio.of(maxShareOfLead),
                windowDays, null);
    }

    private static PolicyTerms shareCap(LocalDate from, String share) {
        return new PolicyTerms(from, Ratio.of(share), null, null, null, null, null);
    }

    private static PolicyTerms governmentShareCap(LocalDate from, String share) {
        return new PolicyTerms(from, null, null, null, null, null, null, Ratio.of(share));
    }

    private static PolicyTerms uncalledCounts(LocalDate from, boolean counts) {
        return new PolicyTerms(from, null, null, null, null, null, counts);
    }

    private static AmendPolicy amend(PolicyTerms terms) {
        return new AmendPolicy(FUND, amendmentIdOf(terms), terms);
    }

    private static PolicyAmended amended(PolicyTerms terms) {
        return new PolicyAmended(FUND, amendmentIdOf(terms), terms);
    }

    private static AmendmentId amendmentIdOf(PolicyTerms terms) {
        return new AmendmentId("amendment-" + Integer.toHexString(terms.hashCode()));
    }
}
