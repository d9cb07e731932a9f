package org.ipfund.domain.fund;

import java.time.LocalDate;
import org.ipfund.domain.FundRuleViolation;

/** A distribution is split by paid-in capital: with none paid in by its date there is no one to pay. */
public class NothingPaidIn extends FundRuleViolation {

    public NothingPaidIn(LocalDate date) {
        super("no investor had paid anything in by %s: a distribution is split by paid-in capital".formatted(date));
    }

    @Override
    public String code() {
        return "NOTHING_PAID_IN";
    }

    @Override
    public String field() {
        return "date";
    }
}
