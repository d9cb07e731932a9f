package org.ipfund.domain.investment;

import java.time.LocalDate;
import org.ipfund.domain.FundRuleViolation;

/** A follow-on alongside a lead is dated on or after the lead's date and within the policy's window of days after it. */
public class FollowOnOutsideWindow extends FundRuleViolation {

    public FollowOnOutsideWindow(LocalDate date, LocalDate leadDate, Integer windowDays) {
        super(windowDays == null
                ? "the follow-on dated %s is before the lead's investment on %s".formatted(date, leadDate)
                : "the follow-on dated %s is not within %d days on or after the lead's investment on %s"
                        .formatted(date, windowDays, leadDate));
    }

    @Override
    public String code() {
        return "FOLLOW_ON_OUTSIDE_WINDOW";
    }

    @Override
    public String field() {
        return "date";
    }
}
