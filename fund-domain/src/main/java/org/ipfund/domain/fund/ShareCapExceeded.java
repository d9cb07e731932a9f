package org.ipfund.domain.fund;

import org.ipfund.domain.FundRuleViolation;
import org.ipfund.domain.money.Money;

/** Policy share cap: the parent's commitment to a sub-fund is at most its share of the target size and at most its absolute cap. */
public class ShareCapExceeded extends FundRuleViolation {

    private final String field;

    public ShareCapExceeded(Money requested, Money cap, String rule) {
        this("the parent's commitment of %s exceeds %s, %s".formatted(requested, cap, rule), "parentCommitment");
    }

    private ShareCapExceeded(String message, String field) {
        super(message);
        this.field = field;
    }

    /** The same refusal, of a command that gives the parent's money in another field (a top-up's {@code amount}). */
    ShareCapExceeded judging(String commandField) {
        return new ShareCapExceeded(getMessage(), commandField);
    }

    @Override
    public String code() {
        return "SHARE_CAP_EXCEEDED";
    }

    @Override
    public String field() {
        return field;
    }
}
