package org.ipfund.domain.fund;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundRuleViolation;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.domain.policy.InvalidatedFact;
import org.ipfund.domain.policy.PolicyTerms;

/**
 * Policy government share cap (Xiamen: all government levels together at most 50% of a sub-fund): the central and
 * local fiscal commitments to a sub-fund, its guidance parent's among them (recorded as local fiscal money), stay
 * within the policy's share of the sub-fund's target size, judged at each commitment. Part of a sub-fund's
 * {@link Fund} aggregate; a fund that is no sub-fund has no target size and no such cap.
 */
class GovernmentShare {

    private final Money targetSize;
    private final Map<CommitmentId, CommitmentRecorded> government = new LinkedHashMap<>();

    GovernmentShare(Money targetSize) {
        this.targetSize = targetSize;
    }

    static boolean isGovernment(CapitalSource source) {
        return source.isFiscal();
    }

    /** The parent's commitment at the sub-fund's creation, where it is government money. */
    static void judgeParentCommitment(Money amount, CapitalSource source, Money targetSize, PolicyTerms terms) {
        if (isGovernment(source)) {
            judge(Money.zero(amount.currency()), amount, targetSize, terms, "parentCommitment");
        }
    }

    /** A new commitment of government money, on top of every government commitment recorded whatever its date. */
    void judge(RecordCommitment command, PolicyTerms terms) {
        if (targetSize != null && isGovernment(command.source())) {
            judge(committed(new ArrayList<>(government.values())), command.amount(), targetSize, terms, "amount");
        }
    }

    /** A top-up of the parent's commitment, where it is government money, on top of every government commitment. */
    void judgeTopUp(CapitalSource source, Money amount, PolicyTerms terms) {
        if (targetSize != null && isGovernment(source)) {
            judge(committed(new ArrayList<>(government.values())), amount, targetSize, terms, "amount");
        }
    }

    /** The earliest government commitment dated from {@code from} on that the amended policy would have refused. */
    Optional<InvalidatedFact> firstInvalidatedBy(FundPolicy amended, LocalDate from) {
        if (targetSize == null) {
            return Optional.empty();
        }
        List<CommitmentRecorded> before = new ArrayList<>();
        Optional<InvalidatedFact> first = Optional.empty();
        for (CommitmentRecorded commitment : government.values()) {
            if (!commitment.date().isBefore(from)) {
                try {
                    judge(committed(before), commitment.amount(), targetSize, amended.inForceOn(commitment.date()),
                            "amount");
                } catch (FundRuleViolation refused) {
                    first = InvalidatedFact.earliest(first, Optional.of(new InvalidatedFact(
                            commitment.commitmentId().value(), commitment.date(), refused.code(),
                            refused.getMessage())));
                }
            }
            before.add(commitment);
        }
        return first;
    }

    void record(CommitmentRecorded event) {
        if (isGovernment(event.source())) {
            government.put(event.commitmentId(), event);
        }
    }

    /** A top-up counts as a government commitment of its own, dated the day of the top-up. */
    void record(ParentCommitmentToppedUp event) {
        if (isGovernment(event.source())) {
            CommitmentId asCommitment = new CommitmentId(event.topUpId().value());
            government.put(asCommitment, new CommitmentRecorded(event.fundId(), asCommitment,
                    event.parentFundId().value(), event.source(), event.amount(), event.date()));
        }
    }

    void record(CommitmentReversed event) {
        government.remove(event.commitmentId());
    }

    private static void judge(Money committed, Money amount, Money targetSize, PolicyTerms terms, String field) {
        if (terms.governmentShareCap() == null) {
            return;
        }
        Money cap = terms.governmentShareCap().of(targetSize);
        Money total = committed.plus(amount);
        if (total.isGreaterThan(cap)) {
            throw new GovernmentShareCapExceeded(total, cap, terms.governmentShareCap(), targetSize, field);
        }
    }

    private Money committed(List<CommitmentRecorded> commitments) {
        return commitments.stream().map(CommitmentRecorded::amount).reduce(Money.zero(targetSize.currency()),
                Money::plus);
    }
}
