package org.ipfund.app.processing;

import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.ipfund.projections.store.EventStoreTables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The instances of the service working on this database. Each one says it is alive every heartbeat; an
 * instance not heard from for three heartbeats is gone, and its share of the views' segments goes to the
 * others. Also knows how many segments each view's token store holds, so that {@link FairShareOfSegments}
 * can answer on the processors' coordinator threads without touching the database.
 */
@Component
public class ProcessingNodes {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessingNodes.class);

    private final JdbcTemplate jdbc;
    private final EventStoreTables store;
    private final String nodeId;
    private final Duration heartbeat;
    private volatile int liveNodes = 1;
    private volatile Map<String, Integer> segmentsByProcessor = Map.of();

    public ProcessingNodes(JdbcTemplate jdbc, EventStoreTables store, @Value("${fund.processing.heartbeat:2s}") Duration heartbeat) {
        this.jdbc = jdbc;
        this.store = store;
        // pid@host, as Axon names the token owner, plus a random part: two application contexts in one JVM are two instances
        this.nodeId = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        this.heartbeat = heartbeat;
    }

    @Scheduled(fixedDelayString = "${fund.processing.heartbeat:2s}")
    public void beat() {
        try {
            jdbc.update("""
                    INSERT INTO processing_node (node_id, last_seen) VALUES (?, now())
                    ON CONFLICT (node_id) DO UPDATE SET last_seen = now()""", nodeId);
            Integer live = jdbc.queryForObject(
                    "SELECT count(*) FROM processing_node WHERE last_seen > now() - make_interval(secs => ?)",
                    Integer.class, 3 * heartbeat.toMillis() / 1000.0);
            Map<String, Integer> segments = store.segmentsByProcessor();
            if (live != null && live != liveNodes) {
                LOG.info("{} service instance(s) now share the views' segments", live);
            }
            liveNodes = live == null ? 1 : Math.max(1, live);
            segmentsByProcessor = Map.copyOf(segments);
        } catch (DataAccessException unreachable) {
            // keep the last known share; the processors cannot work without the database anyway
            LOG.debug("Heartbeat failed; keeping the last known share of segments", unreachable);
        }
    }

    /** A stopping instance says so, so that the others take over its segments at once. */
    @PreDestroy
    public void leave() {
        try {
            jdbc.update("DELETE FROM processing_node WHERE node_id = ?", nodeId);
        } catch (DataAccessException unreachable) {
            LOG.debug("Could not sign off; the others see this instance gone after three heartbeats", unreachable);
        }
    }

    public int liveNodes() {
        return liveNodes;
    }

    /** The segments the processor's tokens are split into, or empty when its tokens are not made yet. */
    public OptionalInt segmentsOf(String processor) {
        Integer segments = segmentsByProcessor.get(processor);
        return segments == null ? OptionalInt.empty() : OptionalInt.of(segments);
    }
}
