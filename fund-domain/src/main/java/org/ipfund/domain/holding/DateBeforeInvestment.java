package org.ipfund.domain.holding;

import java.time.LocalDate;
import org.ipfund.domain.FundRuleViolation;
import org.ipfund.domain.investment.InvestmentId;

/** A holding is valued or exited on or after the day the fund invested in it. */
public class DateBeforeInvestment extends FundRuleViolation {

    public DateBeforeInvestment(InvestmentId investmentId, LocalDate investedOn, LocalDate date) {
        super("holding '%s' was invested on %s; %s is before it".formatted(investmentId, investedOn, date));
    }

    @Override
    public String code() {
        return "DATE_BEFORE_INVESTMENT";
    }

    @Override
    public String field() {
        return "date";
    }
}
