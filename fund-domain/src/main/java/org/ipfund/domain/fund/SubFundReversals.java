package org.ipfund.domain.fund;

import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;

/**
 * The reversal of a parent's commitment to its sub-fund changes two funds: the parent judges it (the stake has no
 * exits or valuations standing) and takes its money back; the sub-fund judges the reversal of its parent's commitment
 * (nothing called from it). Both are loaded in the command's one unit of work, parent first, so both sides are
 * recorded together or neither is.
 */
public class SubFundReversals {

    private final Repository<Fund> funds;
    private final Clock clock;

    public SubFundReversals(Repository<Fund> funds, Clock clock) {
        this.funds = funds;
        this.clock = clock;
    }

    @CommandHandler
    public void handle(ReverseSubFundCommitment command) throws Exception {
        Aggregate<Fund> parent = funds.load(command.fundId().value());
        SubFundCommitmentReversed parentSide = parent.invoke(fund -> fund.reverseSubFund(command, clock));
        Aggregate<Fund> subFund = funds.load(command.subFundId().value());
        subFund.execute(fund -> fund.parentCommitmentReversed(parentSide, clock));
    }
}
