package org.ipfund.app.processing;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The event stream the views read, woken when this instance commits events. Axon's pooled processors otherwise look
 * for new events every 500 ms (the embedded event store's streams offer no "events available" callback), so a write
 * took half a second to show in the views. Woken at once, and twice more shortly after (the store's own reader may
 * fetch a moment later), a view shows a write within milliseconds; events another instance committed are still
 * found within 500 ms, by a wake-up every 500 ms.
 */
@Component
public class ViewEventSource implements StreamableMessageSource<TrackedEventMessage<?>>, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ViewEventSource.class);
    private static final long[] AFTER_COMMIT_MILLIS = {0, 25, 100};
    private static final String WAKE_REGISTERED = ViewEventSource.class.getName() + ".wakeRegistered";
    private static final long OTHER_INSTANCES_MILLIS = 500;

    private final EventStore store;
    private final Set<Runnable> waiting = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService wakeUps = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "view-wake-ups");
        thread.setDaemon(true);
        return thread;
    });

    public ViewEventSource(EventStore store) {
        this.store = store;
        store.registerDispatchInterceptor(events -> {
            wakeAfterCommit();
            return (index, event) -> event;
        });
        wakeUps.scheduleWithFixedDelay(this::wakeAllNoMatterWhat, OTHER_INSTANCES_MILLIS, OTHER_INSTANCES_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        return new WokenStream(store.openStream(token));
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(java.time.Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public void destroy() {
        wakeUps.shutdownNow();
    }

    /**
     * After the database commit when Spring runs the transaction (it may outlive the unit of work), else the unit of
     * work's; once per transaction, however many events it records.
     */
    private void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            boolean registered = TransactionSynchronizationManager.getSynchronizations().stream()
                    .anyMatch(synchronization -> synchronization instanceof WakeAfterCommit wake && wake.source() == this);
            if (!registered) {
                TransactionSynchronizationManager.registerSynchronization(new WakeAfterCommit(this));
            }
        } else {
            CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.root().getOrComputeResource(WAKE_REGISTERED, key -> {
                unitOfWork.root().afterCommit(committed -> scheduleWakeUps());
                return Boolean.TRUE;
            }));
        }
    }

    /** The views' wake-up, registered with a Spring transaction. */
    private record WakeAfterCommit(ViewEventSource source) implements TransactionSynchronization {

        @Override
        public void afterCommit() {
            source.scheduleWakeUps();
        }
    }

    /** Runs after a commit: it must never throw, or a recorded command would be reported as failed. */
    private void scheduleWakeUps() {
        try {
            for (long delay : AFTER_COMMIT_MILLIS) {
                wakeUps.schedule(this::wakeAll, delay, TimeUnit.MILLISECONDS);
            }
        } catch (RejectedExecutionException shuttingDown) {
            LOG.debug("Views not woken: the service is stopping", shuttingDown);
        }
    }

    /** The periodic wake-up: a task that throws, even an Error, would never be scheduled again. */
    private void wakeAllNoMatterWhat() {
        try {
            wakeAll();
        } catch (Throwable failed) {
            LOG.warn("Waking the views failed; trying again in {} ms", OTHER_INSTANCES_MILLIS, failed);
        }
    }

    /**
     * Each callback on its own: one that fails (a processor stopping refuses new work) must neither keep the others
     * asleep nor end the periodic wake-up (a scheduled task that throws is never run again).
     */
    private void wakeAll() {
        for (Runnable callback : waiting) {
            try {
                callback.run();
            } catch (RuntimeException refused) {
                LOG.debug("A view's processor refused a wake-up", refused);
            }
        }
    }

    /** The store's stream, with a callback for "look again": the processor's coordinator registers one. */
    private final class WokenStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> delegate;
        private volatile Runnable callback;

        private WokenStream(BlockingStream<TrackedEventMessage<?>> delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            Runnable previous = this.callback;
            if (previous != null) {
                waiting.remove(previous);
            }
            this.callback = callback;
            waiting.add(callback);
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public boolean hasNextAvailable() {
            return delegate.hasNextAvailable();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            Runnable registered = callback;
            if (registered != null) {
                waiting.remove(registered);
            }
            delegate.close();
        }
    }
}
