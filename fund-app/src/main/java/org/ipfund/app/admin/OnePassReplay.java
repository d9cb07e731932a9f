package org.ipfund.app.admin;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.ipfund.projections.DeferredIndexes;
import org.ipfund.projections.EventRows;
import org.ipfund.projections.RebuildableView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rebuilds several views in one pass over the store, for a full rebuild: each event is read once and deserialised
 * once (on a reading thread, a few batches ahead), then handed to a lane ({@link ReplayLane}), which writes the
 * batch's rows of every view and their tokens in one transaction. Axon's processors would read the stream once per
 * view and deserialise it once per view. With {@code fund.rebuild.lane-per-view=true} each view has a lane of its own,
 * a thread and a connection, writing side by side: faster while PostgreSQL kept the event rows' keys up to date row
 * by row (1.19 × at 1M events), slower (0.82–0.86 ×) since the pass drops them, as PostgreSQL's work per row shrank
 * and the lanes' threads only compete for the two cores (docs/BENCHMARKS.md).
 *
 * <p>The views' secondary indexes, and the keys of the tables that hold rows of one event each, are dropped for the
 * pass and created again after it ({@link DeferredIndexes}): the rows are written several times faster without them
 * ({@code fund.rebuild.defer-indexes=false} keeps them all, {@code fund.rebuild.defer-keys=false} the keys, to
 * compare), and a key created again proves that the pass wrote no row twice. Without their keys, the rows of events
 * are copied in ({@code COPY}; {@code fund.rebuild.copy-rows=false} inserts them, to compare).
 *
 * <p>The views' processors must be shut down on this node. First, in one transaction, this node claims every
 * segment of their tokens (refused, and nothing changed, if another node holds one), empties the views (their reset
 * handlers) and sets their tokens to the start. Then every batch moves a view's tokens with its rows, so a failure or
 * a crash part-way leaves each view at a position it truly shows, and its processor, started again, goes on from
 * there; the first failure stops every lane.
 * Events committed after the pass read the store's end are left to the processors, started again when it ends.
 */
@Component
public class OnePassReplay {

    private static final Logger LOG = LoggerFactory.getLogger(OnePassReplay.class);
    private static final int BATCH = 1000;
    private static final int BATCHES_AHEAD = 4;

    private final ApplicationContext context;
    private final Environment environment;
    private final EventStorageEngine storage;
    private final TokenStore tokens;
    private final TransactionManager transactions;
    private final List<RebuildableView> views;
    private final DeferredIndexes indexes;
    private final boolean deferIndexes;
    private final Set<String> replaying = ConcurrentHashMap.newKeySet();
    /** The lanes of the pass under way (or of the last one): how far it has come is how far the slowest lane has. */
    private volatile List<ReplayLane> lanes = List.of();
    /** How long the reader of the last pass waited for a lane to take a batch: a lane, not the store, was slower. */
    private volatile long readerWaited;

    public OnePassReplay(ApplicationContext context, Environment environment, EventStorageEngine storage,
                         TokenStore tokens,
                         TransactionManager transactions, List<RebuildableView> views, JdbcTemplate jdbc,
                         @Value("${fund.rebuild.defer-indexes:true}") boolean deferIndexes) {
        this.context = context;
        this.environment = environment;
        this.storage = storage;
        this.tokens = tokens;
        this.transactions = transactions;
        this.views = views;
        this.indexes = new DeferredIndexes(jdbc);
        this.deferIndexes = deferIndexes;
    }

    /**
     * Creates again the indexes a pass that died part-way (the service stopped) left dropped.
     *
     * @throws DeferredIndexes.NotRestored if one could not be, naming the tables that hold a row twice
     */
    void restoreDeferredIndexes() {
        indexes.restore();
    }

    /** Whether {@code view} is being rebuilt by a pass now, and how far the pass has come. */
    boolean isReplaying(String view) {
        return replaying.contains(view);
    }

    long position() {
        return lanes.stream().mapToLong(ReplayLane::position).min().orElse(-1);
    }

    /** Marks the views as being rebuilt, before their processors stop, so that no status shows them idle. */
    void begin(List<String> views) {
        lanes = List.of();
        replaying.addAll(views);
    }

    void end(List<String> views) {
        views.forEach(replaying::remove);
    }

