package org.ipfund.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    @ParameterizedTest
    @ValueSource(strings = {"XXX", "XTS", "XAU", "XAG", "XPT", "XPD", "XDR", "XBA", "XBB", "XBC", "XBD", "XSU", "XUA",
            "XFO", "XFU", "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "USS", "UYI"})
    void refusesACurrencyCodeThatIsNoMoneyNamingTheField(String code) {
        Currency notMoney = Currency.getInstance(code);

        assertThat(Money.isMoney(notMoney)).isFalse();
        assertThatThrownBy(() -> Money.requireMoney(notMoney, "currency"))
                .isInstanceOfSatisfying(CurrencyNotMoney.class, refused -> {
                    assertThat(refused.code()).isEqualTo("CURRENCY_NOT_MONEY");
                    assertThat(refused.field()).isEqualTo("currency");
                    assertThat(refused.getMessage()).contains(code);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"CNY", "USD", "EUR", "JPY", "KWD", "CHF", "CLP", "MXN", "BOB", "COP", "UYU", "XAF", "XOF",
            "XPF", "XCD"})
    void acceptsTheCurrencyOfACountryOrAUnion(String code) {
        Currency money = Currency.getInstance(code);

        assertThat(Money.isMoney(money)).isTrue();
        assertThat(Money.requireMoney(money, "currency")).isEqualTo(money);
    }

    @Test
    void equalsTheSameAmountWrittenWithFewerDecimals() {
        assertThat(cny("10")).isEqualTo(cny("10.00")).hasSameHashCodeAs(cny("10.00"));
        assertThat(cny("10.5")).isEqualTo(cny("10.50"));
    }

    @Test
    void keepsTheCurrencysOwnNumberOfDecimals() {
        assertThat(cny("10").amount()).isEqualByComparingTo("10");
        assertThat(cny("10").amount().scale()).isEqualTo(2);
        assertThat(Money.of("1000", "JPY").amount().scale()).isZero();
        assertThat(Money.of("1.5", "KWD").amount().scale()).isEqualTo(3);
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHasRatherThanRounding() {
        assertThatIllegalArgumentException().isThrownBy(() -> cny("10.001"));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1000.5", "JPY"));
    }

    @Test
    void acceptsExcessTrailingZeros() {
        assertThat(cny("10.0000")).isEqualTo(cny("10.00"));
        assertThat(Money.of("1000.00", "JPY")).isEqualTo(Money.of("1000", "JPY"));
    }

    @Test
    void refusesMissingAmountOrCurrency() {
        assertThatThrownBy(() -> new Money(null, CNY)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Money(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void isNotEqualToTheSameAmountInAnotherCurrency() {
        assertThat(cny("10.00")).isNotEqualTo(Money.of("10.00", "USD"));
    }

    @Test
    void addsAndSubtractsExactly() {
        assertThat(cny("0.10").plus(cny("0.20"))).isEqualTo(cny("0.30"));
        assertThat(cny("5000000.00").minus(cny("0.01"))).isEqualTo(cny("4999999.99"));
        assertThat(cny("31000000").plus(cny("5000000"))).isEqualTo(cny("36000000.00"));
    }

    @Test
    void subtractingMoreThanThereIsGivesANegativeAmount() {
        assertThat(cny("1.00").minus(cny("1.01"))).isEqualTo(cny("-0.01"));
    }

    @Test
    void arithmeticLeavesTheOperandsUnchanged() {
        Money ten = cny("10.00");
        ten.plus(cny("5.00"));
        ten.minus(cny("5.00"));
        assertThat(ten).isEqualTo(cny("10.00"));
    }

    @Test
    void refusesToAddOrSubtractAnotherCurrency() {
        assertThatThrownBy(() -> cny("10.00").plus(Money.of("1.00", "USD")))
                .isInstanceOfSatisfying(CurrencyMismatch.class, mismatch -> {
                    assertThat(mismatch.code()).isEqualTo("CURRENCY_MISMATCH");
                    assertThat(mismatch).hasMessage("the amount is in USD but must be in CNY");
                });
        assertThatThrownBy(() -> cny("10.00").minus(Money.of("1.00", "USD")))
                .isInstanceOf(CurrencyMismatch.class);
    }

    @Test
    void refusesToCompareAcrossCurrencies() {
        assertThatThrownBy(() -> cny("10.00").isGreaterThan(Money.of("1.00", "USD")))
                .isInstanceOf(CurrencyMismatch.class);
        assertThatThrownBy(() -> cny("10.00").isLessThan(Money.of("1.00", "USD")))
                .isInstanceOf(CurrencyMismatch.class);
    }

    @Test
    void comparesByAmount() {
        assertThat(cny("10.01").isGreaterThan(cny("10.00"))).isTrue();
        assertThat(cny("10.00").isGreaterThan(cny("10.00"))).isFalse();
        assertThat(cny("9.99").isLessThan(cny("10.00"))).isTrue();
        assertThat(cny("10.00").isLessThan(cny("10.00"))).isFalse();
        assertThat(cny("10")).isEqualByComparingTo(cny("10.00"));
    }

    @Test
    void exceedsZeroOnlyFromTheSmallestUnitUp() {
        assertThat(cny("0.01").exceedsZero()).isTrue();
        assertThat(cny("0.00").exceedsZero()).isFalse();
        assertThat(cny("-0.01").exceedsZero()).isFalse();
    }

    @Test
    void isZeroOnlyForZero() {
        assertThat(Money.zero(CNY).isZero()).isTrue();
        assertThat(Money.zero(CNY)).isEqualTo(cny("0.00"));
        assertThat(cny("0.01").isZero()).isFalse();
        assertThat(cny("-0.01").isZero()).isFalse();
    }

    @Test
    void knowsItsCurrency() {
        assertThat(cny("1.00").hasCurrency(CNY)).isTrue();
        assertThat(cny("1.00").hasCurrency(Currency.getInstance("USD"))).isFalse();
    }

    @Test
    void countsInTheCurrencysSmallestUnit() {
        assertThat(cny("123.45").minorUnits()).isEqualTo(12345L);
        assertThat(Money.of("1000", "JPY").minorUnits()).isEqualTo(1000L);
        assertThat(Money.ofMinorUnits(12345L, CNY)).isEqualTo(cny("123.45"));
        assertThat(Money.ofMinorUnits(-1L, CNY)).isEqualTo(cny("-0.01"));
    }

    @Test
    void printsCurrencyAndPlainAmount() {
        assertThat(cny("31000000")).hasToString("CNY 31000000.00");
        assertThat(cny("-0.5")).hasToString("CNY -0.50");
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
