package org.ipfund.app.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.Funds;
import org.ipfund.app.testing.ServiceProcess;
import org.ipfund.projections.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the packaged service on one database, as in production behind a load balancer: they split
 * every view's segments between them, both accept every write (to the same funds at once), each is stored
 * once and shown by both, the views equal a rebuild from the events, and when one instance
 * stops the other takes over its segments.
 */
class TwoNodesIT {

    private static final List<String> VIEWS = List.of("audit-ledger", "capital-position", "distributions", "portfolio");
    private static final int FUNDS = 2;
    private static final int WRITERS = 8;
    private static final int WRITES_PER_WRITER = 25;

    @TempDir
    Path home;

    @Test
    void shareTheProjectionWorkAcceptWritesOnBothAndAgreeWithARebuild() throws Exception {
        TestDatabase database = TestDatabase.fresh();
        JdbcTemplate store = new JdbcTemplate(database.newDataSource());
        try (ServiceProcess first = ServiceProcess.on(database, home, "node-a").start();
             ServiceProcess second = ServiceProcess.on(database, home, "node-b").start()) {
            List<Api> nodes = List.of(first.api(), second.api());
            await("each node claims one of each view's two segments", Duration.ofSeconds(60),
                    () -> VIEWS.stream().allMatch(view -> segments(nodes.get(0), view) == 1 && segments(nodes.get(1), view) == 1));

            List<String> funds = new ArrayList<>();
            for (int i = 0; i < FUNDS; i++) {
                String fundId = Funds.newFundId();
                Funds.recorded(nodes.get(i % 2).post("/api/funds", Funds.launch(fundId, "2017-03-01")));
                funds.add(fundId);
            }

            Map<String, BigDecimal> acknowledged = new ConcurrentHashMap<>();
            long lastPosition = writeFromBothNodes(nodes, funds, acknowledged);

            for (String fundId : funds) {
                BigDecimal expected = acknowledged.entrySet().stream().filter(e -> e.getKey().startsWith(fundId + "/"))
                        .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
                long stored = store.queryForObject("""
                        SELECT count(*) FROM domainevententry
                        WHERE aggregateidentifier = ? AND payloadtype LIKE '%.CommitmentRecorded'""", Long.class, fundId);
                long expectedCount = acknowledged.keySet().stream().filter(key -> key.startsWith(fundId + "/")).count();
                assertThat(stored).as("commitments stored for %s", fundId).isEqualTo(expectedCount);
                for (Api node : nodes) {
                    Api.Response position = node.get("/api/funds/" + fundId + "?minPosition=" + lastPosition);
                    assertThat(position.status()).as(position.body()).isEqualTo(200);
                    assertThat(new BigDecimal(position.amount("committed"))).as("committed in %s", fundId)
                            .isEqualTo(expected);
                }
            }
            assertThat(acknowledged).hasSize(WRITERS * WRITES_PER_WRITER);

            await("both nodes' views have handled every event", Duration.ofSeconds(60),
                    () -> VIEWS.stream().allMatch(view -> lag(nodes.get(0), view) == 0 && lag(nodes.get(1), view) == 0));
            for (String view : VIEWS) {
                Api.Response shadow = nodes.get(0).post("/api/admin/projections/" + view + "/shadow-rebuild", "");
                assertThat(shadow.status()).as(shadow.body()).isEqualTo(200);
                assertThat(shadow.json().get("equal").asBoolean()).as("%s equals its rebuild: %s", view, shadow.body())
                        .isTrue();
            }
            JsonNode verified = nodes.get(1).get("/api/audit/verify").json();
            assertThat(verified.toString()).contains("\"valid\":true");

            second.stop();
            await("the remaining node takes over every segment", Duration.ofSeconds(60),
                    () -> VIEWS.stream().allMatch(view -> segments(nodes.get(0), view) == 2));
        }
    }

    /**
     * Writers alternate between the nodes and all write to the same two funds; a fund's writes wait for each other
     * across the nodes, so every one is accepted. Answers the last position seen.
     */
    private long writeFromBothNodes(List<Api> nodes, List<String> funds, Map<String, BigDecimal> acknowledged)
            throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<Long>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                done.add(writers.submit(() -> {
                    long last = 0;
                    for (int i = 0; i < WRITES_PER_WRITER; i++) {
                        String fundId = funds.get((writer + i) % funds.size());
                        String commitmentId = "c-" + writer + "-" + i;
                        String amount = (1000 + writer * 100 + i) + ".00";
                        Api.Response answer = nodes.get((writer + i) % 2).post("/api/funds/" + fundId + "/commitments",
                                Funds.commitment(commitmentId, "Investor " + writer, "SOCIAL", amount, "2017-04-01"));
                        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
                        acknowledged.put(fundId + "/" + commitmentId, new BigDecimal(amount));
                        last = Math.max(last, answer.position());
                    }
                    return last;
                }));
            }
            long last = 0;
            for (Future<Long> writer : done) {
                last = Math.max(last, writer.get());
            }
            return last;
        } finally {
            writers.shutdownNow();
        }
    }

    private static int segments(Api node, String view) {
        return node.get("/api/admin/projections/" + view).json().get("segments").asInt();
    }

    private static long lag(Api node, String view) {
        JsonNode lag = node.get("/api/admin/projections/" + view).json().get("lag");
        return lag == null || lag.isNull() ? 0 : lag.asLong();
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s for: %s", timeout, what).isLessThan(deadline);
            Thread.sleep(250);
        }
    }
}
