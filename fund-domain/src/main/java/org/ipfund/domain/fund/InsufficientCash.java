package org.ipfund.domain.fund;

import java.time.LocalDate;
import org.ipfund.domain.FundRuleViolation;
import org.ipfund.domain.money.Money;

/**
 * A distribution never exceeds the cash the fund holds on its date and every later day (a back-dated one must leave
 * the later facts paid for), nor money promised to sub-funds and not yet paid.
 */
public class InsufficientCash extends FundRuleViolation {

    public InsufficientCash(Money cash, Money amount, LocalDate date) {
        super("the fund can pay out at most %s on %s (its cash then and after); %s was asked".formatted(cash, date,
                amount));
    }

    @Override
    public String code() {
        return "INSUFFICIENT_CASH";
    }

    @Override
    public String field() {
        return "amount";
    }
}
