package org.ipfund.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * How many units of the fund's currency one unit of a deal's currency was worth on the deal's date. A deal
 * abroad is recorded in its own currency with this rate, and every rule judges it converted.
 */
public record ExchangeRate(BigDecimal value) {

    /** Rates are quoted to at most this many decimal places (central banks quote 4 to 6). */
    public static final int MAX_SCALE = 10;

    public ExchangeRate {
        Objects.requireNonNull(value, "value");
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("an exchange rate must be above 0");
        }
        if (value.scale() > MAX_SCALE || value.precision() - value.scale() > 12) {
            throw new IllegalArgumentException("an exchange rate has at most 12 digits before and %d after the point"
                    .formatted(MAX_SCALE));
        }
    }

    public static ExchangeRate of(String value) {
        return new ExchangeRate(new BigDecimal(value));
    }

    /** The amount in the target currency, rounded half-up once to that currency's smallest unit. */
    public Money convert(Money amount, Currency target) {
        BigDecimal converted = amount.amount().multiply(value)
                .setScale(target.getDefaultFractionDigits(), RoundingMode.HALF_UP);
        return new Money(converted, target);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
