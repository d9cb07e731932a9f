package org.ipfund.domain.holding;

import java.time.LocalDate;
import org.ipfund.domain.FundRuleViolation;
import org.ipfund.domain.investment.InvestmentId;

/** A closed holding takes no further exit, valuation or co-investor. */
public class HoldingClosed extends FundRuleViolation {

    public HoldingClosed(InvestmentId investmentId, LocalDate closedOn, LocalDate date) {
        super("holding '%s' was closed on %s: nothing can be recorded on it dated %s".formatted(investmentId,
                closedOn, date));
    }

    @Override
    public String code() {
        return "HOLDING_CLOSED";
    }

    @Override
    public String field() {
        return "date";
    }
}
