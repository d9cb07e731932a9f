package org.ipfund.app.benchmark;

import java.time.Duration;
import javax.sql.DataSource;
import org.ipfund.app.database.TableStatistics;
import org.ipfund.audit.evidence.Evidence;
import org.ipfund.projections.store.EventStoreTables;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lets the service finish the work earlier writes left it before an idle figure (T7-idle, T9) is measured: the
 * evidence chain links every event once it is {@code fund.audit.settle-after} old (a minute by default), verifying its
 * signature, in a job every {@code fund.audit.chain-interval}; the tables' statistics are gathered again after growth.
 * Measured while that work runs, an "idle" read shares the two cores with it: in one profiled run the chain job took
 * 4.6 ms of CPU per T9 read, more than the read itself.
 */
final class Upkeep {

    private static final Duration LOOK_AGAIN = Duration.ofMillis(250);
    /** Beyond the settling time itself: a few runs of the chain job. */
    private static final Duration SLACK = Duration.ofSeconds(60);

    private Upkeep() {
    }

    /**
     * Waits until the evidence chain has linked every event in the store, then brings both chains and the tables'
     * statistics up to date. Fails if the chain links nothing for the settling time and some: an event it cannot link
     * would leave every later one unlinked, and the figures measured beside that work.
     */
    static void settle(ConfigurableApplicationContext service) throws InterruptedException {
        JdbcTemplate jdbc = new JdbcTemplate(service.getBean(DataSource.class));
        long head = new EventStoreTables(jdbc).head();
        Duration settleAfter = service.getEnvironment().getProperty("fund.audit.settle-after", Duration.class,
                Duration.ofSeconds(60));
        Duration stillFor = settleAfter.plus(SLACK);
        long started = System.nanoTime();
        long linked = linkedThrough(jdbc);
        long movedAt = started;
        while (linked < head) {
            if (System.nanoTime() - movedAt > stillFor.toNanos()) {
                throw new IllegalStateException("the evidence chain linked nothing for %s: it stands at %d,"
                        .formatted(stillFor, linked) + " the store at %d".formatted(head));
            }
            Thread.sleep(LOOK_AGAIN.toMillis());
            long now = linkedThrough(jdbc);
            if (now > linked) {
                linked = now;
                movedAt = System.nanoTime();
            }
        }
        service.getBean(Evidence.class).extendChains();
        service.getBean(TableStatistics.class).analyzeChangedTables();
        System.out.printf("Upkeep: the chains linked position %,d and the statistics were gathered after %.1f s%n",
                head, Baselines.seconds(started));
    }

    private static long linkedThrough(JdbcTemplate jdbc) {
        Long position = jdbc.queryForObject("SELECT max(position) FROM event_chain", Long.class);
        return position == null ? -1 : position;
    }
}
