package org.ipfund.projections.performance;

import java.time.LocalDate;
import java.util.List;
import org.ipfund.domain.figures.CashHeld;
import org.ipfund.domain.figures.FundPerformance;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Rate;
import org.ipfund.domain.money.Ratio;
import org.ipfund.projections.holding.HoldingKind;

/**
 * A fund's returns to its investors as of a date (figures.FundPerformance): {@code paidIn}, {@code distributed}, the
 * {@code cash} it holds ({@code cashHeld} says how it is made up), the {@code fairValue} of its open holdings, {@code nav}
 * = fair value + cash, DPI, RVPI, TVPI and IRR. {@code deals} gives each holding that stands (its deals, then its
 * stakes in sub-funds); {@code subFunds} each sub-fund's own figures, over all its investors (the parent among them);
 * {@code family} the figures of the "1+N" family as one fund, the money between the parent and its sub-funds counted
 * once.
 */
public record PerformanceView(String fundId, LocalDate asOf, Money paidIn, Money distributed, Money cash,
                              Money fairValue, Money nav, Ratio dpi, Ratio rvpi, Ratio tvpi, Rate irr,
                              CashHeld cashHeld, List<DealPerformance> deals, List<SubFundPerformance> subFunds,
                              FundPerformance family) {

    /**
     * One holding: its {@code cost} (a stake's: the parent's commitment with its top-ups), what it returned
     * ({@code proceeds}: exit proceeds, and for a stake what the sub-fund distributed to the parent), its fair value,
     * MOIC = (proceeds + fair value) ÷ cost, and its IRR (the fund's flows into and out of it, with the fair value on
     * the date as the last).
     */
    public record DealPerformance(String investmentId, HoldingKind kind, String name, Money cost, Money proceeds,
                                  Money fairValue, Ratio moic, Rate irr, boolean closed) {
    }

    /** One sub-fund's own figures, over its own investors' flows. */
    public record SubFundPerformance(String fundId, String name, Money paidIn, Money distributed, Money cash,
                                     Money fairValue, Money nav, Ratio dpi, Ratio rvpi, Ratio tvpi, Rate irr) {
    }
}
