package org.ipfund.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Held-back view writes, against PostgreSQL with the driver rewriting batches into multi-row INSERTs as the
 * service does: sent when the unit of work commits, in the order a dependent update needs, never when it rolls back.
 */
class ViewWritesTest {

    private static final String INSERT = "INSERT INTO fact_view (fact_id, amount) VALUES (?, ?) ON CONFLICT (fact_id) DO NOTHING";
    private static final String REVERSE = "UPDATE fact_view SET reversed = TRUE WHERE fact_id = ?";
    private static final EventRows LINES = EventRows.of("fact_line", "event_id, line", "event_id, line, amount");

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

    @ParameterizedTest(name = "copied: {0}")
    @ValueSource(booleans = {true, false})
    void aFullRebuildWritesTheRowsOfEventsWithoutTheKeyItDropped(boolean copied) {
        jdbc.execute("ALTER TABLE fact_line DROP CONSTRAINT fact_line_pkey");
        // which statement wrote the rows: a trigger sees the statement the client sent
        jdbc.execute("CREATE TABLE IF NOT EXISTS fact_line_statement (statement TEXT)");
        jdbc.execute("TRUNCATE fact_line_statement");
        jdbc.execute("""
                CREATE OR REPLACE FUNCTION fact_line_statement() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN INSERT INTO fact_line_statement VALUES (split_part(current_query(), ' ', 1)); RETURN NULL; END $$""");
        jdbc.execute("CREATE TRIGGER fact_line_statement AFTER INSERT ON fact_line FOR EACH STATEMENT"
                + " EXECUTE FUNCTION fact_line_statement()");
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        ViewWrites.keysDropped(unitOfWork, copied);
        writes.insertAll(LINES, List.of(new Object[] {"e1", 1, 5}, new Object[] {"e1", 2, 7}));
        writes.insert(LINES, "e2", 1, 3);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM fact_line", Integer.class)).isZero();
        unitOfWork.commit();

        assertThat(jdbc.queryForObject("SELECT count(*) || ' ' || sum(amount) FROM fact_line", String.class))
                .isEqualTo("3 15");
        assertThat(jdbc.queryForList("SELECT DISTINCT statement FROM fact_line_statement", String.class))
                .containsExactly(copied ? "COPY" : "INSERT");
    }

    @Test
    void copiedRowsReadBackAsTheValuesTheyWere() {
        jdbc.execute("DROP TABLE IF EXISTS fact_copy");
        jdbc.execute("CREATE TABLE fact_copy (event_id VARCHAR(255), line INT, position BIGINT, name TEXT,"
                + " amount NUMERIC, business_date DATE, currency CHAR(3))");
        EventRows copies = EventRows.of("fact_copy", "event_id, line",
                "event_id, line, position, name, amount, business_date, currency");
        List<Object[]> rows = List.of(
                new Object[] {"e1", 1, 9_007_199_254_740_993L, "Xiamen \"IP\", Co.\nline two\\ \t 厦门 𠀋"
                        + "𠀋".repeat(40_000),
                        new BigDecimal("5000000.00"), LocalDate.of(2021, 1, 4), "CNY"},
                new Object[] {"e1", 2, 2L, "", new BigDecimal("-0.000001"), LocalDate.of(1, 1, 1), "USD"},
                new Object[] {"e2", 1, 3L, null, new BigDecimal("1E+3"), LocalDate.of(9999, 12, 31), null},
                new Object[] {"e3", 1, 4L, "\\N", new BigDecimal("0"), LocalDate.of(2024, 2, 29), "X\"Y"});
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        ViewWrites.keysDropped(unitOfWork, true);
        writes.insertAll(copies, rows);
        unitOfWork.commit();

        List<Object[]> read = jdbc.query("SELECT * FROM fact_copy ORDER BY event_id, line", (rs, row) -> new Object[] {
                rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getString(4), rs.getBigDecimal(5),
                rs.getObject(6, LocalDate.class), rs.getString(7)});
        assertThat(read).hasSize(rows.size());
        for (int row = 0; row < rows.size(); row++) {
            Object[] expected = rows.get(row).clone();
            expected[4] = ((BigDecimal) expected[4]).toPlainString();
            Object[] actual = read.get(row).clone();
            actual[4] = ((BigDecimal) actual[4]).toPlainString();
            assertThat(actual).as("row " + row).containsExactly(expected);
        }
    }

    @Test
    void aValueOfAnotherKindIsNotCopiedAndNothingIsWritten() {
        jdbc.execute("ALTER TABLE fact_line DROP CONSTRAINT fact_line_pkey");
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        ViewWrites.keysDropped(unitOfWork, true);
        writes.insert(LINES, "e1", 1, 5);
        writes.insert(LINES, "e1", 2, 7.5);

        assertThatThrownBy(unitOfWork::commit).hasStackTraceContaining("java.lang.Double is not copied");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM fact_line", Integer.class)).isZero();
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
    void theRowsOfEventsNameTheirKeyAmongTheirColumnsInPlainNames() {
        assertThatThrownBy(() -> EventRows.of("fact_line", "event_id, line", "event_id, amount"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the key");
        assertThatThrownBy(() -> EventRows.of("fact_line; DROP TABLE x", "event_id", "event_id"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plain lower-case names");
        assertThat(LINES.onceEach()).isEqualTo(
                "INSERT INTO fact_line (event_id, line, amount) VALUES (?, ?, ?) ON CONFLICT (event_id, line) DO NOTHING");
        assertThat(LINES.copy()).isEqualTo("COPY fact_line (event_id, line, amount) FROM STDIN (FORMAT csv)");
    }

    private static int rows() {
        return jdbc.queryForObject("SELECT count(*) FROM fact_view", Integer.class);
    }
}
