package org.ipfund.domain.holding;

import org.ipfund.domain.FundRuleViolation;
import org.ipfund.domain.money.Money;

/** A write-off gives a holding up for nothing: money received for it is a sale. */
public class WriteOffWithProceeds extends FundRuleViolation {

    public WriteOffWithProceeds(Money proceeds) {
        super("a WRITE_OFF has zero proceeds, not %s: record a SALE".formatted(proceeds));
    }

    @Override
    public String code() {
        return "WRITE_OFF_WITH_PROCEEDS";
    }

    @Override
    public String field() {
        return "proceeds";
    }
}
