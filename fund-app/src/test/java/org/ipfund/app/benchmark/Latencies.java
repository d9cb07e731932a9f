package org.ipfund.app.benchmark;

import java.util.Arrays;

/**
 * Latencies measured in nanoseconds, read back as percentiles in milliseconds. Kept in one place so that every
 * latency figure (T2, T6, T7) means the same by "p99": the smallest sample that at least 99 % of the samples do not
 * exceed (nearest rank, no interpolation).
 */
final class Latencies {

    private final long[] sorted;

    Latencies(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no latencies measured");
        }
        sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    /** The {@code share} percentile (0.99 for p99) in milliseconds. */
    double millis(double share) {
        return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(share * sorted.length) - 1))] / 1e6;
    }
}
