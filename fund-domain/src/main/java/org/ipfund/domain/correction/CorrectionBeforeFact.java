package org.ipfund.domain.correction;

import java.time.LocalDate;
import org.ipfund.domain.FundRuleViolation;

/** A correction takes effect on or after the date of the fact it reverses. */
public class CorrectionBeforeFact extends FundRuleViolation {

    public CorrectionBeforeFact(String factId, LocalDate factDate, LocalDate date) {
        super("the correction dated %s is before '%s', dated %s".formatted(date, factId, factDate));
    }

    @Override
    public String code() {
        return "CORRECTION_BEFORE_FACT";
    }

    @Override
    public String field() {
        return "date";
    }
}
