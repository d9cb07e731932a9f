package org.ipfund.projections.ledger;

import static org.ipfund.projections.ledger.LedgerAccount.CAPITAL_RECEIVABLE;
import static org.ipfund.projections.ledger.LedgerAccount.CAPITAL_RETURNED;
import static org.ipfund.projections.ledger.LedgerAccount.CASH;
import static org.ipfund.projections.ledger.LedgerAccount.COMMITTED_CAPITAL;
import static org.ipfund.projections.ledger.LedgerAccount.COST_OF_HOLDINGS_EXITED;
import static org.ipfund.projections.ledger.LedgerAccount.CO_INVESTED_CAPITAL;
import static org.ipfund.projections.ledger.LedgerAccount.CO_INVESTORS_MEMO;
import static org.ipfund.projections.ledger.LedgerAccount.FAIR_VALUES_STATED;
import static org.ipfund.projections.ledger.LedgerAccount.GAINS_DISTRIBUTED;
import static org.ipfund.projections.ledger.LedgerAccount.INVESTMENTS_AT_COST;
import static org.ipfund.projections.ledger.LedgerAccount.REALISED_GAINS;
import static org.ipfund.projections.ledger.LedgerAccount.SUB_FUND_COMMITMENTS;
import static org.ipfund.projections.ledger.LedgerAccount.SUB_FUND_OBLIGATIONS;
import static org.ipfund.projections.ledger.LedgerAccount.UNCALLED_COMMITMENTS;
import static org.ipfund.projections.ledger.LedgerAccount.VALUATIONS_MEMO;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundId;
import org.ipfund.domain.fund.CallAllocation;
import org.ipfund.domain.fund.CapitalCallReversed;
import org.ipfund.domain.fund.CapitalCalled;
import org.ipfund.domain.fund.CapitalDistributed;
import org.ipfund.domain.fund.CommitmentRecorded;
import org.ipfund.domain.fund.CommitmentReversed;
import org.ipfund.domain.fund.ContributionReceived;
import org.ipfund.domain.fund.ContributionReversed;
import org.ipfund.domain.fund.DistributionAllocation;
import org.ipfund.domain.fund.DistributionReversed;
import org.ipfund.domain.fund.ParentCommitmentToppedUp;
import org.ipfund.domain.fund.SubFundCommitmentReversed;
import org.ipfund.domain.fund.SubFundCommitted;
import org.ipfund.domain.fund.SubFundToppedUp;
import org.ipfund.domain.holding.ExitReversed;
import org.ipfund.domain.holding.HoldingExited;
import org.ipfund.domain.holding.ValuationRecorded;
import org.ipfund.domain.holding.ValuationReversed;
import org.ipfund.domain.investment.CoInvestmentRecorded;
import org.ipfund.domain.investment.CoInvestmentReversed;
import org.ipfund.domain.investment.InvestmentRecorded;
import org.ipfund.domain.investment.InvestmentReversed;
import org.ipfund.domain.money.Money;

/**
 * What each fact posts to the audit ledger, as a pure function of the event: the {@link AuditLedgerProjection}
 * writes these lines, and the auditors' side derives them again from a signed event to prove that a line in the
 * ledger is one the service posted ({@link #of(Object)}). A reversal posts the opposite of the very transfer the
 * reversed fact posted, with the amount the reversal carries, on the correction's date.
 */
public final class LedgerPostings {

    private static final Map<Class<?>, Optional<Method>> RULES = new ConcurrentHashMap<>();

    private LedgerPostings() {
    }

    /** One line as posted for an event: everything but the event's id and position. */
    public record Posting(int line, String fundId, LocalDate businessDate, LedgerAccount account,
                          CapitalSource source, String factId, BigDecimal debit, BigDecimal credit, String currency) {
    }

    /** The lines any event posts: those of its {@code of} rule below, none for a fact that moves no money. */
    public static List<Posting> of(Object event) {
        Optional<Method> rule = RULES.computeIfAbsent(event.getClass(), LedgerPostings::ruleFor);
        if (rule.isEmpty()) {
            return List.of();
        }
        try {
            @SuppressWarnings("unchecked")
            List<Posting> postings = (List<Posting>) rule.get().invoke(null, event);
            return postings;
        } catch (IllegalAccessException | InvocationTargetException unexpected) {
            throw new IllegalStateException("could not post " + event.getClass().getSimpleName(), unexpected);
        }
    }

    /** The {@code of} rule whose parameter the event is: its own type, or an interface it implements. */
    private static Optional<Method> ruleFor(Class<?> type) {
        return Arrays.stream(LedgerPostings.class.getMethods())
                .filter(rule -> rule.getName().equals("of") && rule.getParameterCount() == 1)
                .filter(rule -> rule.getParameterTypes()[0] != Object.class)
                .filter(rule -> rule.getParameterTypes()[0].isAssignableFrom(type))
                .findFirst();
    }

