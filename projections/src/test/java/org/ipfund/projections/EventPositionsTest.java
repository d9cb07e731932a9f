package org.ipfund.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.ipfund.projections.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The position of an event, against an event table in PostgreSQL: right for the event that filled a gap
 * (whose gap-aware token carries a later index), during a replay, and past what was read ahead.
 */
class EventPositionsTest {

    private static Connection connection;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void eventTableOfItsOwn() throws Exception {
        connection = TestDatabase.get().newDataSource().getConnection();
        jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        String schema = "event_positions_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
        jdbc.execute("CREATE SCHEMA " + schema);
        jdbc.execute("SET search_path TO " + schema);
        jdbc.execute("CREATE TABLE domainevententry (globalindex BIGINT PRIMARY KEY, eventidentifier VARCHAR(255) UNIQUE)");
        for (long position = 1; position <= 3000; position++) {
            jdbc.update("INSERT INTO domainevententry VALUES (?, ?)", position, "event-" + position);
        }
    }

    @AfterAll
    static void close() throws Exception {
        connection.close();
    }

    @Test
    void readsThePositionOfAnEventThatFilledAGapFromTheStoreNotFromItsToken() {
        EventPositions positions = new EventPositions(jdbc);
        // 17 was handled first, leaving 16 as a gap; 16 then arrives with the token of 17, its gap removed
        GapAwareTrackingToken afterSeventeen = GapAwareTrackingToken.newInstance(17, Set.of(16L));
        assertThat(positions.of("event-17", afterSeventeen)).isEqualTo(17);
        assertThat(positions.of("event-16", afterSeventeen.advanceTo(16, 1000))).isEqualTo(16);
    }

    @Test
    void readsEveryPositionOfAReplayInOrderAndPastTheReadAhead() {
        EventPositions positions = new EventPositions(jdbc);
        GapAwareTrackingToken atReset = GapAwareTrackingToken.newInstance(3000, Set.of());
        GapAwareTrackingToken current = GapAwareTrackingToken.newInstance(0, Set.of());
        for (long position = 1; position <= 2500; position++) {
            current = current.advanceTo(position, 1000);
            ReplayToken replay = (ReplayToken) ReplayToken.createReplayToken(atReset, current);
            assertThat(positions.of("event-" + position, replay)).isEqualTo(position);
        }
    }

    @Test
    void readsAnEventBelowWhatWasReadAheadOnItsOwn() {
        EventPositions positions = new EventPositions(jdbc);
        for (long position : List.of(2900L, 5L, 2901L)) {
            assertThat(positions.of("event-" + position, GapAwareTrackingToken.newInstance(2950, Set.of())))
                    .isEqualTo(position);
        }
    }

    @Test
    void takesAPlainGlobalSequenceTokenAtItsWord() {
        assertThat(new EventPositions(jdbc).of("not-in-the-store", new GlobalSequenceTrackingToken(42))).isEqualTo(42);
    }
}
