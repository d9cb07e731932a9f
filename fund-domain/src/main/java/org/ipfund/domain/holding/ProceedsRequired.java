package org.ipfund.domain.holding;

import org.ipfund.domain.FundRuleViolation;

/** A sale or a ceded exit brings money in; only a write-off has no proceeds. */
public class ProceedsRequired extends FundRuleViolation {

    public ProceedsRequired(ExitKind kind) {
        super("a %s exit has proceeds above zero; only a WRITE_OFF has none".formatted(kind));
    }

    @Override
    public String code() {
        return "PROCEEDS_REQUIRED";
    }

    @Override
    public String field() {
        return "proceeds";
    }
}
