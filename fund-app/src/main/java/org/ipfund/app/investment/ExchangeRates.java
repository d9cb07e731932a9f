package org.ipfund.app.investment;

import java.math.BigDecimal;
import org.ipfund.app.web.InvalidInput;
import org.ipfund.domain.money.ExchangeRate;

/** An optional {@code exchangeRate} field of a deal or co-investment request. */
final class ExchangeRates {

    private ExchangeRates() {
    }

    static ExchangeRate from(BigDecimal given) {
        return given == null ? null : InvalidInput.of("exchangeRate", () -> new ExchangeRate(given));
    }
}
