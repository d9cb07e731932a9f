package org.ipfund.domain.fund;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.ipfund.domain.DuplicateId;
import org.ipfund.domain.FundId;
import org.ipfund.domain.correction.FactNotReversible;
import org.ipfund.domain.correction.Reversal;
import org.ipfund.domain.correction.ReverseFact;
import org.ipfund.domain.correction.UnknownFactToReverse;
import org.ipfund.domain.holding.ExitReversed;
import org.ipfund.domain.holding.HoldingExited;
import org.ipfund.domain.holding.Holdings;
import org.ipfund.domain.holding.RecordExit;
import org.ipfund.domain.holding.RecordValuation;
import org.ipfund.domain.holding.ValuationRecorded;
import org.ipfund.domain.holding.ValuationReversed;
import org.ipfund.domain.investment.CoInvestmentRecorded;
import org.ipfund.domain.investment.CoInvestmentReversed;
import org.ipfund.domain.investment.DirectInvestmentRecorded;
import org.ipfund.domain.investment.FollowOnInvestmentRecorded;
import org.ipfund.domain.investment.InvestmentId;
import org.ipfund.domain.investment.InvestmentRecorded;
import org.ipfund.domain.investment.InvestmentReversed;
import org.ipfund.domain.investment.Portfolio;
import org.ipfund.domain.investment.RecordCoInvestment;
import org.ipfund.domain.investment.RecordDirectInvestment;
import org.ipfund.domain.investment.RecordFollowOnInvestment;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.policy.AmendPolicy;
import org.ipfund.domain.policy.AmendmentInvalidatesFact;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.domain.policy.InvalidatedFact;
import org.ipfund.domain.policy.PolicyAmended;

/**
 * A fund's money: what investors committed, what was called and paid in, and what the fund put to work in
 * deals and sub-funds. It is the consistency boundary for that money, so every rule about it is judged here,
 * against the facts recorded so far and the policy in force on the fact's date, before a new fact is accepted.
 * The bookkeeping is delegated to {@link Commitments}, {@link Portfolio}, {@link Holdings} and {@link AvailableCapital}.
 */
public class Fund {

    @AggregateIdentifier
    private FundId id;
    private FundType type;
    private FundCurrency money;
    private FundPolicy policy;
    private CommitmentId parentCommitmentId;
    private FundId parentFundId;
    private SubFundStakes subFunds;
    private FactRegister facts;
    private Commitments commitments;
    private Portfolio portfolio;
    private AvailableCapital capital;
    private PolicyJudgedFacts judged;
    private GovernmentShare governmentShare;
    private Holdings holdings;

    protected Fund() {
        // for Axon: the fund is rebuilt from its events
    }

    @CommandHandler
    public Fund(LaunchFund command, Clock clock) {
        FactRegister.requireBusinessDate("launchDate", command.launchDate(), clock);
        FactRegister.requireOnOrAfterEarliest(command.policy());
        new FundCurrency(Money.requireMoney(command.currency(), "currency"))
                .requireCapsIn(command.policy(), "policy.terms.shareCapAmount");
        apply(new FundLaunched(command.fundId(), command.name(), command.type(), command.currency(),
                command.launchDate(), command.policy()));
    }

    /** A sub-fund starts with its parent's commitment, in the same unit of work as the parent's side. */
    private Fund(SubFundCommitted parentSide, Currency currency, FundPolicy policy) {
        apply(new SubFundLaunched(parentSide.subFundId(), parentSide.name(), currency, parentSide.date(), policy,
                parentSide.fundId(), parentSide.targetSize(), parentSide.commitmentId()));
        apply(new CommitmentRecorded(parentSide.subFundId(), parentSide.commitmentId(), parentSide.fundId().value(),
                parentSide.source(), parentSide.amount(), parentSide.date()));
    }

    @CommandHandler
    void handle(RecordCommitment command, Clock clock) {
        facts.requireNew(command.commitmentId().value(), command.date(), clock);
        money.require(command.amount(), "amount");
        command.judgeInvestor();
        governmentShare.judge(command, policy.inForceOn(command.date()));
        apply(new CommitmentRecorded(id, command.commitmentId(), command.investor(), command.source(),
                command.amount(), command.date()));
    }

