package org.ipfund.domain.fund;

import java.time.LocalDate;
import org.ipfund.domain.FundRuleViolation;

/**
 * Each distribution is split by what earlier ones returned, so one dated before another that stands, or the reversal
 * of one a later distribution followed, would change what that one paid to whom.
 */
public class LaterDistributionStands extends FundRuleViolation {

    private final String field;

    public LaterDistributionStands(DistributionId later, LocalDate laterDate, String field) {
        super("distribution '%s', dated %s, stands: reverse it first, or date this on or after it".formatted(later,
                laterDate));
        this.field = field;
    }

    @Override
    public String code() {
        return "LATER_DISTRIBUTION_STANDS";
    }

    @Override
    public String field() {
        return field;
    }
}
