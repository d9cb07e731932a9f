package org.ipfund.app.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * T2: command latency at a fixed rate, measured with an open-loop generator. Each command has an intended start time
 * fixed in advance (one every 1/rate seconds); at that time it is handed to a pool of senders whether or not earlier
 * commands have been answered, and its latency counts from the intended start, not from the moment a sender got to
 * it. A closed loop (each client waiting for its answer before sending the next) sends less exactly when the service
 * slows down, and so hides the slow answers the high percentiles are there to show ("coordinated omission").
 *
 * <p>The pool is there because the command bus handles a command in the sending thread: a slow answer occupies one
 * sender, not the schedule. Should every sender be busy, commands wait in the pool's queue, and that wait is counted
 * too, as a user would feel it.
 */
final class OpenLoopLatency {

    private static final int SENDERS = 64;
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private OpenLoopLatency() {
    }

    /**
     * Sends {@code count} commands ({@code command.accept(i)} sends the i-th and waits for its answer) at
     * {@code perSecond}, described in the figures as {@code rate}; answers the p50, p99 and p99.9 latencies and the
     * rate achieved (commands answered per second, from the first intended start to the last answer). Fails if any
     * command failed: at a rate the service sustains, none should.
     */
    static List<Figure> measure(String rate, double perSecond, int count, IntConsumer command)
            throws InterruptedException {
        long interval = Math.round(1e9 / perSecond);
        long[] latencies = new long[count];
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        CountDownLatch answered = new CountDownLatch(count);
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        long start = System.nanoTime() + interval;
        try {
            for (int i = 0; i < count; i++) {
                int index = i;
                long intended = start + i * interval;
                for (long wait = intended - System.nanoTime(); wait > 0; wait = intended - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                senders.execute(() -> {
                    try {
                        command.accept(index);
                    } catch (Throwable failure) {
                        failed.incrementAndGet();
                        firstFailure.compareAndSet(null, failure);
                    } finally {
                        latencies[index] = System.nanoTime() - intended;
                        answered.countDown();
                    }
                });
            }
            if (!answered.await(TIMEOUT.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new IllegalStateException("%d of %d commands unanswered after %s".formatted(
                        answered.getCount(), count, TIMEOUT));
            }
        } finally {
            senders.shutdownNow();
        }
        double achieved = count / Baselines.seconds(start);
        if (failed.get() > 0) {
            throw new IllegalStateException("%d of %d commands failed at %.0f/s intended (%.0f/s achieved); the first: %s"
                    .formatted(failed.get(), count, perSecond, achieved, firstFailure.get()), firstFailure.get());
        }
        Latencies measured = new Latencies(latencies);
        String at = "command latency at %s (%.0f commands/s), open loop".formatted(rate, perSecond);
        return List.of(
                Figure.of("T2", at + ", p50", measured.millis(0.50), "ms"),
                Figure.of("T2", at + ", p99", measured.millis(0.99), "ms").atMost(25),
                Figure.of("T2", at + ", p99.9", measured.millis(0.999), "ms"),
                Figure.of("T2", "rate achieved at %s (%,d commands, %.0f/s intended)".formatted(rate, count, perSecond),
                        achieved, "commands/s"));
    }
}
