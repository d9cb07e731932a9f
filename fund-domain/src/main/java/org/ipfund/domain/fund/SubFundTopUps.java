package org.ipfund.domain.fund;

import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;

/**
 * A top-up changes two funds: the parent judges it and pays it out, the sub-fund's parent commitment grows. Both are
 * loaded in the command's one unit of work, parent first (the order in which their writes are serialised), so both
 * sides are recorded together or neither is.
 */
public class SubFundTopUps {

    private final Repository<Fund> funds;
    private final Clock clock;

    public SubFundTopUps(Repository<Fund> funds, Clock clock) {
        this.funds = funds;
        this.clock = clock;
    }

    @CommandHandler
    public void handle(TopUpSubFund command) throws Exception {
        Aggregate<Fund> parent = funds.load(command.fundId().value());
        SubFundToppedUp parentSide = parent.invoke(fund -> fund.topUp(command, clock));
        Aggregate<Fund> subFund = funds.load(command.subFundId().value());
        subFund.execute(fund -> fund.receive(parentSide, clock));
    }
}
