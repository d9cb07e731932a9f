package org.ipfund.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A non-negative proportion or multiple: a policy's share cap (0.30), a 返投 multiple (1.50) or a
 * leverage figure (6.2000). Policies keep the scale they were given; computed ratios are rounded once,
 * half-up, to {@value #COMPUTED_SCALE} places.
 */
public record Ratio(BigDecimal value) implements Comparable<Ratio> {

    public static final int COMPUTED_SCALE = 4;

    public Ratio {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a ratio cannot be negative: " + value.toPlainString());
        }
    }

    public static Ratio of(String value) {
        return new Ratio(new BigDecimal(value));
    }

    /** numerator ÷ denominator, half-up to four places; null when the denominator is zero. */
    public static Ratio between(Money numerator, Money denominator) {
        if (!numerator.hasCurrency(denominator.currency())) {
            throw new CurrencyMismatch(denominator.currency(), numerator.currency());
        }
        if (denominator.isZero()) {
            return null;
        }
        return new Ratio(numerator.amount().divide(denominator.amount(), COMPUTED_SCALE, RoundingMode.HALF_UP));
    }

    /** This share of an amount, rounded down to the currency's smallest unit (a cap is never exceeded). */
    public Money of(Money amount) {
        BigDecimal exact = amount.amount().multiply(value);
        return new Money(exact.setScale(amount.currency().getDefaultFractionDigits(), RoundingMode.DOWN),
                amount.currency());
    }

    @Override
    public int compareTo(Ratio other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
