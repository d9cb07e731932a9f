package org.ipfund.app.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits for what the service does in the background (its views, its chains): a test fails past the time it allows. */
public final class Eventually {

    private Eventually() {
    }

    /** Waits until {@code condition} holds, looking again every {@code every}; fails the test past {@code within}. */
    public static void await(String what, Duration within, Duration every, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(within);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("%s within %s", what, within).isBefore(deadline);
            try {
                Thread.sleep(every.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
    }
}
