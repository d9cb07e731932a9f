package org.ipfund.domain;

import java.time.LocalDate;

public class DateBeforeLaunch extends FundRuleViolation {

    public DateBeforeLaunch(LocalDate date, LocalDate launchDate) {
        super("the date %s is before the fund's launch on %s".formatted(date, launchDate));
    }

    @Override
    public String code() {
        return "DATE_BEFORE_LAUNCH";
    }

    @Override
    public String field() {
        return "date";
    }
}
