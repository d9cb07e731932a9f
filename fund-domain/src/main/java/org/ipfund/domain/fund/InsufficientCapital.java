package org.ipfund.domain.fund;

import java.time.LocalDate;
import org.ipfund.domain.FundRuleViolation;
import org.ipfund.domain.money.Money;

/** A fund invests only capital it has available on the fact's date and every later day: paid-in minus invested (plus unfunded commitments where its policy allows). */
public class InsufficientCapital extends FundRuleViolation {

    private final String field;

    public InsufficientCapital(Money available, Money requested, LocalDate date, String field) {
        super("the fund needs %s but has only %s available on %s and after".formatted(requested, available, date));
        this.field = field;
    }

    @Override
    public String code() {
        return "INSUFFICIENT_CAPITAL";
    }

    @Override
    public String field() {
        return field;
    }
}
