package org.ipfund.app.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.testing.Funds.commitment;
import static org.ipfund.app.testing.Funds.launch;
import static org.ipfund.app.testing.Funds.newFundId;
import static org.ipfund.app.testing.Funds.recorded;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.EndToEndTest;
import org.ipfund.app.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A retried write with the same Idempotency-Key records nothing again and gets the first answer. */
class IdempotencyEndToEndTest extends EndToEndTest {

    private String fund;

    @BeforeEach
    void aFund() {
        fund = newFundId();
        recorded(api().post("/api/funds", launch(fund, "2017-03-01")));
    }

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerAndRecordsNothing() {
        // no commitmentId: the server makes one, so only the key can tell a retry from a second commitment
        String body = withoutId();
        Api.Response first = withKey("k-" + fund, body);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        long stored = storedEventsOf(fund);

        Api.Response retry = withKey("k-" + fund, body);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(storedEventsOf(fund)).isEqualTo(stored);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndRecordsNothing() {
        withKey("k-" + fund, withoutId());
        long stored = storedEventsOf(fund);
        Api.Response other = withKey("k-" + fund, withoutId().replace("100.00", "200.00"));
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.header("Content-Type")).startsWith("application/problem+json");
        assertThat(other.json().path("code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(storedEventsOf(fund)).isEqualTo(stored);
    }

    @Test
    void aKeyLeftUnansweredByARequestThatWasCutOffIsServedAfresh() throws Exception {
        // as a crashed instance leaves it: the key's row made, no answer, no lock (its transaction died with it)
        String body = withoutId();
        String path = "/api/funds/" + fund + "/commitments";
        byte[] fingerprint = java.security.MessageDigest.getInstance("SHA-256")
                .digest(("POST " + path + "\n" + body).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        jdbc.update("INSERT INTO idempotency_key (owner, key, fingerprint) VALUES (?, ?, ?)", TestUsers.TESTER,
                "cut-off-" + fund, java.util.HexFormat.of().formatHex(fingerprint));
        long stored = storedEventsOf(fund);

        Api.Response served = withKey("cut-off-" + fund, body);
        assertThat(served.status()).as(served.body()).isEqualTo(201);
        assertThat(served.header("Idempotent-Replayed")).isNull();
        assertThat(storedEventsOf(fund)).isEqualTo(stored + 1);
        Api.Response retry = withKey("cut-off-" + fund, body);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(served.body());
        assertThat(storedEventsOf(fund)).isEqualTo(stored + 1);
    }

    @Test
    void aRefusalIsTheFirstAnswerToo() {
        String tooEarly = withoutId().replace("2017-03-02", "2017-02-01");
        Api.Response first = withKey("refused-" + fund, tooEarly);
        assertThat(first.status()).isEqualTo(409);
        Api.Response retry = withKey("refused-" + fund, tooEarly);
        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(storedEventsOf(fund)).isEqualTo(1);
    }

    @Test
    void concurrentCopiesRecordOnce() throws Exception {
        String body = withoutId();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Api.Response>> copies = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                copies.add(() -> withKey("burst-" + fund, body));
            }
            List<Api.Response> answers = new ArrayList<>();
            for (Future<Api.Response> answer : threads.invokeAll(copies)) {
                answers.add(answer.get());
            }
            assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(201));
            assertThat(answers).extracting(Api.Response::body).containsOnly(answers.get(0).body());
        } finally {
            threads.shutdownNow();
        }
        assertThat(storedEventsOf(fund)).isEqualTo(2);
    }

    @Test
    void keysBelongToTheirUser() {
        Api.Response tester = withKey("shared-" + fund, withoutId());
        Api.Response manager = api().as(TestUsers.MANAGER).post("/api/funds/" + fund + "/commitments", withoutId(),
                Map.of("Idempotency-Key", "shared-" + fund));
        assertThat(manager.status()).isEqualTo(201);
        assertThat(manager.body()).isNotEqualTo(tester.body());
        assertThat(storedEventsOf(fund)).isEqualTo(3);
    }

    @Test
    void refusesAMalformedKey() {
        Api.Response response = withKey("has space", withoutId());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("code").asText()).isEqualTo("INVALID_INPUT");
        assertThat(storedEventsOf(fund)).isEqualTo(1);
    }

    private Api.Response withKey(String key, String body) {
        return api().post("/api/funds/" + fund + "/commitments", body, Map.of("Idempotency-Key", key));
    }

    private static String withoutId() {
        return commitment("ignored", "Xiamen Finance Bureau", "LOCAL_FISCAL", "100.00", "2017-03-02")
                .replaceFirst("\"commitmentId\"\\s*:\\s*\"ignored\"\\s*,", "");
    }
}
