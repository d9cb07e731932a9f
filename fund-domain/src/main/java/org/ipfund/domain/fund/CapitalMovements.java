package org.ipfund.domain.fund;

import java.util.Optional;
import org.ipfund.domain.figures.CapitalMovement;
import org.ipfund.domain.holding.ExitReversed;
import org.ipfund.domain.holding.HoldingExited;
import org.ipfund.domain.investment.InvestmentRecorded;
import org.ipfund.domain.investment.InvestmentReversed;

/**
 * How each of a fund's facts moves its balance, the one mapping the aggregate, the views' tests and the auditors'
 * fold share: a commitment adds unfunded money, a contribution turns unfunded into cash, a deal or a sub-fund
 * commitment spends cash, and a reversal undoes its fact. Calls, co-investments, valuations and launches move
 * nothing. Exit proceeds are investable cash where the policy let them be invested again and returnable cash
 * otherwise; a distribution pays from the returnable cash first and from investable cash for the rest.
 */
public final class CapitalMovements {

    private CapitalMovements() {
    }

    /** The movement of any recorded fact of a fund, or empty when it moves no capital. */
    public static Optional<CapitalMovement> of(Object fact) {
        if (fact instanceof CommitmentRecorded recorded) {
            return Optional.of(of(recorded));
        } else if (fact instanceof CommitmentReversed reversed) {
            return Optional.of(of(reversed));
        } else if (fact instanceof ContributionReceived received) {
            return Optional.of(of(received));
        } else if (fact instanceof ContributionReversed reversed) {
            return Optional.of(of(reversed));
        } else if (fact instanceof InvestmentRecorded recorded) {
            return Optional.of(of(recorded));
        } else if (fact instanceof InvestmentReversed reversed) {
            return Optional.of(of(reversed));
        } else if (fact instanceof SubFundCommitted committed) {
            return Optional.of(of(committed));
        } else if (fact instanceof SubFundToppedUp toppedUp) {
            return Optional.of(of(toppedUp));
        } else if (fact instanceof ParentCommitmentToppedUp toppedUp) {
            return Optional.of(of(toppedUp));
        } else if (fact instanceof SubFundCommitmentReversed reversed) {
            return Optional.of(of(reversed));
        } else if (fact instanceof HoldingExited exited) {
            return investable(exited);
        } else if (fact instanceof ExitReversed reversed) {
            return investable(reversed);
        } else if (fact instanceof CapitalDistributed distributed) {
            return investable(distributed);
        } else if (fact instanceof DistributionReversed reversed) {
            return investable(reversed);
        }
        return Optional.empty();
    }

    /** Exit proceeds are investable cash only where the policy in force let them be invested again. */
    public static Optional<CapitalMovement> investable(HoldingExited event) {
        return event.reinvestable() && event.fundProceeds().exceedsZero()
                ? Optional.of(CapitalMovement.proceedsReceived(event.date(), event.fundProceeds())) : Optional.empty();
    }

    public static Optional<CapitalMovement> investable(ExitReversed event) {
        return event.reinvestable() && event.fundProceeds().exceedsZero()
                ? Optional.of(CapitalMovement.proceedsReversed(event.date(), event.fundProceeds())) : Optional.empty();
    }

    /** A distribution spends investable cash by the part not paid from returnable proceeds. */
    public static Optional<CapitalMovement> investable(CapitalDistributed event) {
        return event.fromCapital().exceedsZero()
                ? Optional.of(CapitalMovement.distributed(event.date(), event.fromCapital())) : Optional.empty();
    }

    public static Optional<CapitalMovement> investable(DistributionReversed event) {
        return event.fromCapital().exceedsZero()
                ? Optional.of(CapitalMovement.distributionReversed(event.date(), event.fromCapital()))
                : Optional.empty();
    }

    /** Exit proceeds the policy did not let the fund invest again: cash it may only return to its investors. */
    public static Optional<CapitalMovement> returnable(HoldingExited event) {
        return !event.reinvestable() && event.fundProceeds().exceedsZero()
                ? Optional.of(CapitalMovement.proceedsReceived(event.date(), event.fundProceeds())) : Optional.empty();
    }

    public static Optional<CapitalMovement> returnable(ExitReversed event) {
        return !event.reinvestable() && event.fundProceeds().exceedsZero()
                ? Optional.of(CapitalMovement.proceedsReversed(event.date(), event.fundProceeds())) : Optional.empty();
    }

    public static Optional<CapitalMovement> returnable(CapitalDistributed event) {
        return event.fromProceeds().exceedsZero()
                ? Optional.of(CapitalMovement.distributed(event.date(), event.fromProceeds())) : Optional.empty();
    }

    public static Optional<CapitalMovement> returnable(DistributionReversed event) {
        return event.fromProceeds().exceedsZero()
                ? Optional.of(CapitalMovement.distributionReversed(event.date(), event.fromProceeds()))
                : Optional.empty();
    }

    public static CapitalMovement of(CommitmentRecorded event) {
        return CapitalMovement.committed(event.date(), event.amount());
    }

    public static CapitalMovement of(CommitmentReversed event) {
        return CapitalMovement.commitmentReversed(event.date(), event.amount());
    }

    public static CapitalMovement of(ContributionReceived event) {
        return CapitalMovement.paidIn(event.date(), event.amount());
    }

    public static CapitalMovement of(ContributionReversed event) {
        return CapitalMovement.contributionReversed(event.date(), event.amount());
    }

    public static CapitalMovement of(InvestmentRecorded event) {
        return CapitalMovement.invested(event.date(), event.fundAmount());
    }

    public static CapitalMovement of(InvestmentReversed event) {
        return CapitalMovement.investmentReversed(event.date(), event.fundAmount());
    }

    public static CapitalMovement of(SubFundCommitted event) {
        return CapitalMovement.committedToSubFund(event.date(), event.amount());
    }

    public static CapitalMovement of(SubFundToppedUp event) {
        return CapitalMovement.committedToSubFund(event.date(), event.amount());
    }

    /** The parent's money committed to a sub-fund, top-ups included, is its own again. */
    public static CapitalMovement of(SubFundCommitmentReversed event) {
        return CapitalMovement.investmentReversed(event.date(), event.amount());
    }

    public static CapitalMovement of(ParentCommitmentToppedUp event) {
        return CapitalMovement.committed(event.date(), event.amount());
    }
}
