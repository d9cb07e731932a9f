package org.ipfund.app.web;

import java.math.BigDecimal;
import org.ipfund.domain.money.ExchangeRate;

/**
 * An optional {@code exchangeRate} field (fund currency per unit of the other): a deal, a co-investment, a valuation
 * or an exit in another currency than the fund's gives that day's rate.
 */
public final class ExchangeRates {

    private ExchangeRates() {
    }

    public static ExchangeRate from(BigDecimal given) {
        return given == null ? null : InvalidInput.of("exchangeRate", () -> new ExchangeRate(given));
    }
}
