package org.ipfund.audit.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.ipfund.domain.fund.SubFundCommitted;
import org.ipfund.domain.fund.SubFundLaunched;
import org.ipfund.projections.store.EventStoreTables;
import org.ipfund.projections.store.StoredEventRow;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Reads the event store itself, not a view built from it: the history page by page in the store's order, and a
 * fund rebuilt from its own events. Events are read through the store's upcasters ({@link StoredEventUpcasting}), so
 * an old revision reads as the event it became; an export, which an auditor checks against the chains, keeps the
 * bytes as stored.
 */
@Component
public class EventHistory {

    private final EventStoreTables store;
    private final Serializer serializer;
    private final StoredEventUpcasting upcasting;
    private final ObjectMapper storedJson = StoredMessageJson.mapper();

    public EventHistory(EventStoreTables store, @Qualifier("eventSerializer") Serializer serializer,
                        StoredEventUpcasting upcasting) {
        this.store = store;
        this.serializer = serializer;
        this.upcasting = upcasting;
    }

    /**
     * Up to {@code limit} events after {@code afterPosition} (exclusive) in the store's order, of every fund or only
     * of {@code aggregateId}, each as its upcasters make it. A position is taken when an event is inserted but seen
     * only once its transaction commits, so a page read at the head while another fund's write is still committing
     * may not yet show that write's lower position; the settled order of the history is the event hash chain's to fix.
     */
    public EventHistoryPage page(String aggregateId, long afterPosition, int limit) {
        List<StoredEventRow> rows = aggregateId == null
                ? store.rowsAfter(afterPosition, limit)
                : store.rowsAfter(aggregateId, afterPosition, limit);
        return EventHistoryPage.of(upcastEntries(rows));
    }

    /**
     * Every event whose business date lies in {@code from}..{@code to} (inclusive), of every fund or of
     * {@code aggregateId}, in the store's order and as stored: what an export for that period holds.
     */
    public List<EventHistoryEntry> dated(String aggregateId, LocalDate from, LocalDate to) {
        return store.rowsDated(aggregateId, AuditMetadata.BUSINESS_DATE, from, to).stream()
                .map(this::entryAsStored)
                .toList();
    }

    /**
     * The fund as of {@code asOf}, as the store knew it at {@code knownAt}; empty when the store had recorded no
     * such fund by then. A sub-fund's parent is read for its rules, a parent's sub-funds whole: what the parent paid
     * into them and got back, and what its stake is worth (its share of the sub-fund's NAV).
     */
    public Optional<FundStateView> fundState(String fundId, LocalDate asOf, Instant knownAt) {
        List<FundStreamEvent> stream = fundStream(fundId);
        List<FundStreamEvent> parentStream = stream.stream()
                .map(FundStreamEvent::payload)
                .filter(SubFundLaunched.class::isInstance)
                .map(launched -> fundStream(((SubFundLaunched) launched).parentFundId().value()))
                .findFirst()
                .orElse(List.of());
        Map<String, List<FundStreamEvent>> subFundStreams = new HashMap<>();
        stream.stream().map(FundStreamEvent::payload).filter(SubFundCommitted.class::isInstance)
                .map(committed -> ((SubFundCommitted) committed).subFundId().value()).distinct()
                .forEach(subFundId -> subFundStreams.put(subFundId, fundStream(subFundId)));
        return FundStateAsKnown.rebuild(stream, parentStream, subFundStreams, asOf, knownAt);
    }

    /** One fund's events in the order of its stream, upcast and read back into the domain's event records. */
    public List<FundStreamEvent> fundStream(String fundId) {
        return upcastAndRead(store.streamOf(fundId));
    }

    /**
     * The events of one stream of the given types only (as stored: a type an upcaster renames is asked for by its old
     * name too), upcast and read back: what a check before a command needs, without reading the whole stream.
     */
    public List<FundStreamEvent> fundStream(String fundId, Collection<Class<?>> types) {
        List<String> names = types.stream().map(Class::getName).toList();
        return upcastAndRead(store.streamOf(fundId, names));
    }

