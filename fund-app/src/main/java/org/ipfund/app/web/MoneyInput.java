package org.ipfund.app.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.Currency;
import org.ipfund.domain.money.Money;

/** Money as the API receives it: {@code {"amount": "5000000.00", "currency": "CNY"}}. */
public record MoneyInput(@NotNull @Positive BigDecimal amount,
                         @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as CNY")
                         String currency) {

    public Money toMoney(String field) {
        Currency code = InvalidInput.of(field + ".currency", () -> Currency.getInstance(currency));
        return InvalidInput.of(field + ".amount", () -> new Money(amount, code));
    }
}
