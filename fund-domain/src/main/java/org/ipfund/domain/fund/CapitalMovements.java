package org.ipfund.domain.fund;

import java.util.Optional;
import org.ipfund.domain.figures.CapitalMovement;
import org.ipfund.domain.investment.InvestmentRecorded;
import org.ipfund.domain.investment.InvestmentReversed;

/**
 * How each of a fund's facts moves its balance, the one mapping the aggregate, the views' tests and the auditors'
 * fold share: a commitment adds unfunded money, a contribution turns unfunded into cash, a deal or a sub-fund
 * commitment spends cash, and a reversal undoes its fact. Calls, co-investments and launches move nothing.
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
        }
        return Optional.empty();
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

    public static CapitalMovement of(ParentCommitmentToppedUp event) {
        return CapitalMovement.committed(event.date(), event.amount());
    }
}
