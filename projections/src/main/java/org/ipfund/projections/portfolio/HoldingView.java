package org.ipfund.projections.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.investment.Company;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.ipfund.projections.ReversalView;
import org.ipfund.projections.holding.HoldingFacts;
import org.ipfund.projections.holding.HoldingKind;

/**
 * One holding as of a date. A deal: the company, what the deal was in its own currency ({@code amount}, with the
 * {@code exchangeRate} of its date where foreign) and what it cost the fund ({@code cost}), the lead it followed, and
 * the capital it drew in by source; a reversed deal stays listed, with its reversal and a cost of zero. A stake in a
 * sub-fund ({@code kind} SUB_FUND, {@code company} null): its cost is the parent's commitment with its top-ups, and
 * {@code stake} says what the parent paid in and got back.
 * <p>
 * Then what it is worth (figures.HoldingValue): {@code fairValue} (the latest valuation, of {@code valuationDate},
 * scaled by the exits after it; unvalued, a deal at its remaining cost and a stake at its share of the sub-fund's NAV),
 * the exits' {@code proceeds}, {@code costReleased} and {@code realisedGain}, the {@code unrealisedGain} (fair value −
 * remaining cost), {@code moic} ((proceeds, and what a sub-fund paid back, + fair value) ÷ cost) and whether an exit
 * {@code closed} it. Its {@code valuations} and {@code exits} as recorded (dated on or before the date, reversed ones with
 * their reversal): the ids a correction names, and what each exit was judged with (a ceded exit's policy price).
 */
public record HoldingView(String investmentId, HoldingKind kind, Company company, Money amount,
                          BigDecimal exchangeRate, Money recordedCost, Money cost, LocalDate date, LeadView lead,
                          boolean inTargetRegion, ReversalView reversal, List<CoInvestorView> coInvestors,
                          Map<CapitalSource, Money> coInvestmentBySource, Money fairValue, LocalDate valuationDate,
                          Money proceeds, Money costReleased, Money realisedGain, Money unrealisedGain, Ratio moic,
                          boolean closed, StakeView stake, List<HoldingFacts.ValuationView> valuations,
                          List<HoldingFacts.ExitView> exits) {

    /** The lead investor a follow-on went alongside. */
    public record LeadView(String name, Money amount, LocalDate date) {
    }

    /**
     * A parent's stake in a sub-fund: the sub-fund, the parent's commitment in it, what the parent paid in and what
     * the sub-fund distributed to it, its {@code share} of the sub-fund's paid-in and the sub-fund's NAV.
     */
    public record StakeView(String subFundId, String name, String commitmentId, Money paidIn, Money received,
                            Ratio share, Money subFundNav) {
    }
}
