package org.ipfund.domain.investment;

import java.time.LocalDate;
import org.ipfund.domain.FundRuleViolation;

/** A follow-on without a lead is a later round in a company the fund already holds. */
public class FollowOnWithoutHolding extends FundRuleViolation {

    public FollowOnWithoutHolding(String company, LocalDate date) {
        super("the fund holds no investment in '%s' dated on or before %s: a follow-on without a lead needs one".formatted(company, date));
    }

    @Override
    public String code() {
        return "FOLLOW_ON_WITHOUT_HOLDING";
    }

    @Override
    public String field() {
        return "company";
    }
}
