package org.ipfund.projections.store;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one seam to Axon's own storage: the only class of the service that names Axon's tables (the event store's
 * {@code domainevententry} and the token store's {@code tokenentry}, created by the {@code event-store}
 * migrations). Everything that reads positions, sequence numbers, tokens or raw event rows asks here, so a change of
 * Axon's schema (or of how its JDBC engine names tables) is one class to change; {@code EventStoreTablesTest} fails
 * when Axon's table factory no longer matches what is read here. It only reads: Axon alone writes these tables.
 */
@Component
public class EventStoreTables {

    private static final String EVENTS = "domainevententry";
    private static final String TOKENS = "tokenentry";
    private static final String ROW_COLUMNS = """
            globalindex, eventidentifier, aggregateidentifier, sequencenumber, type, payloadtype, payloadrevision,
            payload, metadata, timestamp""";
    private static final String ROWS = "SELECT " + ROW_COLUMNS + " FROM " + EVENTS;
    private static final Pattern TABLE_NAME = Pattern.compile("[a-z_]{1,63}");

    private final JdbcTemplate jdbc;

    public EventStoreTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The highest position in the store, or -1 when it holds no event. */
    public long head() {
        Long head = jdbc.queryForObject("SELECT max(globalindex) FROM " + EVENTS, Long.class);
        return head == null ? -1 : head;
    }

    /** How many events the store holds. */
    public long count() {
        return jdbc.queryForObject("SELECT count(*) FROM " + EVENTS, Long.class);
    }

    /** When the first event after {@code position} was recorded; empty when there is none. */
    public Optional<Instant> recordedAtOfFirstAfter(long position) {
        List<String> oldest = jdbc.queryForList(
                "SELECT timestamp FROM " + EVENTS + " WHERE globalindex > ? ORDER BY globalindex LIMIT 1",
                String.class, position);
        return oldest.stream().findFirst().map(Instant::parse);
    }

