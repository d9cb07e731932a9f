package org.ipfund.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.junit.jupiter.api.Test;

class FundPolicyTest {

    private static final LocalDate ADOPTED = LocalDate.of(2017, 3, 1);
    private static final LocalDate AMENDED = LocalDate.of(2025, 1, 1);

    @Test
    void appliesTheTermsFromTheDayTheyTakeEffect() {
        FundPolicy policy = new FundPolicy(List.of(xiamenTerms(ADOPTED)));

        PolicyTerms inForce = policy.inForceOn(ADOPTED);

        assertThat(inForce.shareCap()).isEqualTo(Ratio.of("0.30"));
        assertThat(inForce.shareCapAmount()).isEqualTo(cny("150000000"));
        assertThat(inForce.returnInvestmentMultiple()).isEqualTo(Ratio.of("2.0"));
        assertThat(inForce.followOnMaxShareOfLead()).isEqualTo(Ratio.of("0.50"));
        assertThat(inForce.followOnWindowDays()).isEqualTo(365);
        assertThat(inForce.investUncalledCommitments()).isFalse();
    }

    @Test
    void hasNoRulesBeforeAnyTermsTakeEffect() {
        FundPolicy policy = new FundPolicy(List.of(xiamenTerms(ADOPTED)));

        assertThat(policy.inForceOn(ADOPTED.minusDays(1))).isEqualTo(PolicyTerms.none(ADOPTED.minusDays(1)));
    }

    @Test
    void hasNoRulesWithoutAnyTerms() {
        assertThat(FundPolicy.none().inForceOn(ADOPTED)).isEqualTo(PolicyTerms.none(ADOPTED));
    }

    @Test
    void laterAmendmentThatSetsOneRuleLeavesTheOthersAsTheyWere() {
        FundPolicy policy = new FundPolicy(List.of(xiamenTerms(ADOPTED)))
                .amendedBy(returnMultipleFrom(AMENDED, "1.5"));

        PolicyTerms inForce = policy.inForceOn(AMENDED.plusMonths(6));

        assertThat(inForce.returnInvestmentMultiple()).isEqualTo(Ratio.of("1.5"));
        assertThat(inForce.shareCap()).isEqualTo(Ratio.of("0.30"));
        assertThat(inForce.shareCapAmount()).isEqualTo(cny("150000000"));
        assertThat(inForce.followOnMaxShareOfLead()).isEqualTo(Ratio.of("0.50"));
        assertThat(inForce.followOnWindowDays()).isEqualTo(365);
        assertThat(inForce.investUncalledCommitments()).isFalse();
    }

    @Test
    void amendmentIsInForceOnItsExactEffectiveDateAndNotTheDayBefore() {
        FundPolicy policy = new FundPolicy(List.of(xiamenTerms(ADOPTED)))
                .amendedBy(returnMultipleFrom(AMENDED, "1.5"));

        assertThat(policy.inForceOn(AMENDED).returnInvestmentMultiple()).isEqualTo(Ratio.of("1.5"));
        assertThat(policy.inForceOn(AMENDED.minusDays(1)).returnInvestmentMultiple()).isEqualTo(Ratio.of("2.0"));
    }

    @Test
    void judgesEachRuleByItsLatestValueOnOrBeforeTheDate() {
        FundPolicy policy = new FundPolicy(List.of(
                xiamenTerms(ADOPTED),
                returnMultipleFrom(LocalDate.of(2020, 1, 1), "3.0"),
                new PolicyTerms(LocalDate.of(2022, 1, 1), Ratio.of("0.25"), null, null, null, 180, true),
                returnMultipleFrom(AMENDED, "1.5")));

        PolicyTerms in2023 = policy.inForceOn(LocalDate.of(2023, 6, 30));

        assertThat(in2023.returnInvestmentMultiple()).isEqualTo(Ratio.of("3.0"));
        assertThat(in2023.shareCap()).isEqualTo(Ratio.of("0.25"));
        assertThat(in2023.shareCapAmount()).isEqualTo(cny("150000000"));
        assertThat(in2023.followOnWindowDays()).isEqualTo(180);
        assertThat(in2023.investUncalledCommitments()).isTrue();
    }

    @Test
    void ordersTermsByEffectiveDateWhateverTheOrderTheyWereGivenIn() {
        FundPolicy policy = new FundPolicy(List.of(returnMultipleFrom(AMENDED, "1.5"), xiamenTerms(ADOPTED)));

        assertThat(policy.terms()).extracting(PolicyTerms::effectiveFrom).containsExactly(ADOPTED, AMENDED);
        assertThat(policy.inForceOn(AMENDED).returnInvestmentMultiple()).isEqualTo(Ratio.of("1.5"));
        assertThat(policy.inForceOn(AMENDED).shareCap()).isEqualTo(Ratio.of("0.30"));
    }

    @Test
    void ruleSetToFalseStaysFalseRatherThanUnset() {
        FundPolicy policy = new FundPolicy(List.of(
                new PolicyTerms(ADOPTED, null, null, null, null, null, true),
                new PolicyTerms(AMENDED, null, null, null, null, null, false)));

        assertThat(policy.inForceOn(AMENDED).investUncalledCommitments()).isFalse();
        assertThat(policy.inForceOn(ADOPTED).investUncalledCommitments()).isTrue();
    }

    @Test
    void namesTheLatestVersionInForceAsTheTermsEffectiveDate() {
        FundPolicy policy = new FundPolicy(List.of(xiamenTerms(ADOPTED))).amendedBy(returnMultipleFrom(AMENDED,
                "1.5"));

        assertThat(policy.inForceOn(AMENDED.minusDays(1)).effectiveFrom()).isEqualTo(ADOPTED);
        assertThat(policy.inForceOn(AMENDED).effectiveFrom()).isEqualTo(AMENDED);
        assertThat(policy.inForceOn(AMENDED.plusYears(1)).effectiveFrom()).isEqualTo(AMENDED);
        assertThat(policy.inForceOn(ADOPTED.minusDays(1)).effectiveFrom()).as("before any version: the date asked")
                .isEqualTo(ADOPTED.minusDays(1));
    }

    @Test
    void amendingLeavesTheOriginalPolicyAsItWas() {
        FundPolicy original = new FundPolicy(List.of(xiamenTerms(ADOPTED)));

        FundPolicy amended = original.amendedBy(returnMultipleFrom(AMENDED, "1.5"));

        assertThat(original.terms()).hasSize(1);
        assertThat(original.inForceOn(AMENDED).returnInvestmentMultiple()).isEqualTo(Ratio.of("2.0"));
        assertThat(amended.terms()).hasSize(2);
    }

    private static PolicyTerms xiamenTerms(LocalDate from) {
        return new PolicyTerms(from, Ratio.of("0.30"), cny("150000000"), Ratio.of("2.0"), Ratio.of("0.50"), 365,
                false);
    }

    private static PolicyTerms returnMultipleFrom(LocalDate from, String multiple) {
        return new PolicyTerms(from, null, null, Ratio.of(multiple), null, null, null);
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
