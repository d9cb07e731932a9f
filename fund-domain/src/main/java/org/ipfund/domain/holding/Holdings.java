package org.ipfund.domain.holding;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ipfund.domain.FundId;
import org.ipfund.domain.correction.Corrections;
import org.ipfund.domain.correction.FactNotReversible;
import org.ipfund.domain.correction.Reversal;
import org.ipfund.domain.correction.ReverseFact;
import org.ipfund.domain.investment.InvestmentAlreadyReversed;
import org.ipfund.domain.investment.InvestmentId;
import org.ipfund.domain.investment.UnknownInvestment;
import org.ipfund.domain.money.CurrencyMismatch;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.policy.CededExitTerms;
import org.ipfund.domain.policy.PolicyTerms;

/**
 * The fund's holdings after the money went in: its deals and its stakes in sub-funds, with their valuations and
 * exits. Part of the Fund aggregate: it judges each valuation and exit against the holding's cost, dates and
 * earlier exits, and a ceded exit against the policy's price.
 */
public class Holdings {

    private final FundId fundId;
    private final Map<InvestmentId, Holding> holdings = new LinkedHashMap<>();
    private final Set<InvestmentId> reversed = new HashSet<>();
    private final Map<ValuationId, ValuationRecorded> valuations = new HashMap<>();
    private final Map<ExitId, HoldingExited> exits = new HashMap<>();

    public Holdings(FundId fundId) {
        this.fundId = fundId;
    }

    /**
     * The holding an amount of {@code field} concerns, which must be in the holding's own currency (a foreign deal is
     * valued and exited in its currency, converted at the day's rate).
     */
    public void requireInCurrencyOf(InvestmentId investmentId, Money amount, String field) {
        Holding holding = existing(investmentId);
        if (!amount.hasCurrency(holding.currency())) {
            throw new CurrencyMismatch(holding.currency(), amount.currency(), field);
        }
    }

    /** A valuation is of an open holding, measured on or after the investment. */
    public ValuationRecorded judge(RecordValuation command, Money fundFairValue) {
        Holding holding = existing(command.investmentId());
        holding.requireOnOrAfterInvestment(command.date());
        holding.requireOpenOn(command.date());
        return new ValuationRecorded(fundId, command.investmentId(), command.valuationId(), command.fairValue(),
                command.exchangeRate(), fundFairValue, command.date(), command.method(), command.note());
    }

    /**
     * An exit sells a share of what remains after the exits before it, so it is dated on or after the latest one
     * that stands; one that closes the holding may not precede a valuation or co-investor of it. A write-off has no
     * proceeds and every other exit has some; a ceded exit names its buyer and is priced by the terms in force.
     */
    public HoldingExited judge(RecordExit command, Money fundProceeds, PolicyTerms terms) {
        Holding holding = existing(command.investmentId());
        LocalDate date = command.date();
        holding.requireOnOrAfterInvestment(date);
        holding.requireOpenOn(date);
        holding.requireNotBeforeAnExitReversal(date);
        holding.latestExit().filter(later -> later.date().isAfter(date)).ifPresent(later -> {
            throw new LaterExitStands(holding.id(), later.exitId(), later.date(), "date");
        });
        boolean closes = command.share().value().compareTo(java.math.BigDecimal.ONE) == 0;
        if (closes) {
            holding.otherFactAfter(date).ifPresent(later -> {
                throw new HoldingHasLaterFacts(holding.id(), later.id(), later.date(), date);
            });
        }
        requireProceedsFit(command);
        Money costReleased = holding.costReleasedBy(command.share());
        Money cededPrice = command.kind() == ExitKind.CEDED
                ? cededPrice(terms, costReleased, holding.tranches(), date) : null;
        if (cededPrice != null && fundProceeds.isLessThan(cededPrice)) {
            throw new CededExitBelowPrice(cededPrice, fundProceeds);
        }
        boolean reinvestable = Boolean.TRUE.equals(terms.recycleProceeds());
        return new HoldingExited(fundId, command.investmentId(), command.exitId(), command.kind(), command.share(),
                command.proceeds(), command.exchangeRate(), fundProceeds, costReleased,
                fundProceeds.minus(costReleased), cededPrice, command.buyer(), reinvestable, closes, date);
    }

    /** A co-investor joins a holding that is open on the co-investment's date. */
    public void requireOpenOn(InvestmentId investmentId, LocalDate date) {
        Holding holding = holdings.get(investmentId);
        if (holding != null) {
            holding.requireOpenOn(date);
        }
    }

    /**
     * A deal or a stake is reversed only while no valuation or exit of it stands (a co-investor's participation may
     * stand: it is a fact of its own, shown with the reversed deal).
     */
    public void requireNothingStandsOn(InvestmentId investmentId) {
        Holding holding = holdings.get(investmentId);
        if (holding != null && holding.hasExitsOrValuations()) {
            throw new FactNotReversible(investmentId.value(), "its valuations or exits stand: reverse them first");
        }
    }