    /** Replays every event into the views of {@code processingGroups}, whose processors are shut down here. */
    void replay(List<String> processingGroups) throws Exception {
        long started = System.nanoTime();
        Map<String, List<AnnotationEventHandlerAdapter>> handlers = handlersOf(processingGroups);
        // fund.rebuild.defer-keys=false keeps the keys, to compare; read at each rebuild, as lane-per-view is
        boolean dropKeys = deferIndexes && environment.getProperty("fund.rebuild.defer-keys", Boolean.class, true);
        Map<String, int[]> segments = claimAndReset(processingGroups, handlers, dropKeys);
        // fund.rebuild.copy-rows=false inserts the rows of events instead, to compare
        boolean copied = environment.getProperty("fund.rebuild.copy-rows", Boolean.class, true);
        List<ReplayLane> passLanes = lanes(handlers, segments, dropKeys, copied);
        Exception failure = null;
        try {
            replayInto(passLanes);
        } catch (Exception failed) {
            failure = failed;
        }
        long passed = System.nanoTime();
        // before the processors start again: they, and the reads, want them; one after another, as PostgreSQL
        // builds a large index with parallel workers (each lane building its own as it finished took longer)
        try {
            restoreIndexes(processingGroups, handlers, segments);
        } catch (RuntimeException notRestored) {
            if (failure == null) {
                failure = notRestored;
            } else {
                failure.addSuppressed(notRestored);
            }
        } finally {
            // failed or not, and only once the keys are back: another node's processor can take the views then
            release(passLanes);
        }
        if (failure != null) {
            throw failure;
        }
        long indexed = System.nanoTime();
        indexes.analyze(tablesOf(processingGroups));
        LOG.info("Rebuilt {} up to position {} in {} ms: the pass {} ms (the reader waited {} ms for the lanes; {}),"
                        + " the indexes {} ms, their statistics {} ms", processingGroups, position(),
                millis(started, System.nanoTime()), millis(started, passed), readerWaited / 1_000_000,
                lanes.stream().map(ReplayLane::timing).collect(Collectors.joining("; ")), millis(passed, indexed),
                millis(indexed, System.nanoTime()));
    }

    /**
     * One lane for every view, or (with {@code fund.rebuild.lane-per-view=true}, to compare) one for each: read at
     * each rebuild, so that one service can measure both.
     */
    private List<ReplayLane> lanes(Map<String, List<AnnotationEventHandlerAdapter>> handlers,
                                   Map<String, int[]> segments, boolean keysDropped, boolean copied) {
        if (environment.getProperty("fund.rebuild.lane-per-view", Boolean.class, false)) {
            return handlers.keySet().stream().map(view -> new ReplayLane(view, Map.of(view, segments.get(view)),
                    handlers.get(view), tokens, transactions, BATCHES_AHEAD, keysDropped, copied)).toList();
        }
        return List.of(new ReplayLane("every view", segments,
                handlers.values().stream().flatMap(List::stream).toList(), tokens, transactions, BATCHES_AHEAD,
                keysDropped, copied));
    }

    /**
     * Creates again the indexes the pass dropped. A view whose key cannot be created again holds a row of one event
     * twice, which no reader may be shown: it is emptied, its key created on the empty table, and its tokens set to
     * the start, so that its processor builds it again from the events, row by row under its key; the rebuild still
     * fails, naming the view.
     */
    private void restoreIndexes(List<String> processingGroups,
                                Map<String, List<AnnotationEventHandlerAdapter>> handlers, Map<String, int[]> segments) {
        try {
            indexes.restore();
        } catch (DeferredIndexes.NotRestored notRestored) {
            List<String> doubled = viewsOf(processingGroups)
                    .filter(view -> view.tables().stream().anyMatch(notRestored.tablesWithRowsTwice()::contains))
                    .map(RebuildableView::name).toList();
            if (doubled.isEmpty()) {
                throw notRestored;
            }
            transactions.executeInTransaction(() -> doubled.forEach(view -> {
                handlers.get(view).forEach(AnnotationEventHandlerAdapter::prepareReset);
                for (int segment : segments.get(view)) {
                    tokens.storeToken(null, view, segment);
                }
            }));
            indexes.restore();
            throw new IllegalStateException("The one pass wrote a row of one event twice into " + doubled
                    + "; emptied, to be built again by their processors", notRestored);
        }
    }

