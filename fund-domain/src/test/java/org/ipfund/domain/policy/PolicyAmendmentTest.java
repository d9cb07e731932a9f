package org.ipfund.domain.policy;

import static org.ipfund.domain.FundCalendar.CLOCK;
import static org.ipfund.domain.FundCalendar.LAUNCH;
import static org.ipfund.domain.FundCalendar.MARCH_1;
import static org.ipfund.domain.FundCalendar.SHANGHAI;
import static org.ipfund.domain.FundCalendar.TODAY;
import static org.ipfund.domain.RuleMatchers.rule;
import static org.ipfund.domain.RuleMatchers.code;
import static org.ipfund.domain.CapitalSource.LOCAL_FISCAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matchers;
import org.ipfund.domain.DateBeforeLaunch;
import org.ipfund.domain.DateInFuture;
import org.ipfund.domain.DuplicateId;
import org.ipfund.domain.FundId;
import org.ipfund.domain.FundRuleViolation;
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
import org.ipfund.domain.investment.Company;
import org.ipfund.domain.investment.FollowOnExceedsLeadShare;
import org.ipfund.domain.investment.FollowOnInvestmentRecorded;
import org.ipfund.domain.investment.FollowOnOutsideWindow;
import org.ipfund.domain.investment.InvestmentId;
import org.ipfund.domain.investment.Lead;
import org.ipfund.domain.investment.RecordFollowOnInvestment;
import org.ipfund.domain.money.CurrencyMismatch;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PolicyAmendmentTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2018, 3, 2);
    private static final LocalDate MARCH_15 = LocalDate.of(2018, 3, 15);
    private static final LocalDate MARCH_31 = LocalDate.of(2018, 3, 31);
    private static final LocalDate APRIL_1 = LocalDate.of(2018, 4, 1);
    private static final LocalDate APRIL_10 = LocalDate.of(2018, 4, 10);
    private static final LocalDate APRIL_30 = LocalDate.of(2018, 4, 30);
    private static final FundId FUND = new FundId("xiamen-ip-guidance");
    private static final Company PATENT_CO = new Company("Silk Road Patent Co", "IP services", "CN", "Xiamen");
    private static final Money LEAD_AMOUNT = cny("1000.00");

    private final FixtureConfiguration<Fund> fixture =
            new AggregateTestFixture<>(Fund.class).registerInjectableResource(CLOCK);

    @Nested
    class AmendingThePolicy {

        @Test
        void recordsTheAmendment() {
            PolicyTerms lowerMultiple = returnMultiple(APRIL_1, "1.5");
            fixture.given(launched(xiamenTerms(LAUNCH)))
                    .when(amend(lowerMultiple))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(amended(lowerMultiple));
        }

        @Test
        void acceptsAmendmentEffectiveOnTheLaunchDate() {
            fixture.given(launched())
                    .when(amend(returnMultiple(LAUNCH, "1.5")))
                    .expectEvents(amended(returnMultiple(LAUNCH, "1.5")));
        }

        @Test
        void acceptsAmendmentEffectiveToday() {
            fixture.given(launched())
                    .when(amend(returnMultiple(TODAY, "1.5")))
                    .expectEvents(amended(returnMultiple(TODAY, "1.5")));
        }

        @Test
        void refusesAmendmentEffectiveBeforeLaunch() {
            fixture.given(launched())
                    .when(amend(returnMultiple(LAUNCH.minusDays(1), "1.5")))
                    .expectNoEvents()
                    .expectException(DateBeforeLaunch.class)
                    .expectException(code("DATE_BEFORE_LAUNCH"));
        }

        @Test
        void refusesAmendmentEffectiveBeforeLaunchNamingEffectiveFrom() {
            fixture.given(launched())
                    .when(amend(returnMultiple(LAUNCH.minusDays(1), "1.5")))
                    .expectNoEvents()
                    .expectException(DateBeforeLaunch.class)
                    .expectException(rule("DATE_BEFORE_LAUNCH", "terms.effectiveFrom"));
        }

        @Test
        void refusesAnAmendmentIdAlreadyRecorded() {
            fixture.given(launched(), amended(returnMultiple(LAUNCH, "1.5")))
                    .when(amend(returnMultiple(LAUNCH, "1.5")))
                    .expectNoEvents()
                    .expectException(DuplicateId.class)
                    .expectException(code("DUPLICATE_ID"));
        }

        @Test
        void refusesAmendmentEffectiveInTheFuture() {
            fixture.given(launched())
                    .when(amend(returnMultiple(TODAY.plusDays(1), "1.5")))
                    .expectNoEvents()
                    .expectException(DateInFuture.class)
                    .expectException(rule("DATE_IN_FUTURE", "terms.effectiveFrom"));
        }

        @Test
        void refusesShareCapAmountInAnotherCurrencyThanTheFunds() {
            fixture.given(launched())
                    .when(amend(new PolicyTerms(APRIL_1, null, Money.of("20000000.00", "USD"), null,
                            null, null, null)))
                    .expectNoEvents()
                    .expectException(CurrencyMismatch.class)
                    .expectException(code("CURRENCY_MISMATCH"));
        }
    }

    @Nested
    class AmendmentChangesOnlyWhatItNames {

        @Test
        void judgesAFollowOnBeforeTheAmendmentByTheOriginalShare() {
            fixture.given(fundWith(coInvestmentTerms(LAUNCH, "0.50", 30),
                            coInvestmentTerms(APRIL_1, "0.25", null)))
                    .when(followOn(cny("500.00"), MARCH_31, MARCH_31))
                    .expectEvents(followedOn(cny("500.00"), MARCH_31, MARCH_31));
        }

        @Test
        void judgesAFollowOnFromTheAmendmentsDateByTheAmendedShare() {
            fixture.given(fundWith(coInvestmentTerms(LAUNCH, "0.50", 30),
                            coInvestmentTerms(APRIL_1, "0.25", null)))
                    .when(followOn(cny("250.01"), APRIL_1, APRIL_1))
                    .expectNoEvents()
                    .expectException(FollowOnExceedsLeadShare.class)
                    .expectException(rule("FOLLOW_ON_EXCEEDS_LEAD_SHARE", "amount"));
        }

        @Test
        void acceptsExactlyTheAmendedShareFromTheAmendmentsDate() {
            fixture.given(fundWith(coInvestmentTerms(LAUNCH, "0.50", 30),
                            coInvestmentTerms(APRIL_1, "0.25", null)))
                    .when(followOn(cny("250.00"), APRIL_1, APRIL_1))
                    .expectEvents(followedOn(cny("250.00"), APRIL_1, APRIL_1));
        }

        @Test
        void keepsTheWindowAnAmendmentOfTheShareDoesNotName() {
            // the lead on March 1 is 31 days before April 1: outside the original 30-day window
            fixture.given(fundWith(coInvestmentTerms(LAUNCH, "0.50", 30),
                            coInvestmentTerms(APRIL_1, "0.25", null)))
                    .when(followOn(cny("250.00"), APRIL_1, MARCH_1))
                    .expectNoEvents()
                    .expectException(FollowOnOutsideWindow.class)
                    .expectException(rule("FOLLOW_ON_OUTSIDE_WINDOW", "date"));
        }

        @Test
        void acceptsTheLastDayOfTheKeptWindowAfterTheAmendment() {
            fixture.given(fundWith(coInvestmentTerms(LAUNCH, "0.50", 30),
                            coInvestmentTerms(APRIL_1, "0.25", null)))
                    .when(followOn(cny("250.00"), APRIL_1, MARCH_2))
                    .expectEvents(followedOn(cny("250.00"), APRIL_1, MARCH_2));
        }

        @Test
        void keepsTheShareAnAmendmentOfTheWindowDoesNotName() {
            fixture.given(fundWith(coInvestmentTerms(LAUNCH, "0.50", 30),
                            coInvestmentTerms(APRIL_1, null, 60)))
                    .when(followOn(cny("500.01"), APRIL_30, MARCH_1))
                    .expectNoEvents()
                    .expectException(FollowOnExceedsLeadShare.class)
                    .expectException(rule("FOLLOW_ON_EXCEEDS_LEAD_SHARE", "amount"));
        }

        @Test
        void acceptsTheLongerWindowAndTheKeptShareAfterTheAmendment() {
            fixture.given(fundWith(coInvestmentTerms(LAUNCH, "0.50", 30),
                            coInvestmentTerms(APRIL_1, null, 60)))
                    .when(followOn(cny("500.00"), APRIL_30, MARCH_1))
                    .expectEvents(followedOn(cny("500.00"), APRIL_30, MARCH_1));
        }

        @Test
        void appliesTheAmendmentTheCommandRecorded() {
            fixture.given(fundWith(coInvestmentTerms(LAUNCH, "0.50", 30)))
                    .andGivenCommands(amend(coInvestmentTerms(APRIL_1, "0.25", null)))
                    .when(followOn(cny("250.01"), APRIL_1, APRIL_1))
                    .expectNoEvents()
                    .expectException(FollowOnExceedsLeadShare.class)
                    .expectException(rule("FOLLOW_ON_EXCEEDS_LEAD_SHARE", "amount"));
        }

        @Test
        void judgesByEffectiveDateNotByTheOrderAmendmentsWereRecorded() {
            // recorded later but effective earlier: from March 1 the share is 0.40, from April 1 0.25
            fixture.given(fundWith(coInvestmentTerms(LAUNCH, "0.50", 365),
                            coInvestmentTerms(APRIL_1, "0.25", null),
                            coInvestmentTerms(MARCH_1, "0.40", null)))
                    .when(followOn(cny("250.01"), APRIL_10, APRIL_10))
                    .expectNoEvents()
                    .expectException(FollowOnExceedsLeadShare.class)
                    .expectException(rule("FOLLOW_ON_EXCEEDS_LEAD_SHARE", "amount"));
        }

        @Test
        void appliesABackdatedAmendmentFromItsOwnEffectiveDate() {
            fixture.given(fundWith(coInvestmentTerms(LAUNCH, "0.50", 365),
                            coInvestmentTerms(APRIL_1, "0.25", null),
                            coInvestmentTerms(MARCH_1, "0.40", null)))
                    .when(followOn(cny("400.01"), MARCH_15, MARCH_15))
                    .expectNoEvents()
                    .expectException(FollowOnExceedsLeadShare.class)
                    .expectException(rule("FOLLOW_ON_EXCEEDS_LEAD_SHARE", "amount"));
        }

        @Test
        void appliesTheLaterRecordedOfTwoAmendmentsEffectiveTheSameDay() {
            fixture.given(fundWith(coInvestmentTerms(LAUNCH, "0.50", 365),
                            coInvestmentTerms(APRIL_1, "0.25", null),
                            coInvestmentTerms(APRIL_1, "0.40", null)))
                    .when(followOn(cny("400.00"), APRIL_10, APRIL_10))
                    .expectEvents(followedOn(cny("400.00"), APRIL_10, APRIL_10));
        }
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private static FundLaunched launched(PolicyTerms... terms) {
        return new FundLaunched(FUND, "Belt and Road IP Guidance Fund", FundType.GUIDANCE,
                Currency.getInstance("CNY"), LAUNCH, new FundPolicy(List.of(terms)));
    }

    /** Launched with the first terms, amended by the others in order, with ample capital paid in. */
    private static List<Object> fundWith(PolicyTerms launchTerms, PolicyTerms... amendments) {
        Money plenty = cny("10000000.00");
        CommitmentId commitment = new CommitmentId("lp-1");
        CallId call = new CallId("call-1");
        List<Object> history = new ArrayList<>(List.of(launched(launchTerms),
                new CommitmentRecorded(FUND, commitment, "Xiamen Finance Bureau", LOCAL_FISCAL, plenty, LAUNCH),
                new CapitalCalled(FUND, call, plenty, LAUNCH, null,
                        List.of(new CallAllocation(commitment, LOCAL_FISCAL, plenty))),
                new ContributionReceived(FUND, new ContributionId("in-1"), commitment, call, LOCAL_FISCAL, plenty,
                        LAUNCH)));
        for (PolicyTerms amendment : amendments) {
            history.add(amended(amendment));
        }
        return history;
    }

    private static PolicyTerms xiamenTerms(LocalDate from) {
        return new PolicyTerms(from, Ratio.of("0.30"), cny("150000000.00"), Ratio.of("2.0"), Ratio.of("0.50"), 365,
                false);
    }

    private static PolicyTerms returnMultiple(LocalDate from, String multiple) {
        return new PolicyTerms(from, null, null, Ratio.of(multiple), null, null, null);
    }

    private static PolicyTerms coInvestmentTerms(LocalDate from, String maxShareOfLead, Integer windowDays) {
        return new PolicyTerms(from, null, null, null, maxShareOfLead == null ? null : Ratio.of(maxShareOfLead),
                windowDays, null);
    }

    private static Lead leadOn(LocalDate date) {
        return new Lead("Xiamen Venture Capital", LEAD_AMOUNT, date);
    }

    private static RecordFollowOnInvestment followOn(Money amount, LocalDate date, LocalDate leadDate) {
        return new RecordFollowOnInvestment(FUND, new InvestmentId("inv-1"), PATENT_CO, amount, null, date,
                leadOn(leadDate), true);
    }

    private static FollowOnInvestmentRecorded followedOn(Money amount, LocalDate date, LocalDate leadDate) {
        return new FollowOnInvestmentRecorded(FUND, new InvestmentId("inv-1"), PATENT_CO, amount, null, amount, date,
                leadOn(leadDate), true);
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