    /**
     * The reversal of a valuation or an exit, or empty when the correction names neither. An exit is reversible only
     * while no later exit of its holding stands (each later one sold a share of what this one left).
     */
    public Optional<Reversal> reversalOf(ReverseFact correction) {
        ValuationRecorded valuation = valuations.get(new ValuationId(correction.reverses()));
        if (valuation != null) {
            Corrections.requireNotBefore(correction, valuation.date());
            return Optional.of(new ValuationReversed(fundId, correction.correctionId(), valuation.investmentId(),
                    valuation.valuationId(), valuation.fundFairValue(), correction.reason(), correction.date()));
        }
        HoldingExited exit = exits.get(new ExitId(correction.reverses()));
        if (exit != null) {
            Corrections.requireNotBefore(correction, exit.date());
            Holding holding = holdings.get(exit.investmentId());
            holding.latestExit().filter(latest -> !latest.exitId().equals(exit.exitId())).ifPresent(later -> {
                throw new LaterExitStands(holding.id(), later.exitId(), later.date(), "reverses");
            });
            return Optional.of(new ExitReversed(fundId, correction.correctionId(), exit.investmentId(), exit.exitId(),
                    exit.fundProceeds(), exit.costReleased(), exit.realisedGain(), exit.reinvestable(),
                    correction.reason(), correction.date()));
        }
        return Optional.empty();
    }

    /** A deal, or a stake in a sub-fund, becomes a holding at its cost in the fund's currency. */
    public void opened(InvestmentId investmentId, LocalDate date, Money amount, Money cost) {
        holdings.put(investmentId, new Holding(investmentId, date, amount.currency(), cost));
    }

    /**
     * A top-up of a sub-fund stake adds to its cost; it is a later fact of the stake that an exit closing it may not
     * precede.
     */
    public void grew(InvestmentId investmentId, Money more, String topUpId, LocalDate date) {
        Holding holding = holdings.get(investmentId);
        if (holding != null) {
            holding.grew(more, date);
            holding.otherFact(topUpId, date, false);
        }
    }

    public void removed(InvestmentId investmentId) {
        holdings.remove(investmentId);
        reversed.add(investmentId);
    }

    public void record(ValuationRecorded event) {
        valuations.put(event.valuationId(), event);
        holdings.get(event.investmentId()).otherFact(event.valuationId().value(), event.date(), true);
    }

    public void record(ValuationReversed event) {
        valuations.remove(event.valuationId());
        holdings.get(event.investmentId()).otherFactReversed(event.valuationId().value());
    }

    public void record(HoldingExited event) {
        exits.put(event.exitId(), event);
        holdings.get(event.investmentId()).exited(event);
    }

    public void record(ExitReversed event) {
        exits.remove(event.exitId());
        holdings.get(event.investmentId()).exitReversed(event);
    }

    /** A co-investor's participation is a later fact of its deal that a closing exit may not precede. */
    public void coInvestorJoined(InvestmentId investmentId, String coInvestmentId, LocalDate date) {
        Holding holding = holdings.get(investmentId);
        if (holding != null) {
            holding.otherFact(coInvestmentId, date, false);
        }
    }

    public void coInvestorReversed(InvestmentId investmentId, String coInvestmentId) {
        Holding holding = holdings.get(investmentId);
        if (holding != null) {
            holding.otherFactReversed(coInvestmentId);
        }
    }

    private static Money cededPrice(PolicyTerms terms, Money costReleased, List<CededExitTerms.Tranche> tranches,
                                    LocalDate date) {
        CededExitTerms ceded = terms.cededExit();
        if (ceded == null) {
            throw new NoCededExitTerms(date);
        }
        return ceded.priceOf(costReleased, tranches, date);
    }

    private static void requireProceedsFit(RecordExit command) {
        if (command.kind() == ExitKind.WRITE_OFF) {
            if (command.proceeds().exceedsZero()) {
                throw new WriteOffWithProceeds(command.proceeds());
            }
        } else if (!command.proceeds().exceedsZero()) {
            throw new ProceedsRequired(command.kind());
        }
        if (command.kind() == ExitKind.CEDED && command.buyer() == null) {
            throw new BuyerRequired();
        }
    }

    private Holding existing(InvestmentId investmentId) {
        Holding holding = holdings.get(investmentId);
        if (holding == null) {
            if (reversed.contains(investmentId)) {
                throw new InvestmentAlreadyReversed(investmentId);
            }
            throw new UnknownInvestment(fundId, investmentId);
        }
        return holding;
    }
}
