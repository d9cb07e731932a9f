package org.ipfund.domain.investor;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A party the service knows as an investor (LP): its name, the kind of money it brings and what kind of party it is.
 * A commitment that names it by id is judged against its source; it holds no money of its own here.
 */
public class Investor {

    @AggregateIdentifier
    private InvestorId id;

    protected Investor() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Investor(RegisterInvestor command, Clock clock) {
        apply(new InvestorRegistered(command.investorId(), command.name(), command.source(), command.kind(),
                command.unifiedSocialCreditCode(), LocalDate.now(clock)));
    }

    @EventSourcingHandler
    void on(InvestorRegistered event) {
        id = event.investorId();
    }
}