    public static List<Posting> of(CommitmentRecorded event) {
        return lines(event.fundId(), event.date(), event.commitmentId().value(),
                List.of(commitment(event.source(), event.amount())));
    }

    public static List<Posting> of(CapitalCalled event) {
        return lines(event.fundId(), event.date(), event.callId().value(),
                event.allocations().stream().map(LedgerPostings::call).toList());
    }

    public static List<Posting> of(ContributionReceived event) {
        return lines(event.fundId(), event.date(), event.contributionId().value(),
                List.of(contribution(event.source(), event.amount())));
    }

    public static List<Posting> of(InvestmentRecorded event) {
        return lines(event.fundId(), event.date(), event.investmentId().value(),
                List.of(investment(event.fundAmount())));
    }

    public static List<Posting> of(SubFundCommitted event) {
        return lines(event.fundId(), event.date(), event.subFundId().value(),
                List.of(subFundCommitment(event.source(), event.amount())));
    }

    /** A top-up of the parent's commitment posts as the commitment itself did, in each fund. */
    public static List<Posting> of(SubFundToppedUp event) {
        return lines(event.fundId(), event.date(), event.topUpId().value(),
                List.of(subFundCommitment(event.source(), event.amount())));
    }

    /** The parent's side of a reversed sub-fund commitment: the commitment and its top-ups, reversed together. */
    public static List<Posting> of(SubFundCommitmentReversed event) {
        return lines(event.fundId(), event.date(), event.correctionId().value(),
                List.of(subFundCommitment(event.source(), event.amount()).reversed()));
    }

    public static List<Posting> of(ParentCommitmentToppedUp event) {
        return lines(event.fundId(), event.date(), event.topUpId().value(),
                List.of(commitment(event.source(), event.amount())));
    }

    public static List<Posting> of(CoInvestmentRecorded event) {
        return lines(event.fundId(), event.date(), event.coInvestmentId().value(),
                List.of(coInvestment(event.source(), event.fundAmount())));
    }

    public static List<Posting> of(ValuationRecorded event) {
        return lines(event.fundId(), event.date(), event.valuationId().value(),
                List.of(valuation(event.fundFairValue())));
    }

    public static List<Posting> of(HoldingExited event) {
        return lines(event.fundId(), event.date(), event.exitId().value(),
                exit(event.fundProceeds(), event.costReleased(), event.realisedGain()));
    }

    public static List<Posting> of(CapitalDistributed event) {
        return lines(event.fundId(), event.date(), event.distributionId().value(),
                distribution(event.allocations()));
    }

    public static List<Posting> of(CapitalCallReversed event) {
        return lines(event.fundId(), event.date(), event.correctionId().value(),
                reversed(event.allocations().stream().map(LedgerPostings::call).toList()));
    }

    public static List<Posting> of(ValuationReversed event) {
        return lines(event.fundId(), event.date(), event.correctionId().value(),
                List.of(valuation(event.fundFairValue()).reversed()));
    }

    public static List<Posting> of(ExitReversed event) {
        return lines(event.fundId(), event.date(), event.correctionId().value(),
                reversed(exit(event.fundProceeds(), event.costReleased(), event.realisedGain())));
    }

    public static List<Posting> of(DistributionReversed event) {
        return lines(event.fundId(), event.date(), event.correctionId().value(),
                reversed(distribution(event.allocations())));
    }

    public static List<Posting> of(CommitmentReversed event) {
        return lines(event.fundId(), event.date(), event.correctionId().value(),
                List.of(commitment(event.source(), event.amount()).reversed()));
    }

    public static List<Posting> of(ContributionReversed event) {
        return lines(event.fundId(), event.date(), event.correctionId().value(),
                List.of(contribution(event.source(), event.amount()).reversed()));
    }

    public static List<Posting> of(InvestmentReversed event) {
        return lines(event.fundId(), event.date(), event.correctionId().value(),
                List.of(investment(event.fundAmount()).reversed()));
    }

    public static List<Posting> of(CoInvestmentReversed event) {
        return lines(event.fundId(), event.date(), event.correctionId().value(),
                List.of(coInvestment(event.source(), event.fundAmount()).reversed()));
    }

    // What each kind of fact posts; its reversal posts the same transfer reversed, so the two cannot drift apart.

    private static Transfer subFundCommitment(CapitalSource source, Money amount) {
        return new Transfer(SUB_FUND_COMMITMENTS, SUB_FUND_OBLIGATIONS, source, amount);
    }

    private static Transfer commitment(CapitalSource source, Money amount) {
        return new Transfer(UNCALLED_COMMITMENTS, COMMITTED_CAPITAL, source, amount);
    }