    @CommandHandler
    void handle(CallCapital command, Clock clock) {
        facts.requireNew(command.callId().value(), command.date(), clock);
        money.require(command.amount(), "amount");
        var allocations = commitments.allocate(command.amount(), command.date(), command.commitmentIds());
        apply(new CapitalCalled(id, command.callId(), command.amount(), command.date(), command.dueDate(),
                allocations));
    }

    @CommandHandler
    void handle(RecordContribution command, Clock clock) {
        facts.requireNew(command.contributionId().value(), command.date(), clock);
        money.require(command.amount(), "amount");
        var source = commitments.acceptContribution(command.commitmentId(), command.callId(), command.amount(),
                command.date());
        apply(new ContributionReceived(id, command.contributionId(), command.commitmentId(), command.callId(),
                source, command.amount(), command.date()));
    }

    @CommandHandler
    void handle(RecordDirectInvestment command, Clock clock) {
        facts.requireNew(command.investmentId().value(), command.date(), clock);
        Money cost = money.costOf(command.amount(), command.exchangeRate());
        capital.requireAvailable(cost, command.date(), policy, "amount");
        apply(new DirectInvestmentRecorded(id, command.investmentId(), command.company(), command.amount(),
                command.exchangeRate(), cost, command.date(), command.inTargetRegion()));
    }

    @CommandHandler
    void handle(RecordFollowOnInvestment command, Clock clock) {
        facts.requireNew(command.investmentId().value(), command.date(), clock);
        Money cost = money.costOf(command.amount(), command.exchangeRate());
        if (command.lead() != null) {
            FactRegister.requireBusinessDate("lead.date", command.lead().date(), clock);
        }
        portfolio.judgeFollowOn(command, policy.inForceOn(command.date()));
        capital.requireAvailable(cost, command.date(), policy, "amount");
        apply(new FollowOnInvestmentRecorded(id, command.investmentId(), command.company(), command.amount(),
                command.exchangeRate(), cost, command.date(), command.lead(), command.inTargetRegion()));
    }

    @CommandHandler
    void handle(RecordCoInvestment command, Clock clock) {
        facts.requireNew(command.coInvestmentId().value(), command.date(), clock);
        Money inFundCurrency = money.costOf(command.amount(), command.exchangeRate());
        portfolio.judgeCoInvestment(command);
        holdings.requireOpenOn(command.investmentId(), command.date());
        apply(new CoInvestmentRecorded(id, command.investmentId(), command.coInvestmentId(), command.investor(),
                command.source(), command.amount(), command.exchangeRate(), inFundCurrency, command.date()));
    }

    @CommandHandler
    void handle(RecordValuation command, Clock clock) {
        facts.requireNew(command.valuationId().value(), command.date(), clock);
        holdings.requireInCurrencyOf(command.investmentId(), command.fairValue(), "fairValue");
        Money fundFairValue = money.valueOf(command.fairValue(), command.exchangeRate(), "fairValue");
        apply(holdings.judge(command, fundFairValue));
    }

    @CommandHandler
    void handle(RecordExit command, Clock clock) {
        facts.requireNew(command.exitId().value(), command.date(), clock);
        holdings.requireInCurrencyOf(command.investmentId(), command.proceeds(), "proceeds");
        Money fundProceeds = money.valueOf(command.proceeds(), command.exchangeRate(), "proceeds");
        apply(holdings.judge(command, fundProceeds, policy.inForceOn(command.date())));
    }

    @CommandHandler
    void handle(DistributeCapital command, Clock clock) {
        facts.requireNew(command.distributionId().value(), command.date(), clock);
        money.require(command.amount(), "amount");
        var allocations = commitments.allocateDistribution(command.amount(), command.date());
        var source = capital.judgeDistribution(command.amount(), command.date(), policy);
        apply(new CapitalDistributed(id, command.distributionId(), command.amount(), command.date(), allocations,
                source.fromProceeds(), source.fromCapital()));
    }

