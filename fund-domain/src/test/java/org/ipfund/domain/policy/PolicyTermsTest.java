package org.ipfund.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.junit.jupiter.api.Test;

class PolicyTermsTest {

    private static final LocalDate FROM = LocalDate.of(2017, 3, 1);

    @Test
    void refusesShareCapAboveTheWhole() {
        assertThatIllegalArgumentException().isThrownBy(() -> shareCap("1.0001"));
    }

    @Test
    void acceptsShareCapOfTheWhole() {
        assertThat(shareCap("1.00").shareCap()).isEqualTo(Ratio.of("1.00"));
    }

    @Test
    void refusesFollowOnMaxShareOfZero() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new PolicyTerms(FROM, null, null, null, Ratio.of("0.00"), null, null));
    }

    @Test
    void acceptsTheSmallestFollowOnMaxShare() {
        assertThat(new PolicyTerms(FROM, null, null, null, Ratio.of("0.0001"), null, null).followOnMaxShareOfLead())
                .isEqualTo(Ratio.of("0.0001"));
    }

    @Test
    void refusesNegativeFollowOnWindow() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PolicyTerms(FROM, null, null, null, null, -1, null));
    }

    @Test
    void acceptsFollowOnWindowOfZeroDays() {
        assertThat(new PolicyTerms(FROM, null, null, null, null, 0, null).followOnWindowDays()).isZero();
    }

    @Test
    void refusesShareCapAmountOfNothing() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new PolicyTerms(FROM, null, Money.of("0.00", "CNY"), null, null, null, null));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new PolicyTerms(FROM, null, Money.of("-1.00", "CNY"), null, null, null, null));
    }

    @Test
    void acceptsShareCapAmountOfTheSmallestUnit() {
        assertThat(new PolicyTerms(FROM, null, Money.of("0.01", "CNY"), null, null, null, null).shareCapAmount())
                .isEqualTo(Money.of("0.01", "CNY"));
    }

    @Test
    void refusesTermsWithoutAnEffectiveDate() {
        assertThatThrownBy(() -> PolicyTerms.none(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void termsThatSetNothingLeaveEveryRuleUnset() {
        PolicyTerms none = PolicyTerms.none(FROM);

        assertThat(none.effectiveFrom()).isEqualTo(FROM);
        assertThat(none).hasAllNullFieldsOrPropertiesExcept("effectiveFrom");
    }

    private static PolicyTerms shareCap(String cap) {
        return new PolicyTerms(FROM, Ratio.of(cap), null, null, null, null, null);
    }
}
