package org.ipfund.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.Serializer;
import org.ipfund.app.config.EventSerialization;
import org.ipfund.app.recording.AuditMetadata;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the event store itself, not a view built from it: the history page by page in the store's order, and a
 * fund rebuilt from its own events. The stored payloads are read back with the serializer that wrote them.
 */
@Component
public class EventHistory {

    private static final String COLUMNS = """
            SELECT globalindex, eventidentifier, aggregateidentifier, sequencenumber, payloadtype, payloadrevision,
                   payload, metadata, timestamp
            FROM domainevententry""";

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final ObjectMapper storedJson;

    public EventHistory(JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        // amounts are shown as stored: 3000000.00 must not come back as 3E+6
        this.storedJson = EventSerialization.storedMessageMapper()
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    }

    /**
     * Up to {@code limit} events after {@code afterPosition} (exclusive) in the store's order, of every fund or
     * only of {@code aggregateId}. A position is taken when an event is inserted but seen only once its transaction
     * commits, so a page read at the head while another fund's write is still committing may not yet show that
     * write's lower position; the settled order of the history is the event hash chain's to fix.
     */
    public EventHistoryPage page(String aggregateId, long afterPosition, int limit) {
        List<EventHistoryEntry> events = aggregateId == null
                ? jdbc.query(COLUMNS + " WHERE globalindex > ? ORDER BY globalindex LIMIT ?",
                        this::entry, afterPosition, limit)
                : jdbc.query(COLUMNS + " WHERE aggregateidentifier = ? AND globalindex > ? ORDER BY globalindex LIMIT ?",
                        this::entry, aggregateId, afterPosition, limit);
        return EventHistoryPage.of(events);
    }

    /**
     * Every event whose business date lies in {@code from}..{@code to} (inclusive), of every fund or of
     * {@code aggregateId}, in the store's order: what an export for that period holds.
     */
    public List<EventHistoryEntry> dated(String aggregateId, LocalDate from, LocalDate to) {
        String dated = " WHERE (convert_from(metadata, 'UTF8')::jsonb ->> 'businessDate') BETWEEN ? AND ?";
        return aggregateId == null
                ? jdbc.query(COLUMNS + dated + " ORDER BY globalindex", this::entry, from.toString(), to.toString())
                : jdbc.query(COLUMNS + dated + " AND aggregateidentifier = ? ORDER BY globalindex", this::entry,
                        from.toString(), to.toString(), aggregateId);
    }

    /**
     * The fund as of {@code asOf}, as the store knew it at {@code knownAt}; empty when the store had recorded no
     * such fund by then.
     */
    public Optional<FundStateView> fundState(String fundId, LocalDate asOf, Instant knownAt) {
        List<StoredEvent> stream = jdbc.query(COLUMNS + " WHERE aggregateidentifier = ? ORDER BY sequencenumber",
                this::storedEvent, fundId);
        return FundStateAsKnown.rebuild(stream, asOf, knownAt);
    }

    /** Whether the store holds any event of {@code aggregateId}, whenever recorded. */
    public boolean isRecorded(String aggregateId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM domainevententry WHERE aggregateidentifier = ?)", Boolean.class,
                aggregateId));
    }

    private EventHistoryEntry entry(ResultSet row, int rowNumber) throws SQLException {
        String payloadType = row.getString("payloadtype");
        JsonNode metadata = json(row.getBytes("metadata"));
        String businessDate = text(metadata, AuditMetadata.BUSINESS_DATE);
        return new EventHistoryEntry(row.getLong("globalindex"), row.getString("eventidentifier"),
                row.getString("aggregateidentifier"), row.getLong("sequencenumber"),
                payloadType.substring(payloadType.lastIndexOf('.') + 1), payloadType, json(row.getBytes("payload")),
                businessDate == null ? null : LocalDate.parse(businessDate), recordedAt(row),
                text(metadata, AuditMetadata.ACTOR), text(metadata, AuditMetadata.CORRELATION_ID),
                text(metadata, AuditMetadata.CAUSATION_ID));
    }

    private StoredEvent storedEvent(ResultSet row, int rowNumber) throws SQLException {
        // read without Axon's upcasters: no event has been revised yet; one that is must be upcast here too
        Object payload = serializer.deserialize(new SimpleSerializedObject<>(row.getBytes("payload"), byte[].class,
                row.getString("payloadtype"), row.getString("payloadrevision")));
        return new StoredEvent(row.getLong("globalindex"), row.getLong("sequencenumber"), recordedAt(row), payload);
    }

    /** Axon writes the instant an event was recorded as an ISO UTC string, to the millisecond. */
    private static Instant recordedAt(ResultSet row) throws SQLException {
        return DateTimeUtils.parseInstant(row.getString("timestamp"));
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

    private static String text(JsonNode metadata, String key) {
        JsonNode value = metadata.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }
}
