package org.ipfund.app.recording;

import org.ipfund.audit.evidence.EventProvenance;
import org.ipfund.audit.history.AuditMetadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.ipfund.domain.RecordedFact;
import org.ipfund.projections.store.StoredEventRow;
import org.springframework.stereotype.Component;

/**
 * Answers every command with the ids of the events it recorded and the events themselves (so that the caller can
 * tell the client the position of its write, and what the fund judged in recording it), stamps each event with its
 * business date for the audit trail, and has every event signed as stored ({@link EventProvenance}) in the
 * transaction that appends it.
 *
 * <p>Axon (4.13) stages a unit of work's events and appends them in a prepare-commit handler, which it registers
 * when the first event is published; this dispatch interceptor runs inside that handler, just before the append,
 * and registers a prepare-commit handler of its own on the same unit of work. Prepare-commit handlers run in the
 * order registered, and one added while they run runs after the others, so the signing handler reads the rows back
 * after the append and before the transaction commits. {@code ProvenanceEndToEndTest} fails if that changes.
 * An event published with no unit of work (never done by the service) is appended at once, and stays unsigned.
 */
@Component
public class RecordedEventCapture implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final String RECORDED = RecordedEventCapture.class.getName() + ".recorded";
    private static final String FACTS = RecordedEventCapture.class.getName() + ".facts";
    private static final String TO_SIGN = RecordedEventCapture.class.getName() + ".toSign";
    private static final String POSITIONS = RecordedEventCapture.class.getName() + ".positions";

    private final EventProvenance provenance;

    public RecordedEventCapture(EventStore eventStore, EventProvenance provenance) {
        this.provenance = provenance;
        eventStore.registerDispatchInterceptor(events -> (index, event) -> stamped(event));
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        List<String> recorded = new CopyOnWriteArrayList<>();
        List<Object> facts = new CopyOnWriteArrayList<>();
        unitOfWork.root().resources().put(RECORDED, recorded);
        unitOfWork.root().resources().put(FACTS, facts);
        Map<String, Long> positions = new ConcurrentHashMap<>();
        unitOfWork.root().resources().put(POSITIONS, positions);
        chain.proceed();
        return new RecordedEvents(Collections.unmodifiableList(recorded), Collections.unmodifiableList(facts),
                Collections.unmodifiableMap(positions));
    }

    /** The position of each fund's last event, as signed, for the command's caller. */
    private static void remember(UnitOfWork<?> unitOfWork, List<StoredEventRow> signed) {
        Map<String, Long> positions = unitOfWork.root().getResource(POSITIONS);
        if (positions != null) {
            signed.forEach(row -> positions.merge(row.aggregateId(), row.position(), Math::max));
        }
    }

    private EventMessage<?> stamped(EventMessage<?> event) {
        CurrentUnitOfWork.ifStarted(unitOfWork -> {
            List<String> recorded = unitOfWork.root().getResource(RECORDED);
            if (recorded != null) {
                recorded.add(event.getIdentifier());
                unitOfWork.root().<List<Object>>getResource(FACTS).add(event.getPayload());
            }
            List<String> toSign = unitOfWork.getOrComputeResource(TO_SIGN, key -> {
                List<String> ids = new ArrayList<>();
                unitOfWork.onPrepareCommit(appended -> remember(appended, provenance.signRecorded(ids)));
                return ids;
            });
            toSign.add(event.getIdentifier());
        });
        if (event.getPayload() instanceof RecordedFact fact) {
            LocalDate date = fact.businessDate();
            return event.andMetaData(Map.of(AuditMetadata.BUSINESS_DATE, date.toString()));
        }
        return event;
    }
}
