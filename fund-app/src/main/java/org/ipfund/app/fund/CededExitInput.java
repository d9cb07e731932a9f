package org.ipfund.app.fund;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.ipfund.domain.policy.CededExitPricing;
import org.ipfund.domain.policy.CededExitTerms;

/**
 * {@code policy.cededExit}: the price of a ceded exit (让利退出), e.g. {@code {"freeYears": 3, "annualRate": "0.0435",
 * "pricing": "AT_LEAST"}}. Every term is given, since an amendment replaces the whole terms from its date.
 */
public record CededExitInput(@NotNull @PositiveOrZero @Max(100) Integer freeYears,
                             @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 10)
                             BigDecimal annualRate,
                             @NotNull CededExitPricing pricing) {

    CededExitTerms toTerms() {
        return new CededExitTerms(freeYears, annualRate, pricing);
    }
}
