package org.ipfund.projections.store;

import java.time.Instant;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;

/**
 * One event exactly as the store holds it: its place in the store ({@code position}) and in its aggregate's stream
 * ({@code sequence}), and every column as written, payload and metadata as the stored bytes. The evidence chains link
 * these bytes; readers that need the event itself upcast and deserialise them.
 */
public record StoredEventRow(long position, String eventId, String aggregateId, long sequence, String type,
                             String payloadType, String payloadRevision, byte[] payload, byte[] metadata,
                             String timestamp) {

    /** Axon writes the instant an event was recorded as an ISO UTC string. */
    public Instant recordedAt() {
        return Instant.parse(timestamp);
    }

    /** The row as Axon's own readers take it, so that it can be upcast and deserialised as the store reads it. */
    public TrackedDomainEventData<byte[]> asTrackedData() {
        return new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(position),
                new GenericDomainEventEntry<>(type, aggregateId, sequence, eventId, timestamp, payloadType,
                        payloadRevision, payload, metadata));
    }
}
