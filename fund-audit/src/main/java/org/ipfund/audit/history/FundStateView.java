package org.ipfund.audit.history;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.fund.FundType;
import org.ipfund.domain.figures.ReturnInvestment;
import org.ipfund.domain.holding.ExitKind;
import org.ipfund.domain.holding.ValuationMethod;
import org.ipfund.domain.investment.Company;
import org.ipfund.domain.investment.InvestmentKind;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.ipfund.domain.policy.PolicyTerms;

/**
 * A fund rebuilt from its own events alone, bitemporally: the facts that took effect on or before {@code asOf},
 * among those recorded up to {@code knownAt}. Every fact stays listed; a reversed one says by which correction,
 * from when, and when that correction was recorded, and no longer counts in the totals.
 *
 * @param holdings      its deals and stakes in sub-funds, each with what it stands at on {@code asOf}
 * @param distributions what it paid back to its investors, each split over the commitments
 * @param distributed   the totals of the distributions that stand
 * @param netAssets     the cash it holds and its NAV, with the figures behind them
 * @param eventsKnown   the fund's events recorded up to {@code knownAt}
 * @param eventsCounted those of them that took effect on or before {@code asOf}: what the answer rests on
 * @param lastPosition  the global position of the last event counted, or null when none was
 * @param lastSequence  its sequence number in the fund's stream, or null when none was
 */
