package org.ipfund.domain.fund;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ipfund.domain.DatedBeforeReversal;
import org.ipfund.domain.correction.Corrections;
import org.ipfund.domain.correction.FactNotReversible;
import org.ipfund.domain.figures.DistributionWaterfall;
import org.ipfund.domain.correction.Reversal;
import org.ipfund.domain.correction.ReverseFact;
import org.ipfund.domain.figures.CapitalMovement;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.ProRata;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.domain.FundId;
import org.ipfund.domain.CapitalSource;

/**
 * What each investor promised the fund, how much of it was called, and what each call still awaits
 * from each commitment. Part of the {@link Fund} aggregate: it judges calls and contributions.
 */
class Commitments {

    private final FundId fundId;
    private final Currency currency;
    private final Map<CommitmentId, Commitment> commitments = new LinkedHashMap<>();
    private final Map<CallId, Call> calls = new HashMap<>();
    private final Map<ContributionId, ContributionReceived> contributions = new HashMap<>();
    private final Map<CallId, CapitalCalled> callFacts = new HashMap<>();
    /** The distributions that stand, in the order of their dates (a back-dated one is refused, see below). */
    private final List<CapitalDistributed> distributions = new ArrayList<>();
    /**
     * The reversal of a distribution with the latest date: a distribution dated before it would count beside the one it
     * reversed, which stands until then.
     */
    private DistributionReversed lastReversal;

    Commitments(FundId fundId, Currency currency) {
        this.fundId = fundId;
        this.currency = currency;
    }

    /** Splits a call pro rata to what each eligible commitment has not yet been called for. */
    List<CallAllocation> allocate(Money amount, LocalDate date, List<CommitmentId> named) {
        List<Commitment> eligible = new ArrayList<>();
        for (Commitment commitment : named.isEmpty() ? commitments.values() : named(named)) {
            if (!commitment.date().isAfter(date) && commitment.uncalled().exceedsZero()) {
                eligible.add(commitment);
            }
        }
        Money uncalled = eligible.stream().map(Commitment::uncalled).reduce(Money.zero(currency), Money::plus);
        if (amount.isGreaterThan(uncalled)) {
            throw new CallExceedsUncalledCommitments(uncalled, amount);
        }
        List<Money> shares = ProRata.split(amount, eligible.stream().map(Commitment::uncalled).toList());
        List<CallAllocation> allocations = new ArrayList<>();
        for (int i = 0; i < eligible.size(); i++) {
            if (shares.get(i).exceedsZero()) {
                Commitment commitment = eligible.get(i);
                allocations.add(new CallAllocation(commitment.id(), commitment.source(), shares.get(i)));
            }
        }
        return allocations;
    }

    /** Checks a contribution against what its call still awaits from its commitment. */
    CapitalSource acceptContribution(CommitmentId commitmentId, CallId callId, Money amount, LocalDate date) {
        Commitment commitment = existing(commitmentId);
        requireAfterLatestDistribution(date);
        Call call = calls.get(callId);
        if (call == null) {
            throw new UnknownCall(fundId, callId);
        }
        if (date.isBefore(call.date())) {
            throw new ContributionBeforeCall(callId, call.date(), date);
        }
        Money outstanding = call.outstanding(commitmentId, currency);
        if (amount.isGreaterThan(outstanding)) {
            throw new ContributionExceedsCalled(commitmentId, callId, outstanding, amount);
        }
        return commitment.source();
    }

    /**
     * Splits a distribution on {@code date} among the commitments by the waterfall: capital first, pro rata to what
     * each paid in by that date and has not had back, then gain pro rata to paid-in. Each distribution is split by what
     * the earlier ones returned, so it is dated on or after the latest that stands.
     */
    List<DistributionAllocation> allocateDistribution(Money amount, LocalDate date) {
        if (!distributions.isEmpty()) {
            CapitalDistributed latest = distributions.get(distributions.size() - 1);
            if (latest.date().isAfter(date)) {
                throw new LaterDistributionStands(latest.distributionId(), latest.date(), "date");
            }
        }
        if (lastReversal != null && date.isBefore(lastReversal.date())) {
            throw new DatedBeforeReversal(lastReversal.distributionId().value(), lastReversal.date(), date);
        }
        List<Commitment> paying = new ArrayList<>();
        List<DistributionWaterfall.Stake> stakes = new ArrayList<>();
        for (Commitment commitment : commitments.values()) {
            Money paidIn = paidIn(commitment.id(), date);
            if (paidIn.exceedsZero()) {
                paying.add(commitment);
                stakes.add(new DistributionWaterfall.Stake(commitment.id().value(), paidIn,
                        returned(commitment.id(), date)));
            }
        }
        if (stakes.isEmpty()) {
            throw new NothingPaidIn(date);
        }
        List<DistributionWaterfall.Share> shares = DistributionWaterfall.split(amount, stakes);
        List<DistributionAllocation> allocations = new ArrayList<>();
        for (int i = 0; i < paying.size(); i++) {
            DistributionWaterfall.Share share = shares.get(i);
            if (share.amount().exceedsZero()) {
                Commitment commitment = paying.get(i);
                allocations.add(new DistributionAllocation(commitment.id(), commitment.investor(),
                        commitment.source(), share.amount(), share.returnOfCapital(), share.gain()));
            }
        }
        return allocations;
    }

