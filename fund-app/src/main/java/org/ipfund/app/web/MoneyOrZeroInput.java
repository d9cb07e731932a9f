package org.ipfund.app.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.ipfund.domain.money.Money;

/**
 * Money as {@link MoneyInput} receives it, where nothing is an answer too: a holding valued at nothing, the proceeds
 * of a write-off. Read exactly as {@link MoneyInput} reads money. The {@code @Schema} bound repeats
 * {@code @PositiveOrZero} for the OpenAPI document, where springdoc does not read it.
 */
public record MoneyOrZeroInput(@Schema(minimum = "0") @NotNull @PositiveOrZero BigDecimal amount,
                               @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as CNY")
                               String currency) {

    public Money toMoney(String field) {
        return new MoneyInput(amount, currency).toMoney(field);
    }
}
