package org.ipfund.projections.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A read waiting for its views is woken by the next committed batch, and never misses one sent before it waits. */
class ViewsAdvancedTest {

    private final ViewsAdvanced advanced = new ViewsAdvanced();

    @Test
    void aWaitingReadIsWokenByTheNextBatchLongBeforeItsTimeout() throws Exception {
        long seen = advanced.generation();
        CompletableFuture<Long> waited = CompletableFuture.supplyAsync(() -> {
            long started = System.nanoTime();
            try {
                advanced.awaitAfter(seen, Duration.ofSeconds(30).toNanos());
            } catch (InterruptedException interrupted) {
                throw new IllegalStateException(interrupted);
            }
            return System.nanoTime() - started;
        });
        Thread.sleep(50);
        assertThat(waited).isNotDone();

        advanced.signal();

        assertThat(Duration.ofNanos(waited.get(5, TimeUnit.SECONDS))).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aBatchCommittedBetweenTheLookAndTheWaitIsNotMissed() throws Exception {
        long seen = advanced.generation();
        advanced.signal();

        long started = System.nanoTime();
        advanced.awaitAfter(seen, Duration.ofSeconds(30).toNanos());

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void withoutABatchTheWaitEndsAtItsTimeout() throws Exception {
        long started = System.nanoTime();
        advanced.awaitAfter(advanced.generation(), Duration.ofMillis(30).toNanos());

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(30));
    }
}
