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
 * @param governmentShareCap        max share of a sub-fund's target size that all government levels together
 *                                  (central and local fiscal money) may commit, e.g. 0.50 in Xiamen; added later,
 *                                  so the terms of events stored before it read it as null
 * @param cededExit                 the price at which the guidance fund may cede a stake (让利退出); an amendment
 *                                  replaces the whole terms; null where no ceded-exit terms were ever set
 * @param recycleProceeds           whether exit proceeds may be invested again (false unless set: guidance money
 *                                  goes back to the treasury)
 */
public record PolicyTerms(LocalDate effectiveFrom,
                          Ratio shareCap,
                          Money shareCapAmount,
                          Ratio returnInvestmentMultiple,
                          Ratio followOnMaxShareOfLead,
                          Integer followOnWindowDays,
                          Boolean investUncalledCommitments,
                          Ratio governmentShareCap,
                          CededExitTerms cededExit,
                          Boolean recycleProceeds) {

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
        if (governmentShareCap != null && governmentShareCap.value().compareTo(java.math.BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("governmentShareCap is a share and cannot exceed 1");
        }
    }

    /** Terms that leave the exit terms as they stood. */
    public PolicyTerms(LocalDate effectiveFrom, Ratio shareCap, Money shareCapAmount, Ratio returnInvestmentMultiple,
                       Ratio followOnMaxShareOfLead, Integer followOnWindowDays, Boolean investUncalledCommitments,
                       Ratio governmentShareCap) {
        this(effectiveFrom, shareCap, shareCapAmount, returnInvestmentMultiple, followOnMaxShareOfLead,
                followOnWindowDays, investUncalledCommitments, governmentShareCap, null, null);
    }

    /** Terms that leave the government share cap as it stood. */
    public PolicyTerms(LocalDate effectiveFrom, Ratio shareCap, Money shareCapAmount, Ratio returnInvestmentMultiple,
                       Ratio followOnMaxShareOfLead, Integer followOnWindowDays, Boolean investUncalledCommitments) {
        this(effectiveFrom, shareCap, shareCapAmount, returnInvestmentMultiple, followOnMaxShareOfLead,
                followOnWindowDays, investUncalledCommitments, null);
    }

    public static PolicyTerms none(LocalDate effectiveFrom) {
        return new PolicyTerms(effectiveFrom, null, null, null, null, null, null, null, null, null);
    }
}