    @CommandHandler
    void handle(CreateSubFund command, Clock clock) throws Exception {
        if (!type.createsSubFunds()) {
            throw new NotAParentFund(id, type);
        }
        if (command.subFundId().equals(id)) {
            throw new DuplicateId(id.value());
        }
        facts.requireNew(command.subFundId().value(), command.date(), clock);
        money.require(command.targetSize(), "targetSize");
        money.require(command.parentCommitment(), "parentCommitment");
        FactRegister.requireOnOrAfterEarliest(command.policy());
        ShareCap.judge(command.parentCommitment(), command.targetSize(), policy.inForceOn(command.date()));
        var source = command.source() != null ? command.source() : type.usualSourceOfCommitments();
        var subFundPolicy = SubFundPolicy.of(command.policy(), policy.inForceOn(command.date()), command.date());
        GovernmentShare.judgeParentCommitment(command.parentCommitment(), source, command.targetSize(),
                subFundPolicy.inForceOn(command.date()));
        capital.requireAvailable(command.parentCommitment(), command.date(), policy, "parentCommitment");
        var parentSide = new SubFundCommitted(id, command.subFundId(), command.name(), command.targetSize(),
                command.commitmentId(), command.parentCommitment(), source, command.date());
        apply(parentSide);
        createNew(Fund.class, () -> new Fund(parentSide, money.currency(), subFundPolicy));
    }

    /** The parent's side of a top-up ({@link SubFundTopUps}): judged here, against this fund's money and policy. */
    SubFundToppedUp topUp(TopUpSubFund command, Clock clock) {
        facts.requireNew(command.topUpId().value(), command.date(), clock);
        money.require(command.amount(), "amount");
        var stake = subFunds.judgeTopUp(command, policy.inForceOn(command.date()));
        holdings.requireOpenOn(new InvestmentId(command.subFundId().value()), command.date());
        capital.requireAvailable(command.amount(), command.date(), policy, "amount");
        var parentSide = new SubFundToppedUp(id, command.subFundId(), command.topUpId(), stake.commitmentId(),
                command.amount(), stake.source(), command.date());
        apply(parentSide);
        return parentSide;
    }

    /**
     * The parent's side of the reversal of its commitment to a sub-fund ({@link SubFundReversals}): a correction of
     * this fund, refused while a valuation or an exit of the stake stands.
     */
    SubFundCommitmentReversed reverseSubFund(ReverseSubFundCommitment command, Clock clock) {
        facts.requireNew(command.correctionId().value(), command.date(), clock);
        facts.requireNotReversed(command.subFundId().value());
        var stake = subFunds.judgeReversal(command);
        holdings.requireNothingStandsOn(new InvestmentId(command.subFundId().value()));
        var parentSide = new SubFundCommitmentReversed(id, command.correctionId(), command.subFundId(),
                stake.commitmentId(), stake.committed(), stake.source(), command.reason(), command.date());
        apply(parentSide);
        return parentSide;
    }

    /**
     * The sub-fund's side: its commitment from the parent is reversed as any commitment is, only while nothing was
     * called from it and no money it counted for was spent.
     */
    void parentCommitmentReversed(SubFundCommitmentReversed parentSide, Clock clock) {
        if (!parentSide.fundId().equals(parentFundId)) {
            throw new UnknownSubFund(parentSide.fundId(), id);
        }
        facts.requireNew(parentSide.correctionId().value(), parentSide.date(), clock);
        facts.requireNotReversed(parentCommitmentId.value());
        var asCorrection = new ReverseFact(id, parentSide.correctionId(), parentCommitmentId.value(),
                parentSide.reason(), parentSide.date());
        apply(commitments.reversalOf(asCorrection, capital, policy).orElseThrow(
                () -> new UnknownFactToReverse(id, parentCommitmentId.value())));
    }

    /** The sub-fund's side of a top-up its parent accepted: the parent's commitment grows. */
    void receive(SubFundToppedUp parentSide, Clock clock) {
        if (!parentSide.fundId().equals(parentFundId)) {
            throw new UnknownSubFund(parentSide.fundId(), id);
        }
        facts.requireNew(parentSide.topUpId().value(), parentSide.date(), clock);
        governmentShare.judgeTopUp(parentSide.source(), parentSide.amount(), policy.inForceOn(parentSide.date()));
        apply(new ParentCommitmentToppedUp(id, parentFundId, parentSide.topUpId(), parentCommitmentId,
                parentSide.source(), parentSide.amount(), parentSide.date()));
    }

