package org.ipfund.domain.investment;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ipfund.domain.FundId;
import org.ipfund.domain.correction.Corrections;
import org.ipfund.domain.correction.Reversal;
import org.ipfund.domain.correction.ReverseFact;
import org.ipfund.domain.money.CurrencyMismatch;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.policy.PolicyTerms;

/**
 * The fund's deals and the co-investors each drew in. Part of the Fund aggregate: it judges follow-ons
 * against the co-investment policy and the fund's holdings, and which deals a correction may reverse.
 */
public class Portfolio {

    private final FundId fundId;
    private final Map<InvestmentId, InvestmentRecorded> investments = new LinkedHashMap<>();
    private final Map<CoInvestmentId, CoInvestmentRecorded> coInvestments = new LinkedHashMap<>();
    private final Set<InvestmentId> reversed = new HashSet<>();

    public Portfolio(FundId fundId) {
        this.fundId = fundId;
    }

    /**
     * A follow-on alongside a lead is at most the policy's share of the lead's amount, on or after the lead's
     * date and within the policy's window; without a lead it is a later round in a company the fund holds.
     */
    public void judgeFollowOn(RecordFollowOnInvestment command, PolicyTerms terms) {
        Lead lead = command.lead();
        if (lead == null) {
            requireHolding(command.company(), command.date());
            return;
        }
        if (!lead.amount().hasCurrency(command.amount().currency())) {
            throw new CurrencyMismatch(command.amount().currency(), lead.amount().currency(), "lead.amount");
        }
        judgeAlongsideLead(command.amount(), command.date(), lead, terms);
    }

    /**
     * The co-investment terms alone: a follow-on of {@code amount} on {@code date} alongside {@code lead} (in the
     * lead's currency) is within the window and the share of the lead that {@code terms} set.
     */
    public static void judgeAlongsideLead(Money amount, LocalDate date, Lead lead, PolicyTerms terms) {
        Integer window = terms.followOnWindowDays();
        if (date.isBefore(lead.date()) || window != null && date.isAfter(lead.date().plusDays(window))) {
            throw new FollowOnOutsideWindow(date, lead.date(), window);
        }
        if (terms.followOnMaxShareOfLead() != null) {
            Money cap = terms.followOnMaxShareOfLead().of(lead.amount());
            if (amount.isGreaterThan(cap)) {
                throw new FollowOnExceedsLeadShare(amount, lead.amount(), terms.followOnMaxShareOfLead());
            }
        }
    }

    /** A co-investor joins a deal the fund recorded and has not reversed, on or after the deal's date. */
    public void judgeCoInvestment(RecordCoInvestment command) {
        InvestmentId investmentId = command.investmentId();
        if (reversed.contains(investmentId)) {
            throw new InvestmentAlreadyReversed(investmentId);
        }
        InvestmentRecorded investment = investments.get(investmentId);
        if (investment == null) {
            throw new UnknownInvestment(fundId, investmentId);
        }
        if (command.date().isBefore(investment.date())) {
            throw new CoInvestmentBeforeInvestment(investmentId, investment.date(), command.date());
        }
    }

    /** The reversal of one of the portfolio's facts, or empty when the correction names none of them. */
    public Optional<Reversal> reversalOf(ReverseFact correction) {
        InvestmentRecorded investment = investments.get(asInvestmentId(correction.reverses()));
        if (investment != null) {
            Corrections.requireNotBefore(correction, investment.date());
            return Optional.of(new InvestmentReversed(fundId, correction.correctionId(), investment.investmentId(),
                    investment.fundAmount(), correction.reason(), correction.date()));
        }
        CoInvestmentRecorded coInvestment = coInvestments.get(asCoInvestmentId(correction.reverses()));
        if (coInvestment != null) {
            Corrections.requireNotBefore(correction, coInvestment.date());
            return Optional.of(new CoInvestmentReversed(fundId, correction.correctionId(),
                    coInvestment.investmentId(), coInvestment.coInvestmentId(), coInvestment.investor(),
                    coInvestment.source(), coInvestment.fundAmount(), correction.reason(), correction.date()));
        }
        return Optional.empty();
    }

    public void record(InvestmentRecorded event) {
        investments.put(event.investmentId(), event);
    }

    public void record(CoInvestmentRecorded event) {
        coInvestments.put(event.coInvestmentId(), event);
    }

    public void record(InvestmentReversed event) {
        investments.remove(event.investmentId());
        reversed.add(event.investmentId());
    }

    public void record(CoInvestmentReversed event) {
        coInvestments.remove(event.coInvestmentId());
    }

    private void requireHolding(Company company, LocalDate date) {
        boolean holds = investments.values().stream()
                .anyMatch(held -> held.company().isSameAs(company) && !held.date().isAfter(date));
        if (!holds) {
            throw new FollowOnWithoutHolding(company.name(), date);
        }
    }

    private static InvestmentId asInvestmentId(String id) {
        return new InvestmentId(id);
    }

    private static CoInvestmentId asCoInvestmentId(String id) {
        return new CoInvestmentId(id);
    }
}
