package org.ipfund.domain;

import java.time.LocalDate;

public class DateBeforeLaunch extends FundRuleViolation {

    private final String field;

    public DateBeforeLaunch(LocalDate date, LocalDate launchDate) {
        this(date, launchDate, "date");
    }

    public DateBeforeLaunch(LocalDate date, LocalDate launchDate, String field) {
        super("the date %s is before the fund's launch on %s".formatted(date, launchDate));
        this.field = field;
    }

    @Override
    public String code() {
        return "DATE_BEFORE_LAUNCH";
    }

    @Override
    public String field() {
        return field;
    }
}
