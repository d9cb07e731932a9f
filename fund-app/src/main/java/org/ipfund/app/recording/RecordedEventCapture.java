package org.ipfund.app.recording;

import org.ipfund.audit.history.AuditMetadata;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.ipfund.domain.RecordedFact;
import org.springframework.stereotype.Component;

/**
 * Answers every command with the ids of the events it recorded (so that the caller can tell the client
 * the position of its write), and stamps each event with its business date for the audit trail.
 */
@Component
public class RecordedEventCapture implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final String RECORDED = RecordedEventCapture.class.getName() + ".recorded";

    public RecordedEventCapture(EventStore eventStore) {
        eventStore.registerDispatchInterceptor(events -> (index, event) -> stamped(event));
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        List<String> recorded = new CopyOnWriteArrayList<>();
        unitOfWork.root().resources().put(RECORDED, recorded);
        chain.proceed();
        return new RecordedEvents(Collections.unmodifiableList(recorded));
    }

    private static EventMessage<?> stamped(EventMessage<?> event) {
        CurrentUnitOfWork.ifStarted(unitOfWork -> {
            List<String> recorded = unitOfWork.root().getResource(RECORDED);
            if (recorded != null) {
                recorded.add(event.getIdentifier());
            }
        });
        if (event.getPayload() instanceof RecordedFact fact) {
            LocalDate date = fact.businessDate();
            return event.andMetaData(Map.of(AuditMetadata.BUSINESS_DATE, date.toString()));
        }
        return event;
    }
}