    @CommandHandler
    void handle(AmendPolicy command, Clock clock) {
        facts.requireNotRecorded(command.amendmentId().value());
        facts.requireWithinLife("terms.effectiveFrom", command.terms().effectiveFrom(), clock);
        money.requireCapsIn(new FundPolicy(List.of(command.terms())), "terms.shareCapAmount");
        FundPolicy amended = policy.amendedBy(command.terms());
        LocalDate from = command.terms().effectiveFrom();
        InvalidatedFact.earliest(judged.firstInvalidatedBy(amended, from),
                        governmentShare.firstInvalidatedBy(amended, from),
                        capital.firstOverdrawnBy(policy, amended, from))
                .ifPresent(fact -> {
                    throw new AmendmentInvalidatesFact(from, fact);
                });
        apply(new PolicyAmended(id, command.amendmentId(), command.terms()));
    }

    @CommandHandler
    void handle(ReverseFact command, Clock clock) {
        facts.requireNew(command.correctionId().value(), command.date(), clock);
        String target = command.reverses();
        facts.requireNotReversed(target);
        if (parentCommitmentId != null && target.equals(parentCommitmentId.value())) {
            throw new FactNotReversible(target, "it is the parent fund's commitment: reverse the sub-fund '%s' through"
                    .formatted(id) + " its parent '%s', which records the reversal in both funds".formatted(parentFundId));
        }
        Reversal reversal = commitments.reversalOf(command, capital, policy)
                .or(() -> portfolio.reversalOf(command))
                .or(() -> holdings.reversalOf(command))
                .or(() -> commitments.distributionReversalOf(command))
                .orElseThrow(() -> facts.isRecorded(target)
                        ? new FactNotReversible(target, "a fund's launch and its policy amendments are not"
                                + " reversed by a correction")
                        : new UnknownFactToReverse(id, target));
        if (reversal instanceof InvestmentReversed investment) {
            holdings.requireNothingStandsOn(investment.investmentId());
        } else if (reversal instanceof ExitReversed exit) {
            capital.requireProceedsHeld(target, exit.fundProceeds(), exit.date(), exit.reinvestable(), policy);
        }
        apply(reversal);
    }

    @EventSourcingHandler
    void on(FundLaunched event) {
        begin(event.fundId(), event.type(), event.currency(), event.launchDate(), event.policy());
    }

    @EventSourcingHandler
    void on(SubFundLaunched event) {
        begin(event.fundId(), FundType.SUB, event.currency(), event.launchDate(), event.policy());
        parentCommitmentId = event.parentCommitmentId();
        governmentShare = new GovernmentShare(event.targetSize());
        parentFundId = event.parentFundId();
    }

    @EventSourcingHandler
    void on(PolicyAmended event) {
        facts.recorded(event.amendmentId().value());
        policy = policy.amendedBy(event.terms());
    }

    @EventSourcingHandler
    void on(CommitmentRecorded event) {
        facts.recorded(event.commitmentId().value());
        commitments.record(event);
        governmentShare.record(event);
        capital.moved(event.commitmentId().value(), CapitalMovements.of(event));
    }

    @EventSourcingHandler
    void on(CapitalCalled event) {
        facts.recorded(event.callId().value());
        commitments.record(event);
    }

    @EventSourcingHandler
    void on(ContributionReceived event) {
        facts.recorded(event.contributionId().value());
        commitments.record(event);
        capital.moved(event.contributionId().value(), CapitalMovements.of(event));
    }

    @EventSourcingHandler
    void on(InvestmentRecorded event) {
        facts.recorded(event.investmentId().value());
        portfolio.record(event);
        holdings.opened(event.investmentId(), event.date(), event.amount(), event.fundAmount());
        judged.record(event);
        capital.moved(event.investmentId().value(), CapitalMovements.of(event));
    }

    @EventSourcingHandler
    void on(CoInvestmentRecorded event) {
        facts.recorded(event.coInvestmentId().value());
        portfolio.record(event);
        holdings.coInvestorJoined(event.investmentId(), event.coInvestmentId().value(), event.date());
    }

    @EventSourcingHandler
    void on(ValuationRecorded event) {
        facts.recorded(event.valuationId().value());
        holdings.record(event);
    }

