package org.ipfund.domain.policy;

import java.time.LocalDate;
import java.util.Objects;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;

/**
 * The rules a fund adopted from one date on. A field left null leaves the rule as it stood before (or
 * not applied, if it was never set), so a later amendment names only what it changes.
 *
 * @param shareCap                  max share of a sub-fund's target size its parent may commit
 * @param shareCapAmount            max amount the parent may commit to one sub-fund
 * @param returnInvestmentMultiple  返投: qualifying investments required per unit of parent paid-in
 * @param followOnMaxShareOfLead    max size of a follow-on relative to the lead's amount
 * @param followOnWindowDays        max days between the lead's investment and the follow-on
 * @param investUncalledCommitments whether uncalled commitments count as available to invest
 */
public record PolicyTerms(LocalDate effectiveFrom,
                          Ratio shareCap,
                          Money shareCapAmount,
                          Ratio returnInvestmentMultiple,
                          Ratio followOnMaxShareOfLead,
                          Integer followOnWindowDays,
                          Boolean investUncalledCommitments) {

    public PolicyTerms {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (shareCap != null && shareCap.value().compareTo(java.math.BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("shareCap is a share and cannot exceed 1");
        }
        if (followOnMaxShareOfLead != null && followOnMaxShareOfLead.value().signum() == 0) {
            throw new IllegalArgumentException("followOnMaxShareOfLead must be above 0");
        }
        if (followOnWindowDays != null && followOnWindowDays < 0) {
            throw new IllegalArgumentException("followOnWindowDays cannot be negative");
        }
        if (shareCapAmount != null && !shareCapAmount.exceedsZero()) {
            throw new IllegalArgumentException("shareCapAmount must be above 0");
        }
    }

    public static PolicyTerms none(LocalDate effectiveFrom) {
        return new PolicyTerms(effectiveFrom, null, null, null, null, null, null);
    }
}
