package org.ipfund.domain.holding;

import org.ipfund.domain.FundRuleViolation;
import org.ipfund.domain.money.Money;

/**
 * A ceded exit's proceeds may not be lower than its policy price: the cost released, plus simple interest at the
 * policy's rate once the free years are over (财企〔2007〕128号 and the provincial rules that follow it).
 */
public class CededExitBelowPrice extends FundRuleViolation {

    public CededExitBelowPrice(Money price, Money proceeds) {
        super("a ceded exit may not be priced below %s (the policy price); the proceeds are %s".formatted(price,
                proceeds));
    }

    @Override
    public String code() {
        return "CEDED_EXIT_BELOW_PRICE";
    }

    @Override
    public String field() {
        return "proceeds";
    }
}