    /** The first fact of a stream (a fund's launch, an investor's registration), upcast and read back; or empty. */
    public Optional<Object> firstFact(String aggregateId) {
        return store.firstOf(aggregateId).map(row -> upcastAndRead(List.of(row)))
                .flatMap(read -> read.stream().findFirst()).map(FundStreamEvent::payload);
    }

    private List<FundStreamEvent> upcastAndRead(List<StoredEventRow> rows) {
        return messages(rows).map(EventHistory::streamEvent).toList();
    }

    /** The rows upcast and deserialised as the store reads them: every read of events as facts goes through here. */
    private Stream<TrackedEventMessage<?>> messages(List<StoredEventRow> rows) {
        return EventUtils.upcastAndDeserializeTrackedEvents(rows.stream().map(EventStoreTables::trackedData),
                serializer, upcasting.chain());
    }

    /** Each event's payload, upcast and read back into the domain's records, by event id. */
    public Map<String, Object> payloadsById(List<StoredEventRow> rows) {
        Map<String, Object> payloads = new HashMap<>();
        messages(rows).forEach(message -> payloads.put(message.getIdentifier(), message.getPayload()));
        return payloads;
    }

    /** Whether the store holds any event of {@code aggregateId}, whenever recorded. */
    public boolean isRecorded(String aggregateId) {
        return store.holdsAggregate(aggregateId);
    }

    private List<EventHistoryEntry> upcastEntries(List<StoredEventRow> rows) {
        Stream<IntermediateEventRepresentation> initial = rows.stream()
                .map(row -> new InitialEventRepresentation(EventStoreTables.trackedData(row), serializer));
        return upcasting.chain().upcast(initial).map(this::upcastEntry).toList();
    }

    private EventHistoryEntry upcastEntry(IntermediateEventRepresentation event) {
        Map<String, ?> metadata = event.getMetaData().getObject();
        String payloadType = event.getType().getName();
        return new EventHistoryEntry(position(event.getTrackingToken().orElseThrow()), event.getMessageIdentifier(),
                event.getAggregateIdentifier().orElse(null), event.getSequenceNumber().orElse(-1L),
                simpleName(payloadType), payloadType, json(event.getData(byte[].class).getData()),
                date(text(metadata.get(AuditMetadata.BUSINESS_DATE))), event.getTimestamp(),
                text(metadata.get(AuditMetadata.ACTOR)), text(metadata.get(AuditMetadata.CORRELATION_ID)),
                text(metadata.get(AuditMetadata.CAUSATION_ID)));
    }

    private EventHistoryEntry entryAsStored(StoredEventRow row) {
        JsonNode metadata = json(row.metadata());
        return new EventHistoryEntry(row.position(), row.eventId(), row.aggregateId(), row.sequence(),
                simpleName(row.payloadType()), row.payloadType(), json(row.payload()),
                date(text(metadata.get(AuditMetadata.BUSINESS_DATE))), row.recordedAt(),
                text(metadata.get(AuditMetadata.ACTOR)), text(metadata.get(AuditMetadata.CORRELATION_ID)),
                text(metadata.get(AuditMetadata.CAUSATION_ID)));
    }

    private static FundStreamEvent streamEvent(TrackedEventMessage<?> message) {
        long sequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : -1;
        return new FundStreamEvent(position(message.trackingToken()), sequence, message.getTimestamp(),
                message.getPayload());
    }

    private static long position(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("the token has no position: " + token));
    }

    private static String simpleName(String payloadType) {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }

    private JsonNode json(byte[] stored) {
        if (stored == null) {
            return storedJson.nullNode();
        }
        try {
            return storedJson.readTree(stored);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static String text(Object value) {
        if (value instanceof JsonNode node) {
            return node.isNull() ? null : node.asText();
        }
        return value == null ? null : value.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
