package org.ipfund.domain.figures;

import java.util.Collection;
import java.util.Map;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;

/**
 * How much other capital the fund's money drew in (放大倍数 / 带动), each source kept apart. Sums are exact; each
 * ratio is rounded once, half-up, to four places, and is null when there is nothing to divide by.
 */
public final class Leverage {

    private Leverage() {
    }

    /** Deal leverage of one source: the capital of that source that co-invested ÷ the fund's own cost of the deal(s). */
    public static Ratio ofDeal(Money coInvested, Money fundCost) {
        return Ratio.between(coInvested, fundCost);
    }

    /** Sub-fund amplification: the sub-fund's total commitments ÷ its parent's commitment to it. */
    public static Ratio amplification(Money subFundCommitments, Money parentCommitment) {
        return Ratio.between(subFundCommitments, parentCommitment);
    }

    /**
     * Fund-family leverage: all capital the "1+N" family mobilised (the fund's own investments, their co-investors
     * and each sub-fund's commitments other than the parent's and other than any fund's of the family) ÷ the fiscal
     * money actually paid into the fund.
     */
    public static FamilyLeverage ofFamily(Money fundInvested, Collection<Money> coInvested,
                                          Collection<SubFundCommitments> subFunds,
                                          Map<CapitalSource, Money> paidInBySource) {
        Money mobilised = fundInvested;
        for (Money capital : coInvested) {
            mobilised = mobilised.plus(capital);
        }
        for (SubFundCommitments subFund : subFunds) {
            mobilised = mobilised.plus(subFund.others());
        }
        Money fiscalPaidIn = Money.zero(fundInvested.currency());
        for (Map.Entry<CapitalSource, Money> paid : paidInBySource.entrySet()) {
            if (paid.getKey().isFiscal()) {
                fiscalPaidIn = fiscalPaidIn.plus(paid.getValue());
            }
        }
        return new FamilyLeverage(mobilised, fiscalPaidIn, Ratio.between(mobilised, fiscalPaidIn));
    }

    /**
     * A sub-fund's commitments in total, its parent's part of them, and what funds of the same family committed beside
     * it as if they were ordinary investors (the family's own money, however recorded: never capital drawn in).
     */
    public record SubFundCommitments(Money total, Money parent, Money family) {

        public SubFundCommitments(Money total, Money parent) {
            this(total, parent, Money.zero(total.currency()));
        }

        /** What the sub-fund's other investors committed: the capital it drew in beside its family's own money. */
        public Money others() {
            return total.minus(parent).minus(family);
        }

        public Ratio amplification() {
            return Leverage.amplification(total, parent);
        }
    }

    /** The family's capital mobilised, the fiscal money paid in, and their ratio. */
    public record FamilyLeverage(Money capitalMobilised, Money fiscalPaidIn, Ratio ratio) {
    }
}
