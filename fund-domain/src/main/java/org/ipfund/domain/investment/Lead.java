package org.ipfund.domain.investment;

import java.time.LocalDate;
import java.util.Objects;
import org.ipfund.domain.money.Money;

/** The lead investor a follow-on (跟投) invests alongside, on the lead's terms. */
public record Lead(String name, Money amount, LocalDate date) {

    public Lead {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
        if (name.isBlank()) {
            throw new IllegalArgumentException("the lead's name must not be blank");
        }
        if (!amount.exceedsZero()) {
            throw new IllegalArgumentException("the lead's amount must be above 0");
        }
    }
}