    /** The reversal of a distribution, or empty: only the latest that stands may be reversed. */
    Optional<Reversal> distributionReversalOf(ReverseFact correction) {
        for (int i = 0; i < distributions.size(); i++) {
            CapitalDistributed distribution = distributions.get(i);
            if (!distribution.distributionId().value().equals(correction.reverses())) {
                continue;
            }
            Corrections.requireNotBefore(correction, distribution.date());
            if (i < distributions.size() - 1) {
                CapitalDistributed later = distributions.get(distributions.size() - 1);
                throw new LaterDistributionStands(later.distributionId(), later.date(), "reverses");
            }
            return Optional.of(new DistributionReversed(fundId, correction.correctionId(),
                    distribution.distributionId(), distribution.amount(), distribution.allocations(),
                    distribution.fromProceeds(), distribution.fromCapital(), correction.reason(), correction.date()));
        }
        return Optional.empty();
    }

    /**
     * The reversal of a commitment or contribution, or empty when the correction names neither. A commitment
     * is reversible only while no call asked anything of it; neither may take back money already invested.
     */
    Optional<Reversal> reversalOf(ReverseFact correction, AvailableCapital capital, FundPolicy policy) {
        Commitment commitment = commitments.get(new CommitmentId(correction.reverses()));
        if (commitment != null) {
            Corrections.requireNotBefore(correction, commitment.date());
            if (commitment.called().exceedsZero()) {
                throw new CommitmentAlreadyCalled(commitment.id(), commitment.called());
            }
            capital.requireReversible(correction.reverses(), commitment.amount(),
                    CapitalMovement.commitmentReversed(correction.date(), commitment.amount()), policy);
            return Optional.of(new CommitmentReversed(fundId, correction.correctionId(), commitment.id(),
                    commitment.source(), commitment.amount(), correction.reason(), correction.date()));
        }
        ContributionReceived contribution = contributions.get(new ContributionId(correction.reverses()));
        if (contribution != null) {
            Corrections.requireNotBefore(correction, contribution.date());
            requireNotReturned(contribution);
            requireAfterLatestDistribution(correction.date());
            capital.requireReversible(correction.reverses(), contribution.amount(),
                    CapitalMovement.contributionReversed(correction.date(), contribution.amount()), policy);
            return Optional.of(new ContributionReversed(fundId, correction.correctionId(),
                    contribution.contributionId(), contribution.commitmentId(), contribution.callId(),
                    contribution.source(), contribution.amount(), correction.reason(), correction.date()));
        }
        CapitalCalled call = callFacts.get(new CallId(correction.reverses()));
        if (call != null) {
            Corrections.requireNotBefore(correction, call.date());
            Money paid = calls.get(call.callId()).paidInTotal(currency);
            if (paid.exceedsZero()) {
                throw new FactNotReversible(correction.reverses(),
                        "%s was paid against it: reverse those contributions first".formatted(paid));
            }
            return Optional.of(new CapitalCallReversed(fundId, correction.correctionId(), call.callId(),
                    call.amount(), call.allocations(), correction.reason(), correction.date()));
        }
        return Optional.empty();
    }

    /**
     * A contribution whose capital a distribution has since returned cannot be taken back: the commitment would have
     * had back more than it paid in.
     */
    private void requireNotReturned(ContributionReceived contribution) {
        CommitmentId id = contribution.commitmentId();
        for (CapitalDistributed distribution : distributions) {
            if (distribution.date().isBefore(contribution.date())) {
                continue;
            }
            Money paidIn = paidIn(id, distribution.date()).minus(contribution.amount());
            if (returned(id, distribution.date()).isGreaterThan(paidIn)) {
                throw new FactNotReversible(contribution.contributionId().value(),
                        "distribution '%s' returned capital it paid in: reverse the distribution first"
                                .formatted(distribution.distributionId()));
            }
        }
    }

    /**
     * Paid-in money is what a distribution is split by, so money paid in (or taken back) on or before the day of a
     * distribution that stands would change what that distribution should have paid to whom.
     */
    private void requireAfterLatestDistribution(LocalDate date) {
        if (!distributions.isEmpty()) {
            CapitalDistributed latest = distributions.get(distributions.size() - 1);
            if (!date.isAfter(latest.date())) {
                throw new LaterDistributionStands(latest.distributionId(), latest.date(), "date");
            }
        }
    }