    /** The highest position among the given events, for each aggregate (fund) they belong to. */
    public Map<String, Long> lastPositionByAggregate(Collection<String> eventIds) {
        Map<String, Long> positions = new HashMap<>();
        if (eventIds.isEmpty()) {
            return positions;
        }
        jdbc.execute((java.sql.Connection connection) -> {
            Array ids = eventIdArray(connection, eventIds);
            try (var statement = connection.prepareStatement("SELECT aggregateidentifier, max(globalindex) FROM "
                    + EVENTS + " WHERE eventidentifier = ANY (?) GROUP BY aggregateidentifier")) {
                statement.setArray(1, ids);
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        positions.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
            return null;
        });
        return positions;
    }

    /** The position of one event; empty when the store does not hold it. */
    public Optional<Long> positionOf(String eventId) {
        return jdbc.queryForList("SELECT globalindex FROM " + EVENTS + " WHERE eventidentifier = ?", Long.class,
                eventId).stream().findFirst();
    }

    /** The position of every event stored after {@code after}, up to and including {@code upTo}, by event id. */
    public Map<String, Long> positionsBetween(long after, long upTo) {
        Map<String, Long> positions = new HashMap<>();
        jdbc.query("SELECT eventidentifier, globalindex FROM " + EVENTS + " WHERE globalindex > ? AND globalindex <= ?",
                (ResultSet rs) -> {
                    positions.put(rs.getString(1), rs.getLong(2));
                }, after, upTo);
        return positions;
    }

    /** Whether the store holds any event of {@code aggregateId}, whenever recorded. */
    public boolean holdsAggregate(String aggregateId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM " + EVENTS + " WHERE aggregateidentifier = ?)", Boolean.class,
                aggregateId));
    }

    /** The stored tokens of one event processor, a row per segment it claimed. */
    public List<StoredToken> tokensOf(String processorName) {
        return jdbc.query("SELECT segment, token, tokentype FROM " + TOKENS + " WHERE processorname = ?",
                (rs, row) -> new StoredToken(rs.getInt("segment"), rs.getBytes("token"), rs.getString("tokentype")),
                processorName);
    }

    /** How many segments each event processor has, by processor name. */
    public Map<String, Integer> segmentsByProcessor() {
        Map<String, Integer> segments = new HashMap<>();
        jdbc.query("SELECT processorname, count(*) FROM " + TOKENS + " GROUP BY processorname",
                (ResultSet rs) -> {
                    segments.put(rs.getString(1), rs.getInt(2));
                });
        return segments;
    }

    /** Up to {@code limit} events after {@code position}, in the store's order. */
    public List<StoredEventRow> rowsAfter(long position, int limit) {
        return jdbc.query(ROWS + " WHERE globalindex > ? ORDER BY globalindex LIMIT ?", EventStoreTables::row,
                position, limit);
    }

    /** Up to {@code limit} events of one aggregate after {@code position}, in the store's order. */
    public List<StoredEventRow> rowsAfter(String aggregateId, long position, int limit) {
        return jdbc.query(ROWS + " WHERE aggregateidentifier = ? AND globalindex > ? ORDER BY globalindex LIMIT ?",
                EventStoreTables::row, aggregateId, position, limit);
    }

    /** The given events as stored, in the store's order; an id the store does not hold is left out. */
    public List<StoredEventRow> rowsWithIds(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return jdbc.execute((java.sql.Connection connection) -> {
            Array ids = eventIdArray(connection, eventIds);
            try (var statement = connection.prepareStatement(
                    ROWS + " WHERE eventidentifier = ANY (?) ORDER BY globalindex")) {
                statement.setArray(1, ids);
                try (var rows = statement.executeQuery()) {
                    List<StoredEventRow> found = new java.util.ArrayList<>();
                    while (rows.next()) {
                        found.add(row(rows, 0));
                    }
                    return found;
                }
            }
        });
    }

    /**
     * Up to {@code limit} events after {@code position}, in the store's order, each beside its signature in
     * {@code signatureTable} (columns {@code event_id}, {@code key_id}, {@code algorithm}, {@code signature}).
     */
    public List<SignedRow> signedRowsAfter(long position, int limit, String signatureTable) {
        return jdbc.query(signedRows(signatureTable) + " WHERE e.globalindex > ? ORDER BY e.globalindex LIMIT ?",
                EventStoreTables::signedRow, position, limit);
    }

    /**
     * Event ids as a {@code text[]} for {@code eventidentifier = ANY (?)}. Not {@code varchar[]}: PostgreSQL compares
     * a varchar column with text, so a varchar array is cast for the comparison, and a cast array is never hashed.
     * Where the planner then scans the table (thousands of ids: the evidence chain's batches, signing copied events),
     * every row was compared with every id in turn: 37,000 ids against 267,000 events took minutes, not a second.
     */
    private static Array eventIdArray(java.sql.Connection connection, Collection<String> eventIds)
            throws java.sql.SQLException {
        return connection.createArrayOf("text", eventIds.toArray());
    }

    /** The given events, each beside its signature in {@code signatureTable}, in the store's order. */
    public List<SignedRow> signedRowsWithIds(Collection<String> eventIds, String signatureTable) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        String query = signedRows(signatureTable) + " WHERE e.eventidentifier = ANY (?) ORDER BY e.globalindex";
        return jdbc.execute((java.sql.Connection connection) -> {
            Array ids = eventIdArray(connection, eventIds);
            try (var statement = connection.prepareStatement(query)) {
                statement.setArray(1, ids);
                try (var rows = statement.executeQuery()) {
                    List<SignedRow> found = new java.util.ArrayList<>();
                    while (rows.next()) {
                        found.add(signedRow(rows, 0));
                    }
                    return found;
                }
            }
        });
    }

    /** Every event after {@code position}, beside its signature, in the store's order, one at a time. */
    public void forEachSignedRowAfter(long position, String signatureTable, Consumer<SignedRow> handler) {
        jdbc.query(signedRows(signatureTable) + " WHERE e.globalindex > ? ORDER BY e.globalindex",
                (ResultSet rs) -> {
                    handler.accept(signedRow(rs, 0));
                }, position);
    }

    /** Every event up to and including {@code position}, beside its signature, in the store's order. */
    public void forEachSignedRowUpTo(long position, String signatureTable, Consumer<SignedRow> handler) {
        jdbc.query(signedRows(signatureTable) + " WHERE e.globalindex <= ? ORDER BY e.globalindex",
                (ResultSet rs) -> {
                    handler.accept(signedRow(rs, 0));
                }, position);
    }

    private static String signedRows(String signatureTable) {
        requireTableName(signatureTable);
        return "SELECT e.*, s.key_id AS signature_key_id, s.algorithm AS signature_algorithm,"
                + " s.signature AS signature_value FROM " + EVENTS + " e LEFT JOIN " + signatureTable
                + " s ON s.event_id = e.eventidentifier";
    }

    /** Every event up to and including {@code position}, in the store's order, one at a time. */
    public void forEachRowUpTo(long position, Consumer<StoredEventRow> handler) {
        jdbc.query(ROWS + " WHERE globalindex <= ? ORDER BY globalindex",
                (ResultSet rs) -> {
                    handler.accept(row(rs, 0));
                }, position);
    }

    /** One aggregate's stream, in the order of its sequence numbers. */
    public List<StoredEventRow> streamOf(String aggregateId) {
        return jdbc.query(ROWS + " WHERE aggregateidentifier = ? ORDER BY sequencenumber", EventStoreTables::row,
                aggregateId);
    }

    /** The events of one aggregate's stream whose stored payload type is one of {@code payloadTypes}, in order. */
    public List<StoredEventRow> streamOf(String aggregateId, Collection<String> payloadTypes) {
        return jdbc.query(ROWS + " WHERE aggregateidentifier = ? AND payloadtype = ANY (?) ORDER BY sequencenumber",
                EventStoreTables::row, aggregateId, payloadTypes.toArray(String[]::new));
    }

    /** The first event of one aggregate's stream; empty when the store holds none. */
    public Optional<StoredEventRow> firstOf(String aggregateId) {
        return jdbc.query(ROWS + " WHERE aggregateidentifier = ? ORDER BY sequencenumber LIMIT 1",
                EventStoreTables::row, aggregateId).stream().findFirst();
    }

    /**
     * Every event whose business date (the {@code businessDate} the service writes into each event's metadata) lies
     * in {@code from}..{@code to}, of every aggregate or of {@code aggregateId}, in the store's order.
     */
    public List<StoredEventRow> rowsDated(String aggregateId, String metadataKey, LocalDate from, LocalDate to) {
        String dated = " WHERE (convert_from(metadata, 'UTF8')::jsonb ->> ?) BETWEEN ? AND ?";
        return aggregateId == null
                ? jdbc.query(ROWS + dated + " ORDER BY globalindex", EventStoreTables::row, metadataKey,
                        from.toString(), to.toString())
                : jdbc.query(ROWS + dated + " AND aggregateidentifier = ? ORDER BY globalindex", EventStoreTables::row,
                        metadataKey, from.toString(), to.toString(), aggregateId);
    }

    /**
     * Walks the events up to {@code upTo} side by side with a table of links keyed by event position (an evidence
     * chain: columns {@code position}, {@code event_id}, {@code hash}), in position order; a position held by only
     * one side comes with the other side empty, so a deleted event or an unlinked one is seen where it sits.
     */
    public void besideLinks(long upTo, String linkTable, Consumer<LinkedRow> handler) {
        besideLinks(upTo, linkTable, ROWS + " WHERE globalindex <= ?", false, handler);
    }

    /** As {@link #besideLinks(long, String, Consumer)}, each event beside its signature in {@code signatureTable}. */
    public void besideLinks(long upTo, String linkTable, String signatureTable, Consumer<LinkedRow> handler) {
        besideLinks(upTo, linkTable, signedRows(signatureTable) + " WHERE e.globalindex <= ?", true, handler);
    }

    private void besideLinks(long upTo, String linkTable, String events, boolean signed, Consumer<LinkedRow> handler) {
        requireTableName(linkTable);
        jdbc.query("SELECT c.position AS linked, c.event_id AS linked_event, c.hash AS linked_hash, e.* FROM"
                        + " (" + events + ") e"
                        + " FULL OUTER JOIN " + linkTable + " c ON c.position = e.globalindex"
                        + " ORDER BY COALESCE(c.position, e.globalindex)",
                (ResultSet rs) -> {
                    long linked = rs.getLong("linked");
                    Long linkedPosition = rs.wasNull() ? null : linked;
                    rs.getLong("globalindex");
                    StoredEventRow event = rs.wasNull() ? null : row(rs, 0);
                    String hash = rs.getString("linked_hash");
                    handler.accept(new LinkedRow(linkedPosition, rs.getString("linked_event"),
                            hash == null ? null : hash.trim(), event, event == null || !signed ? null : signature(rs)));
                }, upTo);
    }

    /**
     * A link ({@code linkedPosition}, {@code linkedEventId}, {@code linkedHash}) beside the event at its position
     * and the event's signature (null when it has none).
     */
    public record LinkedRow(Long linkedPosition, String linkedEventId, String linkedHash, StoredEventRow event,
                            StoredSignature signature) {
    }

    private static void requireTableName(String table) {
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
    }

    private static SignedRow signedRow(ResultSet rs, int row) throws SQLException {
        return new SignedRow(row(rs, row), signature(rs));
    }

    private static StoredSignature signature(ResultSet rs) throws SQLException {
        String value = rs.getString("signature_value");
        return value == null ? null
                : new StoredSignature(rs.getString("signature_key_id"), rs.getString("signature_algorithm"), value);
    }

    private static StoredEventRow row(ResultSet rs, int row) throws SQLException {
        return new StoredEventRow(rs.getLong("globalindex"), rs.getString("eventidentifier"),
                rs.getString("aggregateidentifier"), rs.getLong("sequencenumber"), rs.getString("type"),
                rs.getString("payloadtype"), rs.getString("payloadrevision"), rs.getBytes("payload"),
                rs.getBytes("metadata"), rs.getString("timestamp"));
    }

    /** A row as Axon's own readers take it, so that it can be upcast and deserialised as the store reads it. */
    public static TrackedDomainEventData<byte[]> trackedData(StoredEventRow row) {
        return new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(row.position()),
                new GenericDomainEventEntry<>(row.type(), row.aggregateId(), row.sequence(), row.eventId(),
                        row.timestamp(), row.payloadType(), row.payloadRevision(), row.payload(), row.metadata()));
    }
}
