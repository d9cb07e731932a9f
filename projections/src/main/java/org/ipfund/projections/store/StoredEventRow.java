package org.ipfund.projections.store;

import java.time.Instant;

/**
 * One event exactly as the store holds it: its place in the store ({@code position}) and in its aggregate's stream
 * ({@code sequence}), and every column as written, payload and metadata as the stored bytes. The evidence chains link
 * these bytes; readers that need the event itself upcast and deserialise them
 * ({@link EventStoreTables#trackedData}).
 */
public record StoredEventRow(long position, String eventId, String aggregateId, long sequence, String type,
                             String payloadType, String payloadRevision, byte[] payload, byte[] metadata,
                             String timestamp) {

    /** Axon writes the instant an event was recorded as an ISO UTC string. */
    public Instant recordedAt() {
        return Instant.parse(timestamp);
    }
}