public record FundStateView(String fundId, String name, FundType type, String currency, LocalDate launchDate,
                            LocalDate asOf, Instant knownAt, Parent parent, PolicyTerms policy, Capital capital,
                            Map<CapitalSource, SourceCapital> bySource, List<Commitment> commitments,
                            List<CapitalCall> capitalCalls, List<Contribution> contributions,
                            List<Investment> investments, List<CoInvestment> coInvestments, List<SubFund> subFunds,
                            List<Holding> holdings, List<Distribution> distributions, Distributed distributed,
                            NetAssets netAssets, int eventsKnown, int eventsCounted, Long lastPosition, Long lastSequence) {

    /**
     * The fund's capital: {@code uncalled} is committed minus called, {@code unfunded} committed minus paid in,
     * {@code available} paid in less invested and committed to sub-funds (plus unfunded where the policy in
     * force lets uncalled commitments be invested); {@code investable} what a new fact dated {@code asOf} may use,
     * given every fact known at {@code knownAt} whatever its business date.
     */
    public record Capital(Money committed, Money called, Money paidIn, Money invested, Money committedToSubFunds,
                          Money uncalled, Money unfunded, Money available, Money investable) {
    }

    /** What one source of capital committed, was called for and paid in. */
    public record SourceCapital(Money committed, Money called, Money paidIn, Money uncalled, Money unfunded) {
    }

    /**
     * For a sub-fund: the fund that created it, its target size, the parent's commitment to it and its share of the
     * commitments; the parent's {@code shareCap} in force on asOf as known at knownAt, and whether that share breaches
     * it. Likewise the government money (central and local fiscal, the guidance parent's among it) against the
     * sub-fund's own {@code governmentShareCap}. A cap amended later shows as known before and after, never silently.
     */
    public record Parent(String fundId, Money targetSize, String commitmentId, Money commitment, Ratio share,
                         Ratio shareCap, boolean shareCapBreached, Money governmentCommitment,
                         Ratio governmentShare, Ratio governmentShareCap, boolean governmentShareCapBreached,
                         ReturnInvestment returnInvestment) {
    }

    /** The correction that reversed a fact: its business date, why, and where and when it was recorded. */
    public record Reversal(String correctionId, LocalDate date, String reason, long position, Instant recordedAt) {
    }

    public record Commitment(String commitmentId, String investor, CapitalSource source, Money amount,
                             LocalDate date, boolean reversed, Reversal reversal) {
    }

    /** A capital call; a reversed one (nothing was paid against it) no longer counts as called. */
    public record CapitalCall(String callId, Money amount, LocalDate date, LocalDate dueDate,
                              List<Allocation> allocations, boolean reversed, Reversal reversal) {
    }

    /** The part of a call asked from one commitment. */
    public record Allocation(String commitmentId, CapitalSource source, Money amount) {
    }

    public record Contribution(String contributionId, String commitmentId, String callId, CapitalSource source,
                               Money amount, LocalDate date, boolean reversed, Reversal reversal) {
    }

    /**
     * A deal: {@code amount} in the deal's own currency (with the {@code exchangeRate} of its date where foreign)
     * and {@code fundAmount}, what it cost the fund in the fund's currency.
     */
    public record Investment(String investmentId, InvestmentKind kind, Company company, Money amount,
                             BigDecimal exchangeRate, Money fundAmount, LocalDate date, Lead lead,
                             boolean inTargetRegion, boolean reversed, Reversal reversal) {
    }

    /** The lead investor a follow-on went alongside. */
    public record Lead(String name, Money amount, LocalDate date) {
    }

    public record CoInvestment(String coInvestmentId, String investmentId, String investor, CapitalSource source,
                               Money amount, BigDecimal exchangeRate, Money fundAmount, LocalDate date,
                               boolean reversed, Reversal reversal) {
    }

    /** A sub-fund this fund created, and what it committed to it. */
    /** The parent's commitment to a sub-fund (top-ups included), and its reversal where one was recorded. */
    public record SubFund(String subFundId, String name, Money targetSize, String commitmentId, Money amount,
                          CapitalSource source, LocalDate date, boolean reversed, Reversal reversal) {
    }

    /** A holding is one of the fund's deals, or its stake in one of its sub-funds (named by the sub-fund's id). */
    public enum HoldingKind {
        DEAL,
        SUB_FUND
    }

    /**
     * A holding on {@code asOf}, in the fund's currency ({@code org.ipfund.domain.figures.HoldingValue}): its cost
     * (a stake's: the commitment with its top-ups), what exits released of it and brought in, its fair value (the
     * latest valuation scaled by the exits after it, or the remaining cost when unvalued; nothing once closed) and
     * the valuations and exits of it, reversed ones included.
     */
    public record Holding(String investmentId, HoldingKind kind, Money cost, Money costReleased, Money remainingCost,
                          Money proceeds, Money realisedGain, Money fairValue, LocalDate valuationDate,
                          Money unrealisedGain, Ratio moic, boolean closed, List<Valuation> valuations,
                          List<Exit> exits) {
    }

    /**
     * A valuation: {@code fairValue} in the holding's currency (with the day's rate where foreign) and the fund's;
     * {@code position}, where it was recorded (which of a day's valuations and exits came first).
     */
    public record Valuation(String valuationId, Money fairValue, BigDecimal exchangeRate, Money fundFairValue,
                            LocalDate date, ValuationMethod method, String note, long position, boolean reversed,
                            Reversal reversal) {
    }

    /**
     * An exit of {@code share} of what remained, as judged when recorded: proceeds in the holding's currency and in
     * the fund's, the cost released, the gain realised (negative for a loss), the policy price of a ceded exit.
     */
    public record Exit(String exitId, ExitKind kind, Ratio share, Money proceeds, BigDecimal exchangeRate,
                       Money fundProceeds, Money costReleased, Money realisedGain, Money cededPrice, String buyer,
                       boolean reinvestable, boolean closes, LocalDate date, long position, boolean reversed,
                       Reversal reversal) {
    }

    /**
     * A distribution and its split over the commitments; {@code fromProceeds} came out of exit proceeds the fund
     * could not invest again, {@code fromCapital} out of the rest of its cash.
     */
    public record Distribution(String distributionId, Money amount, LocalDate date, List<DistributionShare> allocations,
                               Money fromProceeds, Money fromCapital, boolean reversed, Reversal reversal) {
    }

    /** What one commitment received of a distribution: {@code amount} = {@code returnOfCapital} + {@code gain}. */
    public record DistributionShare(String commitmentId, String investor, CapitalSource source, Money amount,
                                    Money returnOfCapital, Money gain) {
    }

    /** What the distributions that stand paid in all, as capital and as gain, by investor and by source. */
    public record Distributed(Money amount, Money returnOfCapital, Money gain, Map<String, Money> byInvestor,
                              Map<CapitalSource, Money> bySource) {
    }

    /**
     * The cash the fund holds (paid in − invested − paid into its sub-funds + what they distributed back + exit
     * proceeds − distributed: {@code org.ipfund.domain.figures.NetAssetValue}) and its NAV, the fair value of its open
     * holdings plus that cash. {@code paidIntoSubFunds} and {@code receivedFromSubFunds} are what its sub-funds
     * recorded as paid in against its commitments and paid out to them, as known at {@code knownAt}.
     */
    public record NetAssets(Money paidIn, Money invested, Money paidIntoSubFunds, Money receivedFromSubFunds,
                            Money proceeds, Money distributed, Money cash, Money fairValue, Money nav) {
    }
}
