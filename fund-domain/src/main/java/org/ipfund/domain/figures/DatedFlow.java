package org.ipfund.domain.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated cash flow of an {@link Xirr}, seen from the investors: negative when they pay money in, positive when
 * money goes back to them (a distribution) or stands as what they still hold (the final NAV).
 */
public record DatedFlow(LocalDate date, BigDecimal amount) {

    public DatedFlow {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
    }
}
