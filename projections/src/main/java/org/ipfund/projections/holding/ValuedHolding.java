package org.ipfund.projections.holding;

import java.time.LocalDate;
import java.util.List;
import org.ipfund.domain.figures.DatedFlow;
import org.ipfund.domain.figures.HoldingValue;
import org.ipfund.domain.figures.Irr;
import org.ipfund.domain.figures.Moic;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Rate;
import org.ipfund.domain.money.Ratio;

/**
 * A holding that stands on a date (a deal not reversed by then, or a stake in a sub-fund) with its {@link HoldingValue}
 * and the fund's dated flows into and out of it: a deal's cost, a stake's payments into the sub-funds (each negative),
 * and what came back (exit proceeds, and what the sub-fund distributed to the parent). {@code stake} is null for a
 * deal.
 */
public record ValuedHolding(String investmentId, HoldingKind kind, String name, LocalDate date,
                            boolean inTargetRegion, HoldingValue value, Stake stake, List<DatedFlow> flows) {

    /** Exit proceeds, and for a stake also what the sub-fund paid back to the parent. */
    public Money returned() {
        return stake == null ? value.proceeds() : value.proceeds().plus(stake.received());
    }

    public Ratio moic() {
        return Moic.of(returned(), value.fairValue(), value.cost());
    }

    /** The IRR of the fund's flows into and out of the holding, with its fair value on {@code asOf} as the last. */
    public Rate irr(LocalDate asOf) {
        return Irr.of(flows, asOf, value.fairValue());
    }

    /**
     * A parent's stake in a sub-fund: its commitment there ({@code commitmentId}), what it paid in and what the
     * sub-fund distributed to it, its {@code share} of the sub-fund's paid-in and the sub-fund's NAV.
     */
    public record Stake(String subFundId, String commitmentId, Money paidIn, Money received, Ratio share,
                        Money subFundNav) {
    }
}
