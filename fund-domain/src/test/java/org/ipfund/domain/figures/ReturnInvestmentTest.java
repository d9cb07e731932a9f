package org.ipfund.domain.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.ipfund.domain.policy.PolicyTerms;
import org.junit.jupiter.api.Test;

class ReturnInvestmentTest {

    private static final LocalDate DAY = LocalDate.of(2018, 1, 1);

    @Test
    void requiresTheMultipleOfTheParentsPaidInRoundedUpToTheFen() {
        assertThat(ReturnInvestment.required(Ratio.of("1.5"), cny("900000.00"))).isEqualTo(cny("1350000.00"));
        assertThat(ReturnInvestment.required(Ratio.of("1.333"), cny("0.01"))).isEqualTo(cny("0.02"));
        assertThat(ReturnInvestment.required(null, cny("900000.00"))).isEqualTo(cny("0.00"));
    }

    @Test
    void compliesWhenQualifyingReachesExactlyTheRequirement() {
        assertThat(ReturnInvestment.judge(Ratio.of("1.5"), cny("900000.00"), cny("1350000.00")))
                .isEqualTo(new ReturnInvestment(Ratio.of("1.5"), cny("900000.00"), cny("1350000.00"),
                        cny("1350000.00"), Ratio.of("1.5000"), true));
        assertThat(ReturnInvestment.judge(Ratio.of("1.5"), cny("900000.00"), cny("1349999.99")).compliant())
                .isFalse();
    }

    @Test
    void withoutAMultipleNothingIsRequiredAndWithoutPaidInNoMultipleIsReached() {
        ReturnInvestment judged = ReturnInvestment.judge((Ratio) null, cny("0.00"), cny("0.00"));
        assertThat(judged.required()).isEqualTo(cny("0.00"));
        assertThat(judged.multiple()).isNull();
        assertThat(judged.compliant()).isTrue();
    }

    @Test
    void theParentsRuleBindsItsSubFundsAndTheSubFundsOwnAppliesOnlyWithoutOne() {
        PolicyTerms parent = new PolicyTerms(DAY, null, null, Ratio.of("2.0"), null, null, null);
        PolicyTerms subFund = new PolicyTerms(DAY, null, null, Ratio.of("1.0"), null, null, null);
        PolicyTerms none = PolicyTerms.none(DAY);
        assertThat(ReturnInvestment.judge(parent, subFund, cny("100.00"), cny("150.00")).required())
                .isEqualTo(cny("200.00"));
        assertThat(ReturnInvestment.judge(none, subFund, cny("100.00"), cny("150.00")).required())
                .isEqualTo(cny("100.00"));
        assertThat(ReturnInvestment.judge(none, none, cny("100.00"), cny("0.00")).requiredMultiple()).isNull();
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
