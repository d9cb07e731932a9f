package org.ipfund.app.admin;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.ipfund.projections.ViewWrites;

/**
 * A part of a one-pass rebuild ({@link OnePassReplay}): the handlers of one view (or of several), on a thread and a
 * connection of its own, take every batch the pass reads and write the views' rows and tokens together, one
 * transaction a batch. The views share no table, so their lanes write side by side; a lane that fails leaves its
 * views at the last batch it committed, which their processors go on from.
 */
final class ReplayLane implements Callable<Void> {

    /** The batch that tells a lane the store has no more events. */
    static final List<TrackedEventMessage<?>> END = List.of();

    private final String name;
    /** The segments of each view this lane writes, by view (processing group). */
    private final Map<String, int[]> segments;
    private final List<AnnotationEventHandlerAdapter> handlers;
    private final TokenStore tokens;
    private final TransactionManager transactions;
    private final BlockingQueue<List<TrackedEventMessage<?>>> batches;
    /** Whether the pass dropped the keys of the views' tables of event rows, which are then written without them. */
    private final boolean keysDropped;
    /** Whether those rows are then copied in rather than inserted. */
    private final boolean copied;
    private volatile long position = -1;
    private long waitedNanos;
    private long wroteNanos;

    ReplayLane(String name, Map<String, int[]> segments, List<AnnotationEventHandlerAdapter> handlers,
               TokenStore tokens, TransactionManager transactions, int batchesAhead, boolean keysDropped,
               boolean copied) {
        this.name = name;
        this.segments = segments;
        this.handlers = handlers;
        this.tokens = tokens;
        this.transactions = transactions;
        this.batches = new ArrayBlockingQueue<>(batchesAhead);
        this.keysDropped = keysDropped;
        this.copied = copied;
    }

    /** The position of the last event this lane's views hold, or -1 before its first batch commits. */
    long position() {
        return position;
    }

    /** How the lane spent the pass, for the log: writing its batches, and waiting for the reader to hand them. */
    String timing() {
        return "%s wrote for %d ms and waited %d ms".formatted(name, wroteNanos / 1_000_000, waitedNanos / 1_000_000);
    }

    /** Hands the lane a batch, waiting while it is as many batches behind as it may be. */
    void offer(List<TrackedEventMessage<?>> batch) throws InterruptedException {
        batches.put(batch);
    }

    @Override
    public Void call() throws Exception {
        while (true) {
            long asked = System.nanoTime();
            List<TrackedEventMessage<?>> batch = batches.take();
            long taken = System.nanoTime();
            waitedNanos += taken - asked;
            if (batch.isEmpty()) {
                return null;
            }
            TrackingToken last = handle(batch);
            wroteNanos += System.nanoTime() - taken;
            position = last.position().orElse(position);
        }
    }

    /** Releases this node's claim on the views' tokens, so that their processors, started again, take them. */
    void release() {
        transactions.executeInTransaction(() -> segments.forEach((view, ids) -> {
            for (int segment : ids) {
                tokens.releaseClaim(view, segment);
            }
        }));
    }

    /** Writes the batch and moves the views' tokens to its last event, in one transaction; answers that token. */
    private TrackingToken handle(List<TrackedEventMessage<?>> batch) throws Exception {
        TrackingToken last = batch.get(batch.size() - 1).trackingToken();
        BatchingUnitOfWork<TrackedEventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        unitOfWork.attachTransaction(transactions);
        if (keysDropped) {
            ViewWrites.keysDropped(unitOfWork, copied);
        }
        unitOfWork.onPrepareCommit(committing -> segments.forEach((view, ids) -> {
            for (int segment : ids) {
                tokens.storeToken(last, view, segment);
            }
        }));
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            TrackedEventMessage<?> event = unitOfWork.getMessage();
            for (AnnotationEventHandlerAdapter handler : handlers) {
                if (handler.canHandle(event)) {
                    handler.handle(event);
                }
            }
            return null;
        });
        if (result.isExceptional()) {
            Throwable failure = result.exceptionResult();
            throw failure instanceof Exception exception ? exception : new IllegalStateException(failure);
        }
        return last;
    }
}
