package org.ipfund.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.ipfund.projections.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A full rebuild's indexes (the secondary ones, and the keys of tables of event rows): dropped and recorded at once,
 * and created again, even by a later start; a key that cannot be created again stays recorded, and says why.
 */
class DeferredIndexesTest {

    private JdbcTemplate jdbc;

    @BeforeEach
    void viewTables() {
        DataSource dataSource = TestDatabase.fresh().newDataSource();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/projections").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
    }

    @Test
    void dropsOnlyTheNonUniqueIndexesAndCreatesThemAgainAsTheyWere() {
        List<String> before = indexes("capital_movement");
        assertThat(before).contains("capital_movement_pkey", "capital_movement_by_fund_and_date");

        int dropped = new DeferredIndexes(jdbc).drop(List.of("capital_movement", "ledger_entry"), List.of());

        assertThat(indexes("capital_movement")).containsExactly("capital_movement_pkey");
        assertThat(indexes("ledger_entry")).containsExactly("ledger_entry_pkey");
        assertThat(dropped).isEqualTo(before.size() - 1 + 2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM deferred_view_index", Integer.class)).isEqualTo(dropped);

        assertThat(new DeferredIndexes(jdbc).restore()).isEqualTo(dropped);

        assertThat(indexes("capital_movement")).containsExactlyInAnyOrderElementsOf(before);
        assertThat(indexes("ledger_entry")).contains("ledger_entry_by_fund_and_date", "ledger_entry_by_position");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM deferred_view_index", Integer.class)).isZero();
        assertThat(new DeferredIndexes(jdbc).restore()).isZero();
    }

    @Test
    void theKeysOfTablesOfEventRowsAreDroppedTooAndCreatedAgain() {
        int dropped = new DeferredIndexes(jdbc).drop(List.of("ledger_entry"), List.of("ledger_entry"));

        assertThat(dropped).isEqualTo(3);
        assertThat(indexes("ledger_entry")).isEmpty();
        line("e1", 1);
        line("e1", 2);

        assertThat(new DeferredIndexes(jdbc).restore()).isEqualTo(3);

        assertThat(indexes("ledger_entry")).containsExactly("ledger_entry_by_fund_and_date", "ledger_entry_by_position",
                "ledger_entry_pkey");
        assertThat(jdbc.queryForObject("""
                SELECT pg_get_constraintdef(oid) FROM pg_constraint
                WHERE conrelid = 'ledger_entry'::regclass AND contype = 'p'""", String.class))
                .isEqualTo("PRIMARY KEY (event_id, line)");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM deferred_view_index", Integer.class)).isZero();
    }

    @Test
    void aKeyThatTwoRowsShareIsNotCreatedItStaysRecordedAndTheOtherIndexesAreCreated() {
        new DeferredIndexes(jdbc).drop(List.of("ledger_entry"), List.of("ledger_entry"));
        line("e1", 1);
        line("e1", 1);

        assertThatThrownBy(() -> new DeferredIndexes(jdbc).restore())
                .isInstanceOfSatisfying(DeferredIndexes.NotRestored.class, notRestored -> assertThat(
                        notRestored.tablesWithRowsTwice()).containsExactly("ledger_entry"))
                .hasMessageContaining("ledger_entry_pkey").hasMessageContaining("could not create unique index");

        assertThat(indexes("ledger_entry")).containsExactly("ledger_entry_by_fund_and_date", "ledger_entry_by_position");
        assertThat(jdbc.queryForList("SELECT index_name FROM deferred_view_index", String.class))
                .containsExactly("ledger_entry_pkey");
        // the ledger's own insert needs the key: the view stops rather than add a third copy
        assertThatThrownBy(() -> jdbc.update("""
                INSERT INTO ledger_entry (event_id, line, fund_id, event_position, business_date, account, fact_id,
                    debit, credit, currency)
                VALUES ('e2', 1, 'f', 2, DATE '2026-01-01', 'CASH', 'x', 1, 0, 'CNY')
                ON CONFLICT (event_id, line) DO NOTHING""")).hasMessageContaining("ON CONFLICT");

        jdbc.update("DELETE FROM ledger_entry WHERE ctid = (SELECT max(ctid) FROM ledger_entry)");
        assertThat(new DeferredIndexes(jdbc).restore()).isOne();
        assertThat(indexes("ledger_entry")).contains("ledger_entry_pkey");
    }

    @Test
    void anIndexThatCannotBeCreatedForAnotherReasonNamesNoTableWithRowsTwice() {
        jdbc.update("INSERT INTO deferred_view_index (index_name, definition) VALUES ('broken_index',"
                + " 'CREATE INDEX broken_index ON ledger_entry (no_such_column)')");

        assertThatThrownBy(() -> new DeferredIndexes(jdbc).restore())
                .isInstanceOfSatisfying(DeferredIndexes.NotRestored.class, notRestored -> assertThat(
                        notRestored.tablesWithRowsTwice()).isEmpty())
                .hasMessageContaining("broken_index").hasMessageContaining("no_such_column");
    }

    @Test
    void anIndexRecordedAsDroppedButStillThereIsLeftAsItIs() {
        jdbc.update("INSERT INTO deferred_view_index (index_name, definition) SELECT indexname, indexdef FROM pg_indexes"
                + " WHERE indexname = 'ledger_entry_by_position'");

        assertThat(new DeferredIndexes(jdbc).restore()).isOne();

        assertThat(indexes("ledger_entry")).contains("ledger_entry_by_position");
    }

    @Test
    void statisticsAreGatheredForTheRebuiltTables() {
        assertThat(lastAnalyzed("capital_movement")).isNull();

        new DeferredIndexes(jdbc).analyze(List.of("capital_movement", "ledger_entry", "capital_movement"));

        assertThat(lastAnalyzed("capital_movement")).isNotNull();
        assertThat(lastAnalyzed("ledger_entry")).isNotNull();
        assertThat(lastAnalyzed("fund_view")).isNull();
    }

    /** When the table was last analysed by hand; null if never (a fresh snapshot of the statistics each time). */
    private Object lastAnalyzed(String table) {
        jdbc.execute("SELECT pg_stat_clear_snapshot()");
        return jdbc.queryForObject("SELECT last_analyze FROM pg_stat_user_tables WHERE relname = ?", Object.class, table);
    }

    private void line(String eventId, int line) {
        jdbc.update("""
                INSERT INTO ledger_entry (event_id, line, fund_id, event_position, business_date, account, fact_id,
                    debit, credit, currency)
                VALUES (?, ?, 'f', 1, DATE '2026-01-01', 'CASH', 'x', 1, 0, 'CNY')""", eventId, line);
    }

    private List<String> indexes(String table) {
        return jdbc.queryForList("SELECT indexname FROM pg_indexes WHERE tablename = ? ORDER BY indexname", String.class,
                table);
    }
}