    /** Releases the pass's claims, so that another node's processor need not wait for them to time out. */
    private static void release(List<ReplayLane> passLanes) {
        for (ReplayLane lane : passLanes) {
            try {
                lane.release();
            } catch (RuntimeException notReleased) {
                LOG.warn("A claim of the one-pass rebuild stays until it times out", notReleased);
            }
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private List<String> tablesOf(List<String> processingGroups) {
        return viewsOf(processingGroups).flatMap(view -> view.tables().stream()).toList();
    }

    private Stream<RebuildableView> viewsOf(List<String> processingGroups) {
        return views.stream().filter(view -> processingGroups.contains(view.name()));
    }

    /**
     * One reading thread deserialises each event once and hands every batch to each lane (one for every view, or one
     * a view, side by side). The first failure stops the reader and every lane.
     */
    private void replayInto(List<ReplayLane> replaying) throws Exception {
        lanes = replaying;
        readerWaited = 0;
        ExecutorService threads = Executors.newFixedThreadPool(replaying.size() + 1, new ThreadFactory() {
            private final AtomicInteger count = new AtomicInteger();

            @Override
            public Thread newThread(Runnable work) {
                Thread thread = new Thread(work, "one-pass-replay-" + count.getAndIncrement());
                thread.setDaemon(true);
                return thread;
            }
        });
        CompletionService<Void> running = new ExecutorCompletionService<>(threads);
        try {
            running.submit(() -> read(replaying));
            replaying.forEach(running::submit);
            for (int done = 0; done <= replaying.size(); done++) {
                try {
                    running.take().get();
                } catch (ExecutionException failed) {
                    throw failed.getCause() instanceof Exception cause ? cause : failed;
                }
            }
        } finally {
            threads.shutdownNow();
            // a lane stopped by another's failure ends its batch first (a statement is not interrupted): nothing may
            // write a view after the pass has returned and its processor has started again
            // (the connections' socket timeout ends a statement whose answer never comes)
            while (!threads.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.warn("Waiting for the lanes of the one-pass rebuild to end the batch each is writing");
            }
        }
    }

    /** Reads the store to its end, deserialising each event, and hands each batch to every lane; then the end. */
    private Void read(List<ReplayLane> replaying) throws InterruptedException {
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
            List<TrackedEventMessage<?>> batch = new ArrayList<>(BATCH);
            Iterator<? extends TrackedEventMessage<?>> stream = events.iterator();
            while (stream.hasNext()) {
                TrackedEventMessage<?> event = stream.next();
                event.getPayload(); // deserialised here, once, while the lanes write the batches before
                event.getMetaData();
                batch.add(event);
                if (batch.size() == BATCH) {
                    handOver(batch, replaying);
                    batch = new ArrayList<>(BATCH);
                }
            }
            if (!batch.isEmpty()) {
                handOver(batch, replaying);
            }
        }
        handOver(ReplayLane.END, replaying);
        return null;
    }

    private void handOver(List<TrackedEventMessage<?>> batch, List<ReplayLane> replaying) throws InterruptedException {
        long offered = System.nanoTime();
        for (ReplayLane lane : replaying) {
            lane.offer(batch);
        }
        readerWaited += System.nanoTime() - offered;
    }

    /** Claims every segment of the views' tokens, empties the views and sets their tokens to the start, at once. */
    private Map<String, int[]> claimAndReset(List<String> processingGroups,
                                            Map<String, List<AnnotationEventHandlerAdapter>> handlers,
                                            boolean dropKeys) {
        Map<String, int[]> segments = new LinkedHashMap<>();
        transactions.executeInTransaction(() -> {
            for (String group : processingGroups) {
                int[] ids = tokens.fetchSegments(group);
                if (ids.length == 0) {
                    tokens.initializeTokenSegments(group, 1);
                    ids = tokens.fetchSegments(group);
                }
                for (int segment : ids) {
                    tokens.fetchToken(group, segment); // claims it, or refuses: another node processes it
                }
                segments.put(group, ids);
            }
            handlers.values().forEach(view -> view.forEach(AnnotationEventHandlerAdapter::prepareReset));
            if (deferIndexes) {
                indexes.drop(tablesOf(processingGroups), dropKeys ? viewsOf(processingGroups)
                        .flatMap(view -> view.eventRows().stream()).map(EventRows::table).toList() : List.of());
            }
            segments.forEach((group, ids) -> {
                for (int segment : ids) {
                    tokens.storeToken(null, group, segment);
                }
            });
        });
        return segments;
    }

    /** The event handlers of each of those views, as Axon's processors call them. */
    private Map<String, List<AnnotationEventHandlerAdapter>> handlersOf(List<String> processingGroups) {
        Map<String, List<AnnotationEventHandlerAdapter>> handlers = new LinkedHashMap<>();
        processingGroups.forEach(view -> handlers.put(view, new ArrayList<>()));
        context.getBeansWithAnnotation(ProcessingGroup.class).values().forEach(bean -> {
            ProcessingGroup group = AnnotationUtils.findAnnotation(bean.getClass(), ProcessingGroup.class);
            if (group != null && handlers.containsKey(group.value())) {
                handlers.get(group.value()).add(new AnnotationEventHandlerAdapter(bean,
                        ClasspathParameterResolverFactory.forClass(bean.getClass())));
            }
        });
        return handlers;
    }
}
