package org.ipfund.app.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.Funds;
import org.ipfund.app.testing.ServiceProcess;
import org.ipfund.projections.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The packaged service killed with SIGKILL in the middle of a load of writes, then started again on the same
 * database. Every write it acknowledged is in the store and the views exactly once; every write whose answer
 * was lost is retried with its Idempotency-Key and then also recorded exactly once; the views equal a rebuild
 * and the evidence chains verify.
 */
class CrashRecoveryIT {

    private static final int WRITERS = 8;
    private static final int ACKNOWLEDGED_BEFORE_THE_KILL = 80;
    private static final List<String> VIEWS = List.of("audit-ledger", "capital-position", "distributions", "portfolio");

    @TempDir
    Path home;

    @Test
    void everyWriteAcknowledgedOrRetriedIsRecordedOnceAfterASigkill() throws Exception {
        TestDatabase database = TestDatabase.fresh();
        JdbcTemplate store = new JdbcTemplate(database.newDataSource());
        try (ServiceProcess service = ServiceProcess.on(database, home, "crash").start()) {
            Api api = service.api();
            String fundId = Funds.newFundId();
            Funds.recorded(api.post("/api/funds", Funds.launch(fundId, "2017-03-01")));

            Map<String, String> acknowledged = new ConcurrentHashMap<>();
            Map<String, String> unanswered = new ConcurrentHashMap<>();
            loadUntilKilled(service, api, fundId, acknowledged, unanswered);
            System.out.printf("killed with %d writes acknowledged and %d unanswered%n", acknowledged.size(),
                    unanswered.size());

            service.start();
            long last = 0;
            for (Map.Entry<String, String> write : unanswered.entrySet()) {
                Api.Response retried = commit(api, fundId, write.getKey(), write.getValue());
                assertThat(retried.status()).as("retry of %s: %s", write.getKey(), retried).isEqualTo(201);
                last = Math.max(last, retried.position());
            }
            for (Map.Entry<String, String> write : acknowledged.entrySet()) {
                Api.Response retried = commit(api, fundId, write.getKey(), write.getValue());
                assertThat(retried.header("Idempotent-Replayed")).as("retry of acknowledged %s", write.getKey())
                        .isEqualTo("true");
                last = Math.max(last, retried.position());
            }

            Map<String, String> expected = new HashMap<>(acknowledged);
            expected.putAll(unanswered);
            JsonNode commitments = api.get("/api/funds/" + fundId + "/commitments?minPosition=" + last).json()
                    .get("commitments");
            Map<String, Integer> timesShown = new HashMap<>();
            commitments.forEach(c -> timesShown.merge(c.get("investor").asText(), 1, Integer::sum));
            assertThat(timesShown.keySet()).containsExactlyInAnyOrderElementsOf(
                    expected.keySet().stream().map(CrashRecoveryIT::investor).toList());
            assertThat(timesShown.values()).allMatch(times -> times == 1);
            assertThat(store.queryForObject("""
                    SELECT count(*) FROM domainevententry
                    WHERE aggregateidentifier = ? AND payloadtype LIKE '%.CommitmentRecorded'""", Long.class, fundId))
                    .isEqualTo(expected.size());
            BigDecimal total = expected.values().stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(new BigDecimal(api.get("/api/funds/" + fundId + "?minPosition=" + last).amount("committed")))
                    .isEqualTo(total.setScale(2));

            for (String view : VIEWS) {
                Api.Response shadow = api.post("/api/admin/projections/" + view + "/shadow-rebuild", "");
                assertThat(shadow.json().get("equal").asBoolean()).as("%s equals its rebuild: %s", view, shadow.body())
                        .isTrue();
            }
            Api.Response verified = api.get("/api/audit/verify");
            assertThat(verified.json().get("valid").asBoolean()).as(verified.body()).isTrue();
        }
    }

    /** Writers keep recording commitments (ids made by the server) until the service is killed under them. */
    private static void loadUntilKilled(ServiceProcess service, Api api, String fundId,
                                        Map<String, String> acknowledged, Map<String, String> unanswered)
            throws Exception {
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            running.add(writers.submit(() -> {
                for (int i = 0; !killed.get(); i++) {
                    String key = "w-" + writer + "-" + i;
                    String amount = (1000 + 1000 * writer + i) + ".00";
                    try {
                        Api.Response answer = commit(api, fundId, key, amount);
                        if (answer.status() == 201) {
                            acknowledged.put(key, amount);
                        } else {
                            // cut off mid-answer, or the database went with the process: the outcome is unknown
                            assertThat(answer.status()).as(answer.toString()).isGreaterThanOrEqualTo(500);
                            unanswered.put(key, amount);
                        }
                    } catch (UncheckedIOException connectionLost) {
                        unanswered.put(key, amount);
                    }
                }
                return null;
            }));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_THE_KILL && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        service.kill();
        killed.set(true);
        writers.shutdown();
        for (Future<?> writer : running) {
            writer.get(60, TimeUnit.SECONDS);
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_THE_KILL);
    }

    private static Api.Response commit(Api api, String fundId, String key, String amount) {
        String body = """
                {"investor": "%s", "source": "SOCIAL", "amount": {"amount": "%s", "currency": "CNY"},
                 "date": "2017-03-02"}""".formatted(investor(key), amount);
        return api.post("/api/funds/" + fundId + "/commitments", body, Map.of("Idempotency-Key", key));
    }

    private static String investor(String key) {
        return "Investor " + key;
    }
}
