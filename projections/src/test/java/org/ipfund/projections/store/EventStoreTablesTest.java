package org.ipfund.projections.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.flywaydb.core.Flyway;
import org.ipfund.projections.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The seam reads what Axon 4.13's own JDBC storage engine and token store write, on the schema our
 * {@code event-store} migration creates: if Axon renames a table or a column, or stores a row differently, this
 * fails before any view or audit reads a wrong position.
 */
class EventStoreTablesTest {

    private static final Serializer JSON = JacksonSerializer.defaultSerializer();
    private static JdbcTemplate jdbc;
    private static EventStoreTables store;
    private static JdbcEventStorageEngine engine;

    @BeforeAll
    static void axonsOwnStorageOnOurSchema() {
        DataSource dataSource = TestDatabase.fresh().newDataSource();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/event-store").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        store = new EventStoreTables(jdbc);
        ConnectionProvider connections = () -> DataSourceUtils.getConnection(dataSource);
        engine = JdbcEventStorageEngine.builder().connectionProvider(connections)
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(JSON).snapshotSerializer(JSON).build();
        engine.appendEvents(
                event("fund-a", 0, "launched"), event("fund-a", 1, "committed"), event("fund-b", 0, "launched"));
        JdbcTokenStore tokens = JdbcTokenStore.builder().connectionProvider(connections).serializer(JSON).build();
        tokens.initializeTokenSegments("capital-position", 2, new GlobalSequenceTrackingToken(2));
    }

    private static GenericDomainEventMessage<String> event(String fund, long sequence, String payload) {
        return new GenericDomainEventMessage<>("Fund", fund, sequence, payload,
                MetaData.with("businessDate", "2017-03-0" + (sequence + 1)));
    }

    @Test
    void readsPositionsSequencesAndRowsAsAxonStoredThem() {
        assertThat(store.head()).isEqualTo(3);
        List<StoredEventRow> rows = store.rowsAfter(0, 10);
        assertThat(rows).extracting(StoredEventRow::position).containsExactly(1L, 2L, 3L);
        assertThat(rows).extracting(StoredEventRow::aggregateId).containsExactly("fund-a", "fund-a", "fund-b");
        assertThat(new String(rows.get(1).payload(), StandardCharsets.UTF_8)).isEqualTo("\"committed\"");
        assertThat(rows.get(1).recordedAt()).isBefore(Instant.now().plusSeconds(1));
        assertThat(store.positionOf(rows.get(1).eventId())).contains(2L);
        assertThat(store.lastPositionByAggregate(List.of(rows.get(0).eventId(), rows.get(1).eventId(),
                rows.get(2).eventId()))).isEqualTo(Map.of("fund-a", 2L, "fund-b", 3L));
        assertThat(store.lastPositionByAggregate(List.of("never-recorded"))).isEmpty();
        assertThat(store.positionsBetween(1, 3)).containsOnlyKeys(rows.get(1).eventId(), rows.get(2).eventId());
        assertThat(store.streamOf("fund-a")).extracting(StoredEventRow::sequence).containsExactly(0L, 1L);
        assertThat(store.streamOf("fund-a", List.of("java.lang.String"))).extracting(StoredEventRow::sequence)
                .containsExactly(0L, 1L);
        assertThat(store.streamOf("fund-a", List.of("org.example.Other"))).isEmpty();
        assertThat(store.firstOf("fund-a")).map(StoredEventRow::sequence).contains(0L);
        assertThat(store.firstOf("fund-c")).isEmpty();
        assertThat(store.rowsAfter("fund-b", 0, 10)).hasSize(1);
        assertThat(store.holdsAggregate("fund-b")).isTrue();
        assertThat(store.holdsAggregate("fund-c")).isFalse();
        assertThat(store.recordedAtOfFirstAfter(3)).isEmpty();
        assertThat(store.rowsDated("fund-a", "businessDate", LocalDate.parse("2017-03-02"),
                LocalDate.parse("2017-03-31"))).extracting(StoredEventRow::sequence).containsExactly(1L);
    }

    @Test
    void readsTheTokensAxonsTokenStoreKeeps() {
        assertThat(store.segmentsByProcessor()).isEqualTo(Map.of("capital-position", 2));
        assertThat(store.tokensOf("capital-position")).extracting(StoredToken::segment).containsExactlyInAnyOrder(0, 1);
        StoredToken first = store.tokensOf("capital-position").get(0);
        assertThat((Object) JSON.deserialize(new org.axonframework.serialization.SimpleSerializedObject<>(
                first.token(), byte[].class, first.tokenType(), null))).isEqualTo(new GlobalSequenceTrackingToken(2));
    }

    @Test
    void walksEventsBesideALinkTableAndShowsWhatEitherSideLacks() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS test_links (position BIGINT PRIMARY KEY, event_id VARCHAR(255), hash CHAR(8))");
        jdbc.update("DELETE FROM test_links");
        jdbc.update("INSERT INTO test_links VALUES (1, 'x', 'h1'), (4, 'y', 'h4')");
        List<EventStoreTables.LinkedRow> walked = new java.util.ArrayList<>();
        store.besideLinks(3, "test_links", walked::add);
        assertThat(walked).extracting(EventStoreTables.LinkedRow::linkedPosition).containsExactly(1L, null, null, 4L);
        assertThat(walked.get(0).linkedHash()).isEqualTo("h1");
        assertThat(walked.get(0).event().position()).isEqualTo(1);
        assertThat(walked.get(3).event()).isNull();
    }
}