    private static Transfer call(CallAllocation allocation) {
        return new Transfer(CAPITAL_RECEIVABLE, UNCALLED_COMMITMENTS, allocation.source(), allocation.amount());
    }

    private static Transfer contribution(CapitalSource source, Money amount) {
        return new Transfer(CASH, CAPITAL_RECEIVABLE, source, amount);
    }

    private static Transfer investment(Money fundAmount) {
        return new Transfer(INVESTMENTS_AT_COST, CASH, null, fundAmount);
    }

    private static Transfer coInvestment(CapitalSource source, Money fundAmount) {
        return new Transfer(CO_INVESTED_CAPITAL, CO_INVESTORS_MEMO, source, fundAmount);
    }

    /**
     * A valuation moves no money: what it stated goes to a memo pair. The change from the holding's earlier value
     * is not in the event (it rests on the holding's earlier valuations and exits), and every line must follow from
     * its own signed event alone, so the memo holds the fair value stated.
     */
    private static Transfer valuation(Money fundFairValue) {
        return new Transfer(FAIR_VALUES_STATED, VALUATIONS_MEMO, null, fundFairValue);
    }

    /**
     * Proceeds come in as cash and the cost released leaves the holdings; the difference is a gain (credited to
     * realised gains) or a loss (debited to them). Cash is debited with the proceeds either way: with the cost and
     * the gain for a gain; with the proceeds against the cost, and the loss for the rest of the cost, for a loss
     * (a write-off, with no proceeds, posts the loss alone).
     */
    private static List<Transfer> exit(Money fundProceeds, Money costReleased, Money realisedGain) {
        if (realisedGain.amount().signum() >= 0) {
            return List.of(new Transfer(CASH, COST_OF_HOLDINGS_EXITED, null, costReleased),
                    new Transfer(CASH, REALISED_GAINS, null, realisedGain));
        }
        Money loss = Money.zero(realisedGain.currency()).minus(realisedGain);
        return List.of(new Transfer(CASH, COST_OF_HOLDINGS_EXITED, null, fundProceeds),
                new Transfer(REALISED_GAINS, COST_OF_HOLDINGS_EXITED, null, loss));
    }

    /** Each commitment's share paid out of cash: its return of capital and its gain apart, by its source. */
    private static List<Transfer> distribution(List<DistributionAllocation> allocations) {
        List<Transfer> transfers = new ArrayList<>();
        for (DistributionAllocation allocation : allocations) {
            transfers.add(new Transfer(CAPITAL_RETURNED, CASH, allocation.source(), allocation.returnOfCapital()));
            transfers.add(new Transfer(GAINS_DISTRIBUTED, CASH, allocation.source(), allocation.gain()));
        }
        return transfers;
    }

    private static List<Transfer> reversed(List<Transfer> transfers) {
        return transfers.stream().map(Transfer::reversed).toList();
    }

    /**
     * Transfer {@code i} of an event is lines {@code 2i} and {@code 2i + 1}, so a line number depends on the
     * event alone and a replay writes the same keys; a reversal's line {@code k} is then the opposite of line
     * {@code k} of the fact it reverses: the same account, the other side. A zero amount moved no money and
     * posts nothing (a line must carry one non-zero side).
     */
    private static List<Posting> lines(FundId fundId, LocalDate date, String factId, List<Transfer> transfers) {
        List<Posting> lines = new ArrayList<>();
        for (int i = 0; i < transfers.size(); i++) {
            Transfer transfer = transfers.get(i);
            if (transfer.amount().isZero()) {
                continue;
            }
            BigDecimal amount = transfer.amount().amount();
            BigDecimal zero = Money.zero(transfer.amount().currency()).amount();
            BigDecimal toDebited = transfer.reversal() ? zero : amount;
            BigDecimal toCredited = transfer.reversal() ? amount : zero;
            String currency = transfer.amount().currency().getCurrencyCode();
            lines.add(new Posting(2 * i, fundId.value(), date, transfer.debited(), transfer.source(), factId,
                    toDebited, toCredited, currency));
            lines.add(new Posting(2 * i + 1, fundId.value(), date, transfer.credited(), transfer.source(), factId,
                    toCredited, toDebited, currency));
        }
        return lines;
    }

    /**
     * An amount moved by a fact: a debit to {@code debited} and a credit to {@code credited}; its reversal
     * names the same accounts and moves the amount back, a credit to {@code debited} and a debit to
     * {@code credited}.
     */
    private record Transfer(LedgerAccount debited, LedgerAccount credited, CapitalSource source, Money amount,
                            boolean reversal) {

        Transfer(LedgerAccount debited, LedgerAccount credited, CapitalSource source, Money amount) {
            this(debited, credited, source, amount, false);
        }

        Transfer reversed() {
            return new Transfer(debited, credited, source, amount, !reversal);
        }
    }
}
