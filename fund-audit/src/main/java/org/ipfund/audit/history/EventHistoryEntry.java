package org.ipfund.audit.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One recorded event as the auditors read it: where it stands in the store ({@code position}) and in its fund's
 * stream ({@code sequence}); what it says ({@code type}, the simple name of {@code payloadType}, and the stored
 * {@code payload}); the business date it takes effect; when it was recorded; who recorded it; the request it
 * belongs to ({@code correlationId}) and the command that caused it ({@code causationId}).
 */
public record EventHistoryEntry(long position, String eventId, String aggregateId, long sequence, String type,
                                String payloadType, JsonNode payload, LocalDate businessDate, Instant recordedAt,
                                String actor, String correlationId, String causationId) {
}
