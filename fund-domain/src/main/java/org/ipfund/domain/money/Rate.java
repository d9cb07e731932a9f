package org.ipfund.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An annual rate of return, such as an IRR (内部收益率): {@code 0.0812} for 8.12% a year, negative for a loss. Unlike
 * a {@link Ratio} it may be below zero; it is stated, like a computed ratio, half-up to {@value #SCALE} places.
 */
public record Rate(BigDecimal value) {

    public static final int SCALE = 4;

    public Rate {
        Objects.requireNonNull(value, "value");
        value = value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static Rate of(String value) {
        return new Rate(new BigDecimal(value));
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
