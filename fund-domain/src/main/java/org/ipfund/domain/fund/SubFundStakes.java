package org.ipfund.domain.fund;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.DateBeforeLaunch;
import org.ipfund.domain.FundId;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.policy.PolicyTerms;

/**
 * What a parent committed to each of its sub-funds, against each one's target size. Part of the {@link Fund}
 * aggregate: it judges a top-up by the share cap with the commitment's new total.
 */
class SubFundStakes {

    private final FundId parent;
    private final Map<FundId, Stake> stakes = new HashMap<>();

    SubFundStakes(FundId parent) {
        this.parent = parent;
    }

    /** Refuses a top-up of a sub-fund the parent did not create, dated before it, or past the share cap. */
    Stake judgeTopUp(TopUpSubFund command, PolicyTerms terms) {
        Stake stake = stakes.get(command.subFundId());
        if (stake == null) {
            throw new UnknownSubFund(parent, command.subFundId());
        }
        if (command.date().isBefore(stake.since())) {
            throw new DateBeforeLaunch(command.date(), stake.since(), "date");
        }
        try {
            ShareCap.judge(stake.committed().plus(command.amount()), stake.targetSize(), terms);
        } catch (ShareCapExceeded exceeded) {
            throw exceeded.judging("amount");
        }
        return stake;
    }

    /** The stake a reversal of the parent's commitment takes back: refused for a sub-fund the parent did not create. */
    Stake judgeReversal(ReverseSubFundCommitment command) {
        Stake stake = stakes.get(command.subFundId());
        if (stake == null) {
            throw new UnknownSubFund(parent, command.subFundId());
        }
        if (command.date().isBefore(stake.since())) {
            throw new org.ipfund.domain.correction.CorrectionBeforeFact(command.subFundId().value(), stake.since(),
                    command.date());
        }
        return stake;
    }

    void record(SubFundCommitmentReversed event) {
        stakes.remove(event.subFundId());
    }

    void record(SubFundCommitted event) {
        stakes.put(event.subFundId(), new Stake(event.commitmentId(), event.targetSize(), event.amount(),
                event.source(), event.date()));
    }

    void record(SubFundToppedUp event) {
        stakes.computeIfPresent(event.subFundId(), (id, stake) -> new Stake(stake.commitmentId(), stake.targetSize(),
                stake.committed().plus(event.amount()), stake.source(), stake.since()));
    }

    record Stake(CommitmentId commitmentId, Money targetSize, Money committed, CapitalSource source, LocalDate since) {
    }
}
