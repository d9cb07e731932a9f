package org.ipfund.domain.figures;

import java.math.RoundingMode;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.ipfund.domain.policy.PolicyTerms;

/**
 * 返投: a sub-fund's qualifying investments (in the target region) must reach a multiple of what its parent
 * actually paid into it. {@code required} is rounded up to the currency's smallest unit, so a requirement is never
 * understated; without a multiple nothing is required.
 */
public record ReturnInvestment(Ratio requiredMultiple, Money parentPaidIn, Money required, Money qualifying,
                               Ratio multiple, boolean compliant) {

    /** Judged under {@code requiredMultiple} (null: none set). */
    public static ReturnInvestment judge(Ratio requiredMultiple, Money parentPaidIn, Money qualifying) {
        Money required = required(requiredMultiple, parentPaidIn);
        return new ReturnInvestment(requiredMultiple, parentPaidIn, required, qualifying,
                Ratio.between(qualifying, parentPaidIn), !qualifying.isLessThan(required));
    }

    /**
     * Judged under the parent's rule in force (a city's rule binds its sub-funds), or the sub-fund's own where the
     * parent sets none.
     */
    public static ReturnInvestment judge(PolicyTerms parentRules, PolicyTerms subFundRules, Money parentPaidIn,
                                         Money qualifying) {
        Ratio multiple = parentRules.returnInvestmentMultiple() != null ? parentRules.returnInvestmentMultiple()
                : subFundRules.returnInvestmentMultiple();
        return judge(multiple, parentPaidIn, qualifying);
    }

    /** The multiple × the parent's paid-in, rounded up to the smallest unit; zero without a multiple. */
    public static Money required(Ratio multiple, Money parentPaidIn) {
        if (multiple == null) {
            return Money.zero(parentPaidIn.currency());
        }
        return new Money(parentPaidIn.amount().multiply(multiple.value())
                .setScale(parentPaidIn.currency().getDefaultFractionDigits(), RoundingMode.UP), parentPaidIn.currency());
    }
}
