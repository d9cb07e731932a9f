package org.ipfund.domain;

import java.time.LocalDate;

/**
 * A reversed fact still counts from its own date until its correction's: a fact that replaces it dated before the
 * correction would count beside it in between. Date the replacement on or after the correction, or date the
 * correction on the reversed fact's own day.
 */
public class DatedBeforeReversal extends FundRuleViolation {

    public DatedBeforeReversal(String reversed, LocalDate reversedOn, LocalDate date) {
        super("'%s' counts until its reversal on %s: a fact dated %s would count beside it; date this on or after %s, or"
                .formatted(reversed, reversedOn, date, reversedOn) + " date the correction on the reversed fact's own day");
    }

    @Override
    public String code() {
        return "DATED_BEFORE_REVERSAL";
    }

    @Override
    public String field() {
        return "date";
    }
}