    @EventSourcingHandler
    void on(ValuationReversed event) {
        facts.recorded(event);
        holdings.record(event);
    }

    @EventSourcingHandler
    void on(HoldingExited event) {
        facts.recorded(event.exitId().value());
        holdings.record(event);
        capital.moved(event.exitId().value(), CapitalMovements.investable(event), CapitalMovements.returnable(event));
    }

    @EventSourcingHandler
    void on(ExitReversed event) {
        facts.recorded(event);
        holdings.record(event);
        capital.moved(event.correctionId().value(), CapitalMovements.investable(event),
                CapitalMovements.returnable(event));
    }

    @EventSourcingHandler
    void on(CapitalDistributed event) {
        facts.recorded(event.distributionId().value());
        commitments.record(event);
        capital.moved(event.distributionId().value(), CapitalMovements.investable(event),
                CapitalMovements.returnable(event));
    }

    @EventSourcingHandler
    void on(DistributionReversed event) {
        facts.recorded(event);
        commitments.record(event);
        capital.moved(event.correctionId().value(), CapitalMovements.investable(event),
                CapitalMovements.returnable(event));
    }

    @EventSourcingHandler
    void on(CapitalCallReversed event) {
        facts.recorded(event);
        commitments.record(event);
    }

    @EventSourcingHandler
    void on(SubFundCommitted event) {
        facts.recorded(event.subFundId().value());
        judged.record(event);
        subFunds.record(event);
        holdings.opened(new InvestmentId(event.subFundId().value()), event.date(), event.amount(), event.amount());
        capital.moved(event.subFundId().value(), CapitalMovements.of(event));
    }

    @EventSourcingHandler
    void on(SubFundCommitmentReversed event) {
        facts.recorded(event);
        subFunds.record(event);
        judged.forget(event.subFundId().value());
        holdings.removed(new InvestmentId(event.subFundId().value()));
        capital.moved(event.correctionId().value(), CapitalMovements.of(event));
    }

    @EventSourcingHandler
    void on(SubFundToppedUp event) {
        facts.recorded(event.topUpId().value());
        subFunds.record(event);
        holdings.grew(new InvestmentId(event.subFundId().value()), event.amount(), event.topUpId().value(),
                event.date());
        capital.moved(event.topUpId().value(), CapitalMovements.of(event));
    }

    @EventSourcingHandler
    void on(ParentCommitmentToppedUp event) {
        facts.recorded(event.topUpId().value());
        commitments.record(event);
        governmentShare.record(event);
        capital.moved(event.topUpId().value(), CapitalMovements.of(event));
    }

    @EventSourcingHandler
    void on(CommitmentReversed event) {
        facts.recorded(event);
        commitments.record(event);
        governmentShare.record(event);
        capital.moved(event.correctionId().value(), CapitalMovements.of(event));
    }

    @EventSourcingHandler
    void on(ContributionReversed event) {
        facts.recorded(event);
        commitments.record(event);
        capital.moved(event.correctionId().value(), CapitalMovements.of(event));
    }

    @EventSourcingHandler
    void on(InvestmentReversed event) {
        facts.recorded(event);
        portfolio.record(event);
        judged.forget(event.investmentId().value());
        holdings.removed(event.investmentId());
        capital.moved(event.correctionId().value(), CapitalMovements.of(event));
    }

    @EventSourcingHandler
    void on(CoInvestmentReversed event) {
        facts.recorded(event);
        portfolio.record(event);
        holdings.coInvestorReversed(event.investmentId(), event.coInvestmentId().value());
    }

    private void begin(FundId fundId, FundType fundType, Currency fundCurrency, LocalDate launched,
                       FundPolicy rules) {
        id = fundId;
        type = fundType;
        money = new FundCurrency(fundCurrency);
        facts = new FactRegister(launched);
        policy = rules;
        commitments = new Commitments(fundId, fundCurrency);
        portfolio = new Portfolio(fundId);
        capital = new AvailableCapital(fundCurrency);
        judged = new PolicyJudgedFacts();
        governmentShare = new GovernmentShare(null);
        subFunds = new SubFundStakes(fundId);
        holdings = new Holdings(fundId);
    }
}