    /** What a commitment paid in by {@code date}, from the contributions that stand. */
    private Money paidIn(CommitmentId id, LocalDate date) {
        Money total = Money.zero(currency);
        for (ContributionReceived contribution : contributions.values()) {
            if (contribution.commitmentId().equals(id) && !contribution.date().isAfter(date)) {
                total = total.plus(contribution.amount());
            }
        }
        return total;
    }

    /** The capital the distributions dated on or before {@code date} returned to a commitment. */
    private Money returned(CommitmentId id, LocalDate date) {
        Money total = Money.zero(currency);
        for (CapitalDistributed distribution : distributions) {
            if (distribution.date().isAfter(date)) {
                continue;
            }
            for (DistributionAllocation allocation : distribution.allocations()) {
                if (allocation.commitmentId().equals(id)) {
                    total = total.plus(allocation.returnOfCapital());
                }
            }
        }
        return total;
    }

    void record(CommitmentRecorded event) {
        commitments.put(event.commitmentId(), new Commitment(event.commitmentId(), event.investor(), event.source(),
                event.amount(), event.date(), Money.zero(event.amount().currency())));
    }

    /** The parent's commitment grows by a top-up: more of it may be called. */
    void record(ParentCommitmentToppedUp event) {
        commitments.computeIfPresent(event.commitmentId(), (id, c) -> new Commitment(id, c.investor(), c.source(),
                c.amount().plus(event.amount()), c.date(), c.called()));
    }

    void record(CapitalCalled event) {
        Map<CommitmentId, Money> asked = new HashMap<>();
        for (CallAllocation allocation : event.allocations()) {
            asked.put(allocation.commitmentId(), allocation.amount());
            commitments.computeIfPresent(allocation.commitmentId(), (id, c) -> c.calledFor(allocation.amount()));
        }
        calls.put(event.callId(), new Call(event.date(), Map.copyOf(asked), Map.of()));
        callFacts.put(event.callId(), event);
    }

    void record(CapitalCallReversed event) {
        for (CallAllocation allocation : event.allocations()) {
            Money takenBack = Money.zero(currency).minus(allocation.amount());
            commitments.computeIfPresent(allocation.commitmentId(), (id, c) -> c.calledFor(takenBack));
        }
        calls.remove(event.callId());
        callFacts.remove(event.callId());
    }

    void record(CapitalDistributed event) {
        distributions.add(event);
    }

    void record(DistributionReversed event) {
        distributions.removeIf(d -> d.distributionId().equals(event.distributionId()));
        if (lastReversal == null || !event.date().isBefore(lastReversal.date())) {
            lastReversal = event;
        }
    }

    void record(ContributionReceived event) {
        contributions.put(event.contributionId(), event);
        calls.computeIfPresent(event.callId(), (id, call) -> call.paidBy(event.commitmentId(), event.amount()));
    }

    void record(CommitmentReversed event) {
        commitments.remove(event.commitmentId());
    }

    void record(ContributionReversed event) {
        contributions.remove(event.contributionId());
        Money takenBack = Money.zero(currency).minus(event.amount());
        calls.computeIfPresent(event.callId(), (id, call) -> call.paidBy(event.commitmentId(), takenBack));
    }

    private List<Commitment> named(List<CommitmentId> ids) {
        return ids.stream().distinct().map(this::existing).toList();
    }

    private Commitment existing(CommitmentId id) {
        Commitment commitment = commitments.get(id);
        if (commitment == null) {
            throw new UnknownCommitment(fundId, id);
        }
        return commitment;
    }

    private record Commitment(CommitmentId id, String investor, CapitalSource source, Money amount, LocalDate date,
                              Money called) {

        private Money uncalled() {
            return amount.minus(called);
        }

        private Commitment calledFor(Money more) {
            return new Commitment(id, investor, source, amount, date, called.plus(more));
        }
    }

    private record Call(LocalDate date, Map<CommitmentId, Money> asked, Map<CommitmentId, Money> paid) {

        private Money outstanding(CommitmentId commitmentId, Currency currency) {
            Money nothing = Money.zero(currency);
            return asked.getOrDefault(commitmentId, nothing).minus(paid.getOrDefault(commitmentId, nothing));
        }

        private Money paidInTotal(Currency currency) {
            return paid.values().stream().reduce(Money.zero(currency), Money::plus);
        }

        private Call paidBy(CommitmentId commitmentId, Money amount) {
            Map<CommitmentId, Money> nowPaid = new HashMap<>(paid);
            nowPaid.merge(commitmentId, amount, Money::plus);
            return new Call(date, asked, Map.copyOf(nowPaid));
        }
    }
}
