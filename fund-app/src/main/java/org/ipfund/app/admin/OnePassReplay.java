package org.ipfund.app.admin;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.ipfund.projections.DeferredIndexes;
import org.ipfund.projections.RebuildableView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rebuilds several views in one pass over the store, for a full rebuild: each event is read once and deserialised
 * once (on a reading thread, a few batches ahead), then handed to every view's handlers, and each batch's rows and
 * every view's token are written in one transaction. Axon's processors would read the stream once per view and
 * deserialise it once per view, each in transactions of its own.
 *
 * <p>The views' secondary indexes are dropped for the pass and created again after it ({@link DeferredIndexes}): the
 * rows are written several times faster without them ({@code fund.rebuild.defer-indexes=false} keeps them, to compare).
 *
 * <p>The views' processors must be shut down on this node. First, in one transaction, this node claims every
 * segment of their tokens (refused, and nothing changed, if another node holds one), empties the views (their reset
 * handlers) and sets their tokens to the start. Then every batch moves the tokens with the rows, so a failure or a
 * crash part-way leaves each view at a position it truly shows, and its processor, started again, goes on from there.
 * Events committed after the pass read the store's end are left to the processors, started again when it ends.
 */
@Component
public class OnePassReplay {

    private static final int BATCH = 1000;
    private static final int BATCHES_AHEAD = 4;

    private final ApplicationContext context;
    private final EventStorageEngine storage;
    private final TokenStore tokens;
    private final TransactionManager transactions;
    private final List<RebuildableView> views;
    private final DeferredIndexes indexes;
    private final boolean deferIndexes;
    private final Set<String> replaying = ConcurrentHashMap.newKeySet();
    private final AtomicLong position = new AtomicLong(-1);

    public OnePassReplay(ApplicationContext context, EventStorageEngine storage, TokenStore tokens,
                         TransactionManager transactions, List<RebuildableView> views, JdbcTemplate jdbc,
                         @Value("${fund.rebuild.defer-indexes:true}") boolean deferIndexes) {
        this.context = context;
        this.storage = storage;
        this.tokens = tokens;
        this.transactions = transactions;
        this.views = views;
        this.indexes = new DeferredIndexes(jdbc);
        this.deferIndexes = deferIndexes;
    }

    /** Indexes a pass that died part-way (the service stopped) left dropped are created again. */
    @EventListener(ApplicationReadyEvent.class)
    public void restoreDeferredIndexes() {
        transactions.executeInTransaction(indexes::restore);
    }

    /** Whether {@code view} is being rebuilt by a pass now, and how far the pass has come. */
    boolean isReplaying(String view) {
        return replaying.contains(view);
    }

    long position() {
        return position.get();
    }

    /** Marks the views as being rebuilt, before their processors stop, so that no status shows them idle. */
    void begin(List<String> views) {
        position.set(-1);
        replaying.addAll(views);
    }

    void end(List<String> views) {
        views.forEach(replaying::remove);
    }

    /** Replays every event into the views of {@code processingGroups}, whose processors are shut down here. */
    void replay(List<String> processingGroups) throws Exception {
        List<AnnotationEventHandlerAdapter> handlers = handlersOf(processingGroups);
        Map<String, int[]> segments = claimAndReset(processingGroups, handlers);
        try {
            replayInto(handlers, segments);
        } finally {
            // before the processors start again: they, and the reads, want them
            transactions.executeInTransaction(indexes::restore);
        }
        indexes.analyze(tablesOf(processingGroups));
    }

    private List<String> tablesOf(List<String> processingGroups) {
        return views.stream().filter(view -> processingGroups.contains(view.name()))
                .flatMap(view -> view.tables().stream()).toList();
    }

    private void replayInto(List<AnnotationEventHandlerAdapter> handlers, Map<String, int[]> segments)
            throws Exception {
        BlockingQueue<List<TrackedEventMessage<?>>> batches = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        AtomicReference<Exception> readFailure = new AtomicReference<>();
        Thread reader = new Thread(() -> read(batches, readFailure), "one-pass-replay-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                List<TrackedEventMessage<?>> batch = batches.take();
                if (batch.isEmpty()) {
                    break;
                }
                handle(batch, handlers, segments);
                position.set(batch.get(batch.size() - 1).trackingToken().position().orElse(position.get()));
            }
        } finally {
            reader.interrupt();
        }
        if (readFailure.get() != null) {
            throw readFailure.get();
        }
        transactions.executeInTransaction(() -> segments.forEach((group, ids) -> {
            for (int segment : ids) {
                tokens.releaseClaim(group, segment);
            }
        }));
    }

    /** Reads the store to its end, deserialising each event, in batches; an empty batch marks the end. */
    private void read(BlockingQueue<List<TrackedEventMessage<?>>> batches, AtomicReference<Exception> failure) {
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
            List<TrackedEventMessage<?>> batch = new ArrayList<>(BATCH);
            Iterator<? extends TrackedEventMessage<?>> stream = events.iterator();
            while (stream.hasNext()) {
                TrackedEventMessage<?> event = stream.next();
                event.getPayload(); // deserialised here, once, while the views write the batch before
                event.getMetaData();
                batch.add(event);
                if (batch.size() == BATCH) {
                    batches.put(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
            if (!batch.isEmpty()) {
                batches.put(batch);
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception unreadable) {
            failure.set(unreadable);
        }
        try {
            batches.put(List.of());
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(List<TrackedEventMessage<?>> batch, List<AnnotationEventHandlerAdapter> handlers,
                        Map<String, int[]> segments) throws Exception {
        TrackingToken last = batch.get(batch.size() - 1).trackingToken();
        BatchingUnitOfWork<TrackedEventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        unitOfWork.attachTransaction(transactions);
        unitOfWork.onPrepareCommit(committing -> segments.forEach((group, ids) -> {
            for (int segment : ids) {
                tokens.storeToken(last, group, segment);
            }
        }));
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            TrackedEventMessage<?> event = unitOfWork.getMessage();
            for (AnnotationEventHandlerAdapter view : handlers) {
                if (view.canHandle(event)) {
                    view.handle(event);
                }
            }
            return null;
        });
        if (result.isExceptional()) {
            Throwable failure = result.exceptionResult();
            throw failure instanceof Exception exception ? exception : new IllegalStateException(failure);
        }
    }

    /** Claims every segment of the views' tokens, empties the views and sets their tokens to the start, at once. */
    private Map<String, int[]> claimAndReset(List<String> processingGroups,
                                            List<AnnotationEventHandlerAdapter> handlers) {
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
            handlers.forEach(AnnotationEventHandlerAdapter::prepareReset);
            if (deferIndexes) {
                indexes.drop(tablesOf(processingGroups));
            }
            segments.forEach((group, ids) -> {
                for (int segment : ids) {
                    tokens.storeToken(null, group, segment);
                }
            });
        });
        return segments;
    }

    /** The event handlers of those views, as Axon's processors call them. */
    private List<AnnotationEventHandlerAdapter> handlersOf(List<String> processingGroups) {
        List<AnnotationEventHandlerAdapter> handlers = new ArrayList<>();
        context.getBeansWithAnnotation(ProcessingGroup.class).values().forEach(bean -> {
            ProcessingGroup group = AnnotationUtils.findAnnotation(bean.getClass(), ProcessingGroup.class);
            if (group != null && processingGroups.contains(group.value())) {
                handlers.add(new AnnotationEventHandlerAdapter(bean,
                        ClasspathParameterResolverFactory.forClass(bean.getClass())));
            }
        });
        return handlers;
    }
}
