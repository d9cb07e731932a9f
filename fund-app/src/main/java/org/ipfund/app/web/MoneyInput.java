package org.ipfund.app.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.Currency;
import org.ipfund.domain.money.CurrencyNotMoney;
import org.ipfund.domain.money.Money;

/**
 * Money as the API receives it: {@code {"amount": "5000000.00", "currency": "CNY"}}. The {@code @Schema} bound repeats
 * {@code @Positive} for the OpenAPI document, where springdoc does not read it.
 */
public record MoneyInput(@Schema(minimum = "0", exclusiveMinimum = true) @NotNull @Positive BigDecimal amount,
                         @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as CNY")
                         String currency) {

    /** At most 999 999 999 999 999 before the decimal point: beyond any fund, and exact in minor units. */
    public static final int MAX_INTEGER_DIGITS = 15;

    public Money toMoney(String field) {
        Currency code = currency(field + ".currency", currency);
        return InvalidInput.of(field + ".amount", () -> new Money(bounded(field + ".amount", amount, code), code));
    }

    /** The currency with this ISO 4217 code, if it is money, or a refusal that names the field and the code. */
    public static Currency currency(String field, String code) {
        if (code == null) {
            throw new InvalidInput(field, "must not be null");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput(field, code + " is not an ISO 4217 currency code");
        }
        try {
            return Money.requireMoney(currency, field);
        } catch (CurrencyNotMoney notMoney) {
            throw new InvalidInput(field, notMoney.getMessage(), notMoney.code());
        }
    }

    /**
     * Refuses an amount too large to be money, or more precise than its currency, before {@link Money}
     * scales it: the exponent of {@code 1e400} or {@code 1e-400} costs nothing to read but scaling it out,
     * or printing it in full, would.
     */
    private static BigDecimal bounded(String field, BigDecimal amount, Currency currency) {
        if (amount == null) {
            throw new InvalidInput(field, "must not be null");
        }
        BigDecimal exact = amount.stripTrailingZeros();
        if ((long) exact.precision() - exact.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidInput(field, "must have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
        }
        if (exact.scale() > currency.getDefaultFractionDigits()) {
            // the message Money gives, but without writing out an amount that may have 400 decimal places
            throw new InvalidInput(field, "%s has more decimal places than %s allows (%d)".formatted(
                    amount, currency.getCurrencyCode(), currency.getDefaultFractionDigits()));
        }
        return exact;
    }
}
