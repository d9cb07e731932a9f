package org.ipfund.domain.figures;

import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;

/**
 * Whether a part of a sub-fund's actual commitments (its parent's commitment, or all government money) stands above
 * the share a cap allows of them. A commitment is judged against the target size when it is made; when the sub-fund's
 * real commitments end up short of the target, the facts stand and this flags the breach.
 */
public final class ShareCapCompliance {

    private ShareCapCompliance() {
    }

    /** True when {@code part} exceeds {@code cap} of {@code committed}; never when no cap is set. */
    public static boolean breached(Money part, Money committed, Ratio cap) {
        return cap != null && part.isGreaterThan(cap.of(committed));
    }
}
