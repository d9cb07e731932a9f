package org.ipfund.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.ipfund.projections.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The statistics of a table that grew are gathered again, and with them a stale plan is made again. */
class TableStatisticsTest {

    private DataSource dataSource;
    private JdbcTemplate jdbc;
    /** The writes on one connection, whose counts of changed rows it can send to the statistics at once. */
    private JdbcTemplate writer;

    @BeforeEach
    void tables() throws Exception {
        dataSource = TestDatabase.fresh().newDataSource();
        jdbc = new JdbcTemplate(dataSource);
        writer = new JdbcTemplate(new SingleConnectionDataSource(dataSource.getConnection(), true));
        jdbc.execute("CREATE TABLE grown (id text PRIMARY KEY, body text)");
        jdbc.execute("CREATE TABLE steady (id text PRIMARY KEY, body text)");
        insert("grown", 0, 10);
        insert("steady", 0, 1_000);
        jdbc.execute("ANALYZE grown");
        jdbc.execute("ANALYZE steady");
    }

    @Test
    void onlyATableChangedByMoreThanATenthIsAnalysedAgain() {
        insert("grown", 10, 5_000);
        insert("steady", 1_000, 1_100); // 100 changes: under 50 + a tenth of 1,000

        assertThat(new TableStatistics(jdbc).analyzeChangedTables()).containsExactly("grown");

        assertThat(new TableStatistics(jdbc).analyzeChangedTables()).isEmpty();
    }

    @Test
    void aPlanMadeWhileTheTableWasSmallIsMadeAgainOnceItsStatisticsAreGathered() throws Exception {
        SingleConnectionDataSource session = new SingleConnectionDataSource(dataSource.getConnection(), true);
        JdbcTemplate statement = new JdbcTemplate(session);
        // one plan for every execution, as a statement the service runs often gets (a generic plan)
        statement.execute("SET plan_cache_mode = force_generic_plan");
        statement.execute("PREPARE by_ids(text[]) AS SELECT body FROM grown WHERE id = ANY ($1)");
        assertThat(plan(statement)).contains("Seq Scan");

        insert("grown", 10, 100_000);
        assertThat(plan(statement)).as("the plan made for 10 rows, kept for 100,000").contains("Seq Scan");

        assertThat(new TableStatistics(jdbc).analyzeChangedTables()).contains("grown");

        assertThat(plan(statement)).contains("Index Scan").doesNotContain("Seq Scan");
        try (Connection connection = session.getConnection()) {
            session.destroy();
        }
    }

    private static String plan(JdbcTemplate statement) {
        List<String> lines = statement.queryForList("EXPLAIN EXECUTE by_ids('{k-1,k-2}')", String.class);
        return String.join("\n", lines);
    }

    /**
     * Inserts rows and waits until the statistics count them: a backend reports its changes when idle, and may wait
     * up to ten seconds unless asked to report at once (PostgreSQL 15 and later).
     */
    private void insert(String table, int from, int to) {
        long before = changes(table);
        writer.update("INSERT INTO " + table + " SELECT 'k-' || i, repeat('x', 100) FROM generate_series(?, ?) AS i",
                from, to - 1);
        if (Boolean.TRUE.equals(writer.queryForObject("SELECT to_regproc('pg_stat_force_next_flush') IS NOT NULL",
                Boolean.class))) {
            writer.execute("SELECT pg_stat_force_next_flush()");
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (changes(table) < before + (to - from) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(changes(table)).as("inserts counted").isGreaterThanOrEqualTo(before + (to - from));
    }

    private long changes(String table) {
        Long changed = jdbc.queryForObject("SELECT n_mod_since_analyze FROM pg_stat_user_tables WHERE relname = ?",
                Long.class, table);
        return changed == null ? 0 : changed;
    }
}
