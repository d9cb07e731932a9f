package org.ipfund.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.Set;

/**
 * An exact amount in one currency, always at the currency's own number of decimal places: 10 equals
 * 10.00 in CNY, and 10.001 is refused rather than rounded. Arithmetic never mixes currencies.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /**
     * ISO 4217's fund codes: units that track a currency (an indexed unit, next-day dollars) but are not what a
     * payment is made in. The other codes that are no money (metals, units of account, bond-market units, testing,
     * "no currency") have no minor unit in ISO 4217.
     */
    private static final Set<String> FUND_CODES =
            Set.of("BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "USS", "UYI", "UYW");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = scaled(amount, currency);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    /** Whether amounts of this currency are money: a country's or a union's currency, not one of ISO 4217's other codes. */
    public static boolean isMoney(Currency currency) {
        return currency.getDefaultFractionDigits() >= 0 && !FUND_CODES.contains(currency.getCurrencyCode());
    }

    /** The currency, or a refusal naming the command's {@code field} when it is no money. */
    public static Currency requireMoney(Currency currency, String field) {
        if (!isMoney(currency)) {
            throw new CurrencyNotMoney(currency, field);
        }
        return currency;
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    public boolean exceedsZero() {
        return amount.signum() > 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** The smallest unit of this currency as an integer count (fen for CNY), for exact splitting. */
    long minorUnits() {
        return amount.movePointRight(currency.getDefaultFractionDigits()).longValueExact();
    }

    static Money ofMinorUnits(long units, Currency currency) {
        return new Money(BigDecimal.valueOf(units, currency.getDefaultFractionDigits()), currency);
    }

    public boolean hasCurrency(Currency other) {
        return currency.equals(other);
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatch(currency, other.currency);
        }
    }

    private static BigDecimal scaled(BigDecimal amount, Currency currency) {
        try {
            return amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
        } catch (ArithmeticException tooPrecise) {
            throw new IllegalArgumentException("%s has more decimal places than %s allows (%d)"
                    .formatted(amount.toPlainString(), currency.getCurrencyCode(),
                            currency.getDefaultFractionDigits()));
        }
    }
}
