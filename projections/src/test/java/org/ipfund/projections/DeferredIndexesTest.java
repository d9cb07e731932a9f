package org.ipfund.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.ipfund.projections.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** A full rebuild's secondary indexes: dropped and recorded at once, and created again, even by a later start. */
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

        int dropped = new DeferredIndexes(jdbc).drop(List.of("capital_movement", "ledger_entry"));

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

    private List<String> indexes(String table) {
        return jdbc.queryForList("SELECT indexname FROM pg_indexes WHERE tablename = ? ORDER BY indexname", String.class,
                table);
    }
}
