package org.ipfund.domain.figures;

import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;

/**
 * MOIC (投资倍数) of a holding: what it returned (exit proceeds, and for a sub-fund stake what the sub-fund paid back)
 * plus what it is still worth, ÷ what it cost; null without a cost.
 */
public final class Moic {

    private Moic() {
    }

    public static Ratio of(Money returned, Money fairValue, Money cost) {
        return Ratio.between(returned.plus(fairValue), cost);
    }
}
