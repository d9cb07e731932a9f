package org.ipfund.domain.fund;

import org.ipfund.domain.money.Money;
import org.ipfund.domain.policy.PolicyTerms;

/**
 * Policy share cap: a parent commits to a sub-fund at most the policy's share of the sub-fund's target size
 * (25% in the national rule, 30% in Xiamen), at most the policy's absolute cap where one is set, and never
 * more than the whole target size.
 */
final class ShareCap {

    private ShareCap() {
    }

    static void judge(Money parentCommitment, Money targetSize, PolicyTerms terms) {
        if (parentCommitment.isGreaterThan(targetSize)) {
            throw new ShareCapExceeded(parentCommitment, targetSize, "the sub-fund's whole target size");
        }
        if (terms.shareCap() != null) {
            Money cap = terms.shareCap().of(targetSize);
            if (parentCommitment.isGreaterThan(cap)) {
                throw new ShareCapExceeded(parentCommitment, cap,
                        "the policy's share cap of %s of the target size %s".formatted(terms.shareCap(), targetSize));
            }
        }
        if (terms.shareCapAmount() != null && parentCommitment.isGreaterThan(terms.shareCapAmount())) {
            throw new ShareCapExceeded(parentCommitment, terms.shareCapAmount(), "the policy's absolute cap");
        }
    }
}
