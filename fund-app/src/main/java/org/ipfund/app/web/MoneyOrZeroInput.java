package org.ipfund.app.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.ipfund.domain.money.Money;

/**
 * Money as {@link MoneyInput} receives it, where nothing is an answer too: a holding valued at nothing, the proceeds
 * of a write-off. Read exactly as {@link MoneyInput} reads money.
 */
public record MoneyOrZeroInput(@NotNull @PositiveOrZero BigDecimal amount,
                               @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as CNY")
                               String currency) {

    public Money toMoney(String field) {
        return new MoneyInput(amount, currency).toMoney(field);
    }
}
