package org.ipfund.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Currency;
import org.junit.jupiter.api.Test;

class ExchangeRateTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void refusesARateOfZero() {
        assertThatIllegalArgumentException().isThrownBy(() -> ExchangeRate.of("0"));
        assertThatIllegalArgumentException().isThrownBy(() -> ExchangeRate.of("0.0000000000"));
    }

    @Test
    void refusesANegativeRate() {
        assertThatIllegalArgumentException().isThrownBy(() -> ExchangeRate.of("-7.12345"));
    }

    @Test
    void refusesAMissingRate() {
        assertThatNullPointerException().isThrownBy(() -> new ExchangeRate(null));
    }

    @Test
    void acceptsTheSmallestRateTenDecimalsCanQuote() {
        assertThat(ExchangeRate.of("0.0000000001").value()).isEqualByComparingTo("1E-10");
    }

    @Test
    void refusesMoreThanTenDecimals() {
        assertThatIllegalArgumentException().isThrownBy(() -> ExchangeRate.of("0.00000000001"));
        assertThatIllegalArgumentException().isThrownBy(() -> ExchangeRate.of("7.12345678901"));
    }

    @Test
    void acceptsTwelveDigitsBeforeThePointWithTenAfter() {
        assertThat(ExchangeRate.of("999999999999.9999999999").value())
                .isEqualByComparingTo("999999999999.9999999999");
    }

    @Test
    void refusesThirteenDigitsBeforeThePoint() {
        assertThatIllegalArgumentException().isThrownBy(() -> ExchangeRate.of("1000000000000"));
        assertThatIllegalArgumentException().isThrownBy(() -> ExchangeRate.of("1000000000000.5"));
    }

    @Test
    void countsTheDigitsOfARateWrittenWithAnExponent() {
        assertThat(ExchangeRate.of("1E+11").value()).isEqualByComparingTo("100000000000");
        assertThatIllegalArgumentException().isThrownBy(() -> ExchangeRate.of("1E+12"));
    }

    @Test
    void convertsIntoTheTargetCurrency() {
        Money converted = ExchangeRate.of("7").convert(Money.of("500.00", "USD"), CNY);

        assertThat(converted).isEqualTo(Money.of("3500.00", "CNY"));
        assertThat(converted.currency()).isEqualTo(CNY);
    }

    @Test
    void roundsDownBelowHalfTheTargetsSmallestUnit() {
        // 1000.01 × 7.12345 = 7123.5212345
        assertThat(ExchangeRate.of("7.12345").convert(Money.of("1000.01", "USD"), CNY))
                .isEqualTo(Money.of("7123.52", "CNY"));
    }

    @Test
    void roundsUpAboveHalfTheTargetsSmallestUnit() {
        // 1000.07 × 7.12345 = 7123.9486415
        assertThat(ExchangeRate.of("7.12345").convert(Money.of("1000.07", "USD"), CNY))
                .isEqualTo(Money.of("7123.95", "CNY"));
    }

    @Test
    void roundsAnExactHalfUpNotToEven() {
        // 100.01 × 6.5 = 650.065: half-up 650.07, half-even would give 650.06
        assertThat(ExchangeRate.of("6.5").convert(Money.of("100.01", "USD"), CNY))
                .isEqualTo(Money.of("650.07", "CNY"));
    }

    @Test
    void roundsHalfAFenUpToOneFen() {
        // 0.01 × 0.5 = 0.005
        assertThat(ExchangeRate.of("0.5").convert(Money.of("0.01", "USD"), CNY))
                .isEqualTo(Money.of("0.01", "CNY"));
    }

    @Test
    void roundsJustBelowHalfAFenDownToNothing() {
        // 0.01 × 0.4999999999 = 0.004999999999: rounded once, not first to 0.005 and then up
        assertThat(ExchangeRate.of("0.4999999999").convert(Money.of("0.01", "USD"), CNY))
                .isEqualTo(Money.of("0.00", "CNY"));
    }

    @Test
    void roundsToWholeYenForACurrencyWithoutDecimals() {
        // 100.01 × 150.5 = 15051.505
        Money converted = ExchangeRate.of("150.5").convert(Money.of("100.01", "USD"), JPY);

        assertThat(converted).isEqualTo(Money.of("15052", "JPY"));
        assertThat(converted.amount().scale()).isZero();
    }

    @Test
    void roundsHalfAYenUp() {
        // 0.01 × 50 = 0.5 yen
        assertThat(ExchangeRate.of("50").convert(Money.of("0.01", "USD"), JPY)).isEqualTo(Money.of("1", "JPY"));
    }

    @Test
    void roundsBelowHalfAYenDown() {
        // 0.01 × 49.99 = 0.4999 yen
        assertThat(ExchangeRate.of("49.99").convert(Money.of("0.01", "USD"), JPY)).isEqualTo(Money.of("0", "JPY"));
    }

    @Test
    void convertsFromACurrencyWithoutDecimals() {
        // 1000 × 0.0612345 = 61.2345
        assertThat(ExchangeRate.of("0.0612345").convert(Money.of("1000", "JPY"), CNY))
                .isEqualTo(Money.of("61.23", "CNY"));
    }



    @Test
    void printsThePlainRate() {
        assertThat(ExchangeRate.of("1E+2")).hasToString("100");
        assertThat(ExchangeRate.of("7.12345")).hasToString("7.12345");
    }
}
