package org.ipfund.domain.holding;

import java.time.LocalDate;
import org.ipfund.domain.FundRuleViolation;
import org.ipfund.domain.investment.InvestmentId;

/**
 * Each exit sells a share of what remained after the exits before it, and records the cost it released: an exit dated
 * before another that stands, or the reversal of one that a later exit followed, would change what those meant.
 */
public class LaterExitStands extends FundRuleViolation {

    private final String field;

    public LaterExitStands(InvestmentId investmentId, ExitId later, LocalDate laterDate, String field) {
        super("exit '%s' of holding '%s', dated %s, stands: reverse it first, or date this on or after it"
                .formatted(later, investmentId, laterDate));
        this.field = field;
    }

    @Override
    public String code() {
        return "LATER_EXIT_STANDS";
    }

    @Override
    public String field() {
        return field;
    }
}
