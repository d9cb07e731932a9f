package org.ipfund.domain.fund;

import org.ipfund.domain.FundRuleViolation;
import org.ipfund.domain.money.Money;

/** Policy share cap: the parent's commitment to a sub-fund is at most its share of the target size and at most its absolute cap. */
public class ShareCapExceeded extends FundRuleViolation {

    public ShareCapExceeded(Money requested, Money cap, String rule) {
        super("the parent's commitment of %s exceeds %s, %s".formatted(requested, cap, rule));
    }

    @Override
    public String code() {
        return "SHARE_CAP_EXCEEDED";
    }

    @Override
    public String field() {
        return "parentCommitment";
    }
}
