package org.ipfund.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RatioTest {

    @Test
    void computesTheSeedsStateCapitalLeverage() {
        assertThat(Ratio.between(cny("31000000.00"), cny("5000000.00"))).isEqualTo(Ratio.of("6.2000"));
    }

    @Test
    void computesSubFundAmplification() {
        assertThat(Ratio.between(cny("100000000"), cny("25000000"))).isEqualTo(Ratio.of("4.0000"));
    }

    @Test
    void roundsComputedRatiosHalfUpToFourPlaces() {
        assertThat(Ratio.between(cny("2.00"), cny("3.00"))).isEqualTo(Ratio.of("0.6667"));
        assertThat(Ratio.between(cny("1.00"), cny("3.00"))).isEqualTo(Ratio.of("0.3333"));
        // 1/32 = 0.03125: half-up gives 0.0313 where half-even would give 0.0312
        assertThat(Ratio.between(cny("1.00"), cny("32.00"))).isEqualTo(Ratio.of("0.0313"));
        assertThat(Ratio.between(cny("6.00"), cny("3.00")).value().scale()).isEqualTo(Ratio.COMPUTED_SCALE);
    }

    @Test
    void hasNoRatioAgainstNothing() {
        assertThat(Ratio.between(cny("5.00"), cny("0.00"))).isNull();
    }

    @Test
    void isZeroWhenNothingWasDrawnIn() {
        assertThat(Ratio.between(cny("0.00"), cny("5.00"))).isEqualTo(Ratio.of("0.0000"));
    }

    @Test
    void refusesToCompareAmountsInDifferentCurrencies() {
        assertThatThrownBy(() -> Ratio.between(Money.of("1.00", "USD"), cny("5.00")))
                .isInstanceOf(CurrencyMismatch.class);
    }

    @Test
    void refusesNegativeRatios() {
        assertThatIllegalArgumentException().isThrownBy(() -> Ratio.of("-0.0001"));
    }

    @Test
    void acceptsZero() {
        assertThat(Ratio.of("0").value()).isZero();
    }

    @Test
    void refusesMissingValue() {
        assertThatThrownBy(() -> new Ratio(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void keepsThePolicysOwnScale() {
        assertThat(Ratio.of("0.30")).hasToString("0.30");
        assertThat(Ratio.of("1.5")).hasToString("1.5");
    }

    @Test
    void comparesByValueWhateverTheScale() {
        assertThat(Ratio.of("0.3")).isEqualByComparingTo(Ratio.of("0.3000"));
        assertThat(Ratio.of("0.31")).isGreaterThan(Ratio.of("0.3"));
        assertThat(Ratio.of("2.0")).isLessThan(Ratio.of("2.5"));
    }

    @Test
    void takesAShareOfAnAmount() {
        assertThat(Ratio.of("0.30").of(cny("150000000.00"))).isEqualTo(cny("45000000.00"));
        assertThat(Ratio.of("0.25").of(cny("100000000"))).isEqualTo(cny("25000000.00"));
        assertThat(Ratio.of("1.5").of(cny("10.00"))).isEqualTo(cny("15.00"));
    }

    @Test
    void roundsAShareDownSoACapIsNeverExceeded() {
        assertThat(Ratio.of("0.30").of(cny("100.01"))).isEqualTo(cny("30.00"));
        // half a fen would round up half-up; a cap must not
        assertThat(Ratio.of("0.5").of(cny("0.03"))).isEqualTo(cny("0.01"));
        assertThat(Ratio.of("0.9999").of(cny("0.99"))).isEqualTo(cny("0.98"));
    }

    @Test
    void keepsTheAmountsCurrencyWhenTakingAShare() {
        assertThat(Ratio.of("0.5").of(Money.of("1001", "JPY"))).isEqualTo(Money.of("500", "JPY"));
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
