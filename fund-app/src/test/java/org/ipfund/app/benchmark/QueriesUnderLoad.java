package org.ipfund.app.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.ipfund.app.testing.Api;

/**
 * T7: how long a user waits for a view while the service is busy recording. A background load of commands from
 * several clients (as in T1) runs for the whole measurement; meanwhile one client reads views over HTTP, as a user's
 * browser would, one request after another, each timed from sending to the whole answer received. Reads on an idle
 * service would say little: the views share the CPU, the connection pool and the database with the writers.
 */
final class QueriesUnderLoad {

    private static final Duration LOAD_START = Duration.ofSeconds(30);
    /**
     * Reads before the clock starts (one of each kind, as the benchmark goes round them): the first of a kind loads
     * classes and fills caches, which happens once per service start, not once per read.
     */
    private static final int WARM_UP = 3;

    private QueriesUnderLoad() {
    }

    /**
     * Reads {@code queries} times, going round {@code paths}, while {@code loadClients} threads send commands
     * ({@code command.accept(i)} sends the i-th and waits for its answer) without pause; answers p50 and p99 of the
     * reads, p99 judged against {@code p99AtMostMillis} (no load: the idle figures, without a target). Fails if a
     * read is not answered 200 or a command fails.
     */
    static List<Figure> measure(Api api, List<String> paths, int queries, int loadClients, IntConsumer command,
                                double p99AtMostMillis) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger sent = new AtomicInteger();
        CountDownLatch loading = new CountDownLatch(loadClients);
        ExecutorService load = Executors.newFixedThreadPool(Math.max(1, loadClients));
        List<Future<?>> clients = new ArrayList<>();
        long[] latencies;
        for (String path : paths.subList(0, Math.min(WARM_UP, paths.size()))) {
            read(api, path);
        }
        long loadStarted = System.nanoTime();
        double loadSeconds;
        try {
            for (int c = 0; c < loadClients; c++) {
                clients.add(load.submit(() -> {
                    loading.countDown();
                    while (!stop.get()) {
                        command.accept(sent.getAndIncrement());
                    }
                    return null;
                }));
            }
            if (!loading.await(LOAD_START.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new IllegalStateException("the background load did not start in " + LOAD_START);
            }
            latencies = timed(api, paths, queries);
        } finally {
            stop.set(true);
            loadSeconds = Baselines.seconds(loadStarted);
            load.shutdown();
        }
        awaitLoad(clients);
        Latencies measured = new Latencies(latencies);
        if (loadClients == 0) {
            // the same reads on an idle service: what a read costs by itself, beside the target judged under load
            return List.of(Figure.of("T7-idle", "view query over HTTP, 1 client, idle service, p50", measured.millis(0.50), "ms"),
                    Figure.of("T7-idle", "view query over HTTP, 1 client, idle service, p99", measured.millis(0.99), "ms")
                            .atMost(5));
        }
        String what = "view query over HTTP, 1 client, while %d clients send %.0f commands/s".formatted(loadClients,
                sent.get() / loadSeconds);
        return List.of(
                Figure.of("T7", what + ", p50", measured.millis(0.50), "ms"),
                Figure.of("T7", what + ", p99", measured.millis(0.99), "ms").atMost(p99AtMostMillis));
    }

    /**
     * B7, the floor of a read on this machine: the same client reading a static file ({@code path}) {@code queries}
     * times on the idle service, through Tomcat and the filters every request passes, with no view, query or JSON.
     * What T7-idle spends beyond it is the read's own.
     */
    static List<Figure> floor(Api api, String path, int queries) {
        read(api, path);
        Latencies measured = new Latencies(timed(api, List.of(path), queries));
        String what = "a static file over HTTP, 1 client, idle service (the floor of a read)";
        return List.of(Figure.of("B7", what + ", p50", measured.millis(0.50), "ms"),
                Figure.of("B7", what + ", p99", measured.millis(0.99), "ms"));
    }

    /** Reads {@code queries} times, going round {@code paths}: how long each took, from sending to the whole answer. */
    private static long[] timed(Api api, List<String> paths, int queries) {
        long[] latencies = new long[queries];
        for (int i = 0; i < queries; i++) {
            String path = paths.get(i % paths.size());
            long started = System.nanoTime();
            read(api, path);
            latencies[i] = System.nanoTime() - started;
        }
        return latencies;
    }

    private static void read(Api api, String path) {
        Api.Response answer = api.get(path);
        if (answer.status() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + answer);
        }
    }

    /** Waits for the load to stop; a command refused under load fails the run, as elsewhere in the benchmark. */
    private static void awaitLoad(List<Future<?>> clients) throws InterruptedException {
        for (Future<?> client : clients) {
            try {
                client.get();
            } catch (ExecutionException failed) {
                throw new IllegalStateException("a command of the background load failed", failed.getCause());
            }
        }
    }
}
