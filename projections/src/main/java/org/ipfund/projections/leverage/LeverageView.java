package org.ipfund.projections.leverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;

/**
 * The leverage figures of DOMAIN.md as of a date, each source kept apart. {@code bySource} is deal leverage over
 * all the fund's deals (co-investment of that source ÷ the fund's own investment); {@code deals} gives it per
 * deal; {@code subFunds} the amplification of each sub-fund (its commitments ÷ the parent's); {@code family}
 * all capital mobilised ÷ the fiscal money paid in. A ratio with a zero denominator is null.
 */
public record LeverageView(String fundId, LocalDate asOf, Money fundInvested, Map<CapitalSource, SourceLeverage> bySource,
                           List<DealLeverage> deals, List<SubFundAmplification> subFunds, FamilyLeverage family) {

    /** Capital of one source and its ratio to the fund's own money. */
    public record SourceLeverage(Money capital, Ratio ratio) {
    }

    /** One deal not reversed by the date: the fund's cost and what each source put in beside it. */
    public record DealLeverage(String investmentId, String company, Money fundInvested,
                               Map<CapitalSource, SourceLeverage> bySource) {
    }

    /**
     * A sub-fund's commitments, the parent's part of them (with its top-ups), how much the parent's commitment was
     * amplified, and what other funds of the family committed in it as ordinary investors (never capital drawn in).
     */
    public record SubFundAmplification(String fundId, String name, Money parentCommitment, Money totalCommitments,
                                       Ratio amplification, Money familyCommitments) {
    }

    /**
     * The whole "1+N" family: the fund's deals, their co-investors and the sub-funds' other investors, against
     * the fiscal (central and local) money actually paid into the fund.
     */
    public record FamilyLeverage(Money capitalMobilised, Money fiscalPaidIn, Ratio ratio) {
    }
}
