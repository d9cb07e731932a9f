package org.ipfund.app.database;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps PostgreSQL's statistics of the service's tables up to date as they grow, as autovacuum would: a table
 * changed by more than a tenth of its rows since it was last analysed is analysed again.
 *
 * <p>Why the service does it and does not leave it to autovacuum: a statement the service runs often is planned
 * once for all its parameters (a generic plan) after a few executions, and PostgreSQL plans it again only when the
 * table's statistics change. A plan made while the store held a few hundred events scans the whole table; without
 * fresh statistics it is kept as the store grows to millions, and every command then reads the whole store back to
 * sign its events (measured: T1 fell from about 530 to 210 commands/s by 170,000 events, a read back of 1,000 ids took
 * 6 s). Autovacuum is off on some servers (the CI machines here), and on others can be late after a bulk load.
 * Analysing samples a table (some 30,000 rows), so a second or two even at millions of rows, at most once per tenth of
 * growth.
 */
@Component
public class TableStatistics {

    private static final Logger LOG = LoggerFactory.getLogger(TableStatistics.class);
    /** Autovacuum's own defaults: analyse after 50 rows plus a tenth of the table have changed. */
    private static final int BASE_CHANGES = 50;
    private static final double SHARE_CHANGED = 0.1;

    private final JdbcTemplate jdbc;

    public TableStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void warnWithoutAutovacuum() {
        if ("off".equals(jdbc.queryForObject("SHOW autovacuum", String.class))) {
            LOG.warn("PostgreSQL's autovacuum is off: the service keeps its tables' statistics itself, but nothing"
                    + " removes their dead rows (turn autovacuum on in production)");
        }
    }

    /** Analyses every table of the service's schema changed enough since its statistics were gathered. */
    @Scheduled(fixedDelayString = "${fund.database.statistics-interval:30s}",
            initialDelayString = "${fund.database.statistics-interval:30s}")
    public List<String> analyzeChangedTables() {
        List<String> changed = jdbc.queryForList("""
                SELECT relname FROM pg_stat_user_tables
                WHERE schemaname = current_schema() AND n_mod_since_analyze > ? + ? * greatest(n_live_tup, 0)
                ORDER BY relname""", String.class, BASE_CHANGES, SHARE_CHANGED);
        for (String table : changed) {
            jdbc.execute("ANALYZE \"" + table.replace("\"", "\"\"") + "\"");
        }
        return changed;
    }
}
