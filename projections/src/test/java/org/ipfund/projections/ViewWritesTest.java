package org.ipfund.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.ipfund.projections.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Held-back view writes, against PostgreSQL with the driver rewriting batches into multi-row INSERTs as the
 * service does: sent when the unit of work commits, in the order a dependent update needs, never when it rolls back.
 */
class ViewWritesTest {

    private static final String INSERT = "INSERT INTO fact_view (fact_id, amount) VALUES (?, ?) ON CONFLICT (fact_id) DO NOTHING";
    private static final String REVERSE = "UPDATE fact_view SET reversed = TRUE WHERE fact_id = ?";
    private static final EventRows LINES = new EventRows("fact_line", "event_id, line",
            "INSERT INTO fact_line (event_id, line, amount) VALUES (?, ?, ?)");

    private static Connection connection;
    private static JdbcTemplate jdbc;
    private ViewWrites writes;

    @BeforeAll
    static void tableOfItsOwn() throws Exception {
        TestDatabase database = TestDatabase.get();
        Properties rewriting = new Properties();
        rewriting.setProperty("user", database.user());
        rewriting.setProperty("password", database.password());
        rewriting.setProperty("reWriteBatchedInserts", "true");
        connection = DriverManager.getConnection(database.jdbcUrl(), rewriting);
        jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        String schema = "view_writes_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
        jdbc.execute("CREATE SCHEMA " + schema);
        jdbc.execute("SET search_path TO " + schema);
        jdbc.execute("CREATE TABLE fact_view (fact_id VARCHAR(20) PRIMARY KEY, amount INT NOT NULL CHECK (amount > 0),"
                + " reversed BOOLEAN NOT NULL DEFAULT FALSE)");
    }

    @AfterAll
    static void close() throws Exception {
        connection.close();
    }

    @BeforeEach
    void empty() {
        jdbc.execute("TRUNCATE fact_view");
        jdbc.execute("DROP TABLE IF EXISTS fact_line");
        jdbc.execute("CREATE TABLE fact_line (event_id VARCHAR(20), line INT, amount INT, PRIMARY KEY (event_id, line))");
        writes = new ViewWrites(jdbc);
    }

    @Test
    void holdsInsertsBackUntilTheUnitOfWorkCommitsThenSendsEveryRow() {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        writes.insert(INSERT, "a", 1);
        writes.insertAll(INSERT, List.of(new Object[] {"b", 2}, new Object[] {"c", 3}));
        assertThat(rows()).isZero();

        unitOfWork.commit();

        assertThat(rows()).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT sum(amount) FROM fact_view", Integer.class)).isEqualTo(6);
    }

    @Test
    void sendsWhatIsHeldBackBeforeAnUpdateThatDependsOnIt() {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        writes.insert(INSERT, "a", 1);
        writes.update(REVERSE, "a");
        writes.insert(INSERT, "b", 2);
        unitOfWork.commit();

        assertThat(jdbc.queryForList("SELECT fact_id FROM fact_view WHERE reversed", String.class)).containsExactly("a");
        assertThat(rows()).isEqualTo(2);
    }

    @Test
    void sendsNothingWhenTheUnitOfWorkRollsBack() {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        writes.insert(INSERT, "a", 1);
        unitOfWork.rollback();

        assertThat(rows()).isZero();
    }

    @Test
    void aRowTheDatabaseRefusesFailsTheCommitSoTheBatchIsHandledAgain() {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        writes.insert(INSERT, "a", 1);
        writes.insert(INSERT, "negative", -5);

        assertThatThrownBy(unitOfWork::commit).hasStackTraceContaining("fact_view_amount_check");
        assertThat(rows()).isZero();
    }

    @Test
    void writesAtOnceOutsideAUnitOfWork() {
        writes.insert(INSERT, "a", 1);
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void theRowsOfAnEventHandledAgainAreKeptOnceByTheirKey() {
        for (int handled = 0; handled < 2; handled++) {
            UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
            writes.insertAll(LINES, List.of(new Object[] {"e1", 1, 5}, new Object[] {"e1", 2, 7}));
            unitOfWork.commit();
        }

        assertThat(jdbc.queryForObject("SELECT count(*) || ' ' || sum(amount) FROM fact_line", String.class))
                .isEqualTo("2 12");
    }

    @Test
    void aFullRebuildWritesTheRowsOfEventsWithoutTheKeyItDropped() {
        jdbc.execute("ALTER TABLE fact_line DROP CONSTRAINT fact_line_pkey");
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        ViewWrites.keysDropped(unitOfWork);
        writes.insertAll(LINES, List.of(new Object[] {"e1", 1, 5}, new Object[] {"e1", 2, 7}));
        writes.insert(LINES, "e2", 1, 3);
        unitOfWork.commit();

        assertThat(jdbc.queryForObject("SELECT count(*) || ' ' || sum(amount) FROM fact_line", String.class))
                .isEqualTo("3 15");
    }

    @Test
    void withoutItsKeyATableOfEventRowsRefusesLiveWritesRatherThanHoldARowTwice() {
        jdbc.execute("ALTER TABLE fact_line DROP CONSTRAINT fact_line_pkey");
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        writes.insert(LINES, "e1", 1, 5);

        assertThatThrownBy(unitOfWork::commit).hasStackTraceContaining("ON CONFLICT");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM fact_line", Integer.class)).isZero();
    }

    @Test
    void anInsertOfEventRowsCarriesNoConflictClauseOfItsOwn() {
        assertThatThrownBy(() -> new EventRows("fact_line", "event_id, line",
                "INSERT INTO fact_line (event_id, line, amount) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("conflict clause");
        assertThatThrownBy(() -> new EventRows("fact_line", "event_id", "INSERT INTO fact_view (fact_id) VALUES (?)"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fact_line");
    }

    private static int rows() {
        return jdbc.queryForObject("SELECT count(*) FROM fact_view", Integer.class);
    }
}
