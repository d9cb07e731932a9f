package org.ipfund.domain.holding;

import java.time.LocalDate;
import org.ipfund.domain.FundRuleViolation;
import org.ipfund.domain.investment.InvestmentId;

/** An exit that closes a holding is refused while a valuation or a co-investor of it stands dated after the exit. */
public class HoldingHasLaterFacts extends FundRuleViolation {

    public HoldingHasLaterFacts(InvestmentId investmentId, String laterFact, LocalDate laterDate, LocalDate date) {
        super("holding '%s' has '%s' dated %s: an exit dated %s cannot close it before that".formatted(investmentId,
                laterFact, laterDate, date));
    }

    @Override
    public String code() {
        return "HOLDING_HAS_LATER_FACTS";
    }

    @Override
    public String field() {
        return "date";
    }
}
