package org.ipfund.projections.progress;

import org.springframework.stereotype.Component;

/**
 * Wakes the reads that wait for a view to show a write: signalled each time a batch of events a view handled on this
 * instance has committed (and the processor's status has advanced), so that a waiting read looks again at once
 * instead of at its next poll. A generation count keeps a signal sent between a read's look and its wait from being
 * lost.
 */
@Component
public class ViewsAdvanced {

    private final Object monitor = new Object();
    private long generation;

    /** A view's batch has committed on this instance. */
    public void signal() {
        synchronized (monitor) {
            generation++;
            monitor.notifyAll();
        }
    }

    /** The current generation: pass it to {@link #awaitAfter} after looking at the views. */
    long generation() {
        synchronized (monitor) {
            return generation;
        }
    }

    /** Waits until a signal later than {@code seen}, or at most {@code timeoutNanos}. */
    void awaitAfter(long seen, long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        synchronized (monitor) {
            while (generation == seen) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                monitor.wait(left / 1_000_000, (int) (left % 1_000_000));
            }
        }
    }
}
