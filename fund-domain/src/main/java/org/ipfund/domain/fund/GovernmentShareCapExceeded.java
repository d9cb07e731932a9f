package org.ipfund.domain.fund;

import org.ipfund.domain.FundRuleViolation;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;

/** Policy government share cap: all government levels together commit at most its share of a sub-fund's target size. */
public class GovernmentShareCapExceeded extends FundRuleViolation {

    private final String field;

    public GovernmentShareCapExceeded(Money government, Money cap, Ratio share, Money targetSize, String field) {
        super("government money committed to the sub-fund would be %s, above %s: the policy's government share cap of"
                .formatted(government, cap) + " %s of the target size %s".formatted(share, targetSize));
        this.field = field;
    }

    @Override
    public String code() {
        return "GOVERNMENT_SHARE_CAP_EXCEEDED";
    }

    @Override
    public String field() {
        return field;
    }
}
