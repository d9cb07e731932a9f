package org.ipfund.domain.investment;

import java.time.LocalDate;
import org.ipfund.domain.FundRuleViolation;

/** Other capital joins a deal on or after the deal's date: a co-investor cannot precede the deal it joined. */
public class CoInvestmentBeforeInvestment extends FundRuleViolation {

    public CoInvestmentBeforeInvestment(InvestmentId investmentId, LocalDate investmentDate, LocalDate date) {
        super("the co-investment is dated %s, before investment '%s' of %s".formatted(date, investmentId,
                investmentDate));
    }

    @Override
    public String code() {
        return "CO_INVESTMENT_BEFORE_INVESTMENT";
    }

    @Override
    public String field() {
        return "date";
    }
}
