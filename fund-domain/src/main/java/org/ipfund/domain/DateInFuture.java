package org.ipfund.domain;

import java.time.LocalDate;

public class DateInFuture extends FundRuleViolation {

    private final String field;

    public DateInFuture(String field, LocalDate date, LocalDate today) {
        super("the date %s is in the future (today is %s): only facts that took effect are recorded"
                .formatted(date, today));
        this.field = field;
    }

    @Override
    public String code() {
        return "DATE_IN_FUTURE";
    }

    @Override
    public String field() {
        return field;
    }
}
