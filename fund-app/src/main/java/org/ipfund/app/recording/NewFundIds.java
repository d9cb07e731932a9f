package org.ipfund.app.recording;

import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.ipfund.domain.fund.CreateSubFund;
import org.ipfund.domain.investor.RegisterInvestor;
import org.ipfund.projections.store.EventStoreTables;
import org.springframework.stereotype.Component;

/**
 * A sub-fund's id must not name a fund already recorded, nor a registered investor's id a fund or an investor (one
 * namespace: a commitment's investorId names either): a set-based check across aggregates, made before dispatch. The event store's unique key still guards the race; it just cannot say which id clashed,
 * because the parent's event comes first in that append.
 */
@Component
public class NewFundIds implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final EventStoreTables store;

    public NewFundIds(EventStoreTables store) {
        this.store = store;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            if (command.getPayload() instanceof CreateSubFund subFund && isRecorded(subFund.subFundId().value())) {
                throw new AggregateStreamCreationException(
                        "a fund with id '%s' is already recorded".formatted(subFund.subFundId()));
            }
            if (command.getPayload() instanceof RegisterInvestor investor && isRecorded(investor.investorId().value())) {
                throw new AggregateStreamCreationException(
                        "an investor or a fund with id '%s' is already recorded".formatted(investor.investorId()));
            }
            return command;
        };
    }

    private boolean isRecorded(String fundId) {
        return store.holdsAggregate(fundId);
    }
}
