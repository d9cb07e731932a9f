package org.ipfund.app.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.ipfund.app.web.UnknownResource;
import org.ipfund.projections.DeferredIndexes;
import org.ipfund.projections.progress.ProjectionProgress;
import org.ipfund.projections.store.EventStoreTables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Each view's progress, and rebuilding one from the events on request: the view's processor stops, its tokens
 * go back to the start (its reset handler empties its tables) and it replays the whole stream while the service
 * goes on answering. Progress is visible here and as the metrics {@code ipfund.projection.lag} and
 * {@code ipfund.projection.replaying}.
 */
@Component
public class ProjectionAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionAdmin.class);

    private final EventProcessingConfiguration processors;
    private final EventStoreTables store;
    private final MeterRegistry meters;
    private final OnePassReplay onePass;
    private final ProjectionProgress progress;
    /** How many rebuilds of each view have reset it and started it again: a view with little to do replays unseen. */
    private final Map<String, AtomicLong> restarts = new ConcurrentHashMap<>();
    private final ExecutorService rebuilds = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    public ProjectionAdmin(EventProcessingConfiguration processors, EventStoreTables store, MeterRegistry meters,
                           OnePassReplay onePass, ProjectionProgress progress) {
        this.processors = processors;
        this.store = store;
        this.meters = meters;
        this.onePass = onePass;
        this.progress = progress;
    }

    /**
     * At start, creates again the indexes a one-pass rebuild that died part-way left dropped (the processors meanwhile
     * stop at their first write of a table without its key, and go on once it is back). A key that cannot be created
     * means a view holds a row of one event twice, which no reader may be shown: every view is then rebuilt in one
     * pass, which empties them and creates the key over rows written once.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void restoreDeferredIndexes() {
        try {
            onePass.restoreDeferredIndexes();
        } catch (DeferredIndexes.NotRestored notRestored) {
            if (notRestored.tablesWithRowsTwice().isEmpty()) {
                LOG.error("Views rebuilt in one pass are left without an index; reads of them are slower",
                        notRestored);
                return;
            }
            LOG.error("Tables {} hold a row of one event twice: rebuilding every view in one pass",
                    notRestored.tablesWithRowsTwice(), notRestored);
            rebuildAll();
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    public void registerMetrics() {
        for (String name : names()) {
            Gauge.builder("ipfund.projection.lag", () -> {
                Long lag = status(name).lag();
                return lag == null ? Double.NaN : lag;
            }).tag("projection", name).description("events the view has still to handle").register(meters);
            Gauge.builder("ipfund.projection.lag.seconds", () -> lagSeconds(name))
                    .tag("projection", name).description("how long the oldest event the view has still to handle"
                            + " has waited (0 when it is up to date)").baseUnit("seconds").register(meters);
            Gauge.builder("ipfund.projection.replaying", () -> status(name).replaying() ? 1 : 0)
                    .tag("projection", name).description("1 while the view is being rebuilt").register(meters);
            Gauge.builder("ipfund.projection.rebuild.progress", () -> status(name).progress())
                    .tag("projection", name).description("share of the event stream the view has read, 0 to 1"
                            + " (1 when it is up to date)").register(meters);
        }
    }

    public List<ProjectionStatus> all() {
        return names().stream().map(this::status).toList();
    }

    public ProjectionStatus status(String name) {
        StreamingEventProcessor processor = processor(name);
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        long head = head();
        Long position;
        boolean replaying;
        if (onePass.isReplaying(name)) {
            // the processor is stopped while a one-pass rebuild replays its view: the pass tells how far it is
            position = onePass.position();
            replaying = true;
        } else {
            // every segment, with the token it left if it is not processed here now (one that failed waits to retry)
            OptionalLong handled = progress.position(name);
            position = handled.isPresent() ? handled.getAsLong() : null;
            replaying = segments.values().stream().anyMatch(ProjectionAdmin::stillReplaying);
        }
        String error = segments.values().stream().filter(EventTrackerStatus::isErrorState)
                .map(status -> String.valueOf(status.getError())).findFirst().orElse(null);
        Long lag = position == null ? null : Math.max(0, head - position);
        // a share of the stream for the progress bar, not an amount
        double progress = position == null || head <= 0 ? (replaying ? 0.0 : 1.0)
                : Math.min(1.0, Math.max(0, position) / (double) head);
        return new ProjectionStatus(name, processor.isRunning(), replaying, position, head, lag, progress,
                segments.size(), error);
    }

    /** How long the oldest event the view has not handled yet has been in the store; 0 when it has handled all. */
    double lagSeconds(String name) {
        Long position = status(name).position();
        return store.recordedAtOfFirstAfter(position == null ? -1 : position)
                .map(oldest -> Math.max(0, Duration.between(oldest, Instant.now()).toMillis() / 1000.0))
                .orElse(0.0);
    }

    /** Starts rebuilding the view in the background; returns at once with its status. */
    public ProjectionStatus rebuild(String name) {
        StreamingEventProcessor processor = processor(name);
        rebuilds.submit(() -> {
            try {
                LOG.info("Rebuilding view {} from the events", name);
                processor.shutDown();
                processor.resetTokens();
            } catch (RuntimeException refused) {
                LOG.error("Could not reset view {}; starting it again where it was", name, refused);
            } finally {
                processor.start();
                restarts.computeIfAbsent(name, view -> new AtomicLong()).incrementAndGet();
            }
        });
        return status(name);
    }

    /**
     * Starts rebuilding every view in the background, in one pass over the store ({@link OnePassReplay}): faster than
     * rebuilding each on its own, as each event is read and deserialised once for all. Returns at once with their
     * status. If the pass cannot start (another node processes one of the views), nothing is reset; if it fails
     * part-way, each view's processor goes on from where the pass left it.
     */
    public List<ProjectionStatus> rebuildAll() {
        List<String> views = names();
        onePass.begin(views);
        rebuilds.submit(() -> {
            try {
                LOG.info("Rebuilding views {} from the events in one pass", views);
                views.forEach(view -> processor(view).shutDown());
                onePass.replay(views);
            } catch (Exception failed) {
                LOG.error("The one-pass rebuild of {} stopped; each view goes on from where it is", views, failed);
            } finally {
                onePass.end(views);
                for (String view : views) {
                    processor(view).start();
                    restarts.computeIfAbsent(view, any -> new AtomicLong()).incrementAndGet();
                }
            }
        });
        return all();
    }

    /** How many rebuilds of view {@code name} have started it again since this service started. */
    public long restartsOf(String name) {
        processor(name);
        AtomicLong count = restarts.get(name);
        return count == null ? 0 : count.get();
    }

    /**
     * Axon calls a segment replaying until it handles an event past the reset point, which in a quiet store never
     * comes; a segment that has read up to the position the store had at the reset is done.
     */
    private static boolean stillReplaying(EventTrackerStatus segment) {
        if (!segment.isReplaying()) {
            return false;
        }
        var resetAt = segment.getResetPosition();
        var current = segment.getCurrentPosition();
        return resetAt.isEmpty() || current.isEmpty() || current.getAsLong() < resetAt.getAsLong();
    }

    List<String> names() {
        return processors.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(processor -> processor.getName())
                .sorted()
                .toList();
    }

    private StreamingEventProcessor processor(String name) {
        return processors.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new UnknownResource("PROJECTION_NOT_FOUND", "there is no view '%s'".formatted(name)));
    }

    private long head() {
        return store.head();
    }
}
