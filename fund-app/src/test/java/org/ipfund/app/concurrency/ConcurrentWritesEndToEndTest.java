package org.ipfund.app.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.testing.Funds.call;
import static org.ipfund.app.testing.Funds.commitment;
import static org.ipfund.app.testing.Funds.contribution;
import static org.ipfund.app.testing.Funds.launch;
import static org.ipfund.app.testing.Funds.newFundId;
import static org.ipfund.app.testing.Funds.recorded;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.EndToEndTest;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sixteen clients record against one fund at the same moment: commitments, capital calls, contributions against
 * those calls and direct investments that may or may not fit the capital then available. Whatever the
 * interleaving, every acknowledged fact is stored exactly once, every refused one left nothing, no request
 * fails on the server, and the fund's figures and ledger add up to exactly what was acknowledged: in
 * particular the fund never invested more than was paid in.
 */
class ConcurrentWritesEndToEndTest extends EndToEndTest {

    private static final Logger log = LoggerFactory.getLogger(ConcurrentWritesEndToEndTest.class);

    private static final int THREADS = 16;
    private static final int ROUNDS = 5;
    private static final String LAUNCH_DATE = "2017-03-01";

    /** The refusals this workload can meet: the rules it provokes, a conflict, and what follows a refused call or commitment. */
    private static final Set<String> EXPECTED_REFUSALS = Set.of("INSUFFICIENT_CAPITAL", "CONTRIBUTION_EXCEEDS_CALLED",
            "CALL_EXCEEDS_UNFUNDED_COMMITMENTS", "CONCURRENT_CHANGE", "COMMITMENT_NOT_FOUND", "CALL_NOT_FOUND");

    private final String fund = newFundId();

    enum Kind {
        COMMITMENT("org.ipfund.domain.fund.CommitmentRecorded", "commitmentId"),
        CALL("org.ipfund.domain.fund.CapitalCalled", "callId"),
        CONTRIBUTION("org.ipfund.domain.fund.ContributionReceived", "contributionId"),
        INVESTMENT("org.ipfund.domain.investment.DirectInvestmentRecorded", "investmentId");

        final String payloadType;
        final String idField;

        Kind(String payloadType, String idField) {
            this.payloadType = payloadType;
            this.idField = idField;
        }
    }

    /** One request as sent and as answered. */
    record Outcome(Kind kind, String id, BigDecimal amount, int status, String code, long position) {

        boolean acknowledged() {
            return status == 201;
        }

        boolean refused() {
            return status >= 400 && status < 500;
        }

        String key() {
            return kind + "/" + id;
        }
    }

    @Test
    void sixteenClientsRecordingAtOnceLeaveExactlyTheAcknowledgedFactsAndFiguresThatAddUp() throws Exception {
        long launched = recorded(api().post("/api/funds", launch(fund, LAUNCH_DATE)));

        long started = System.nanoTime();
        List<Outcome> outcomes = runConcurrently();
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        Map<Integer, Long> byStatus = outcomes.stream().collect(Collectors.groupingBy(Outcome::status, TreeMap::new,
                Collectors.counting()));
        Map<String, Long> byCode = outcomes.stream().filter(Outcome::refused).collect(Collectors.groupingBy(
                Outcome::code, TreeMap::new, Collectors.counting()));
        long acknowledged = outcomes.stream().filter(Outcome::acknowledged).count();
        long conflicted = byCode.getOrDefault("CONCURRENT_CHANGE", 0L);
        log.info("{} concurrent requests in {} ms: {} acknowledged, {} refused ({} by rules, {} concurrent changes); "
                        + "by status {}, refusals by code {}", outcomes.size(), elapsedMillis, acknowledged,
                outcomes.stream().filter(Outcome::refused).count(),
                outcomes.stream().filter(Outcome::refused).count() - conflicted, conflicted, byStatus, byCode);

        assertThat(outcomes).hasSize(THREADS * ROUNDS * 5);
        assertThat(outcomes).as("no request failed on the server").noneMatch(o -> o.status() >= 500);
        assertThat(outcomes).as("every request was either recorded or refused")
                .allMatch(o -> o.acknowledged() || o.refused());
        assertThat(byCode.keySet()).as("only the refusals this workload can provoke").isSubsetOf(EXPECTED_REFUSALS);
        assertThat(byCode).as("the rules were exercised under contention")
                .containsKeys("INSUFFICIENT_CAPITAL", "CONTRIBUTION_EXCEEDS_CALLED");
        assertThat(acknowledged).as("most of the work got through").isGreaterThan(outcomes.size() / 3);

        assertEveryAcknowledgedFactStoredOnceAndNoRefusedOne(outcomes);

        long last = Math.max(launched, outcomes.stream().filter(Outcome::acknowledged)
                .mapToLong(Outcome::position).max().orElse(launched));
        assertTheFiguresAddUp(outcomes, last);
        assertTheLedgerBalances(outcomes, last);
    }

    private List<Outcome> runConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Outcome>>> clients = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int client = t;
                clients.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return client(client);
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).as("all clients ready").isTrue();
            start.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<List<Outcome>> client : clients) {
                outcomes.addAll(client.get(3, TimeUnit.MINUTES));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One client's rounds: a commitment of 1,000, a call of 600 on it (now and then 1,000.01, more than it
     * promised), a contribution against that call (now and then 600.01, more than was called), and two direct
     * investments of 100 to 1,500 that compete with every other client's for the fund's paid-in capital.
     */
    private List<Outcome> client(int client) {
        Api api = api();
        Random random = new Random(client);
        List<Outcome> outcomes = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            String suffix = client + "-" + round;
            int n = client * ROUNDS + round;
            String commitmentId = "c-" + suffix;
            String callId = "k-" + suffix;
            outcomes.add(send(api, Kind.COMMITMENT, commitmentId, "1000.00", "/commitments",
                    commitment(commitmentId, "Investor " + suffix, n % 2 == 0 ? "LOCAL_FISCAL" : "SOCIAL", "1000.00",
                            "2017-03-02")));
            String called = n % 7 == 3 ? "1000.01" : "600.00";
            outcomes.add(send(api, Kind.CALL, callId, called, "/capital-calls", """
                    {"callId": "%s", "amount": {"amount": "%s", "currency": "CNY"}, "date": "2017-04-01",
                     "commitmentIds": ["%s"]}""".formatted(callId, called, commitmentId)));
            String paid = n % 4 == 1 ? "600.01" : "600.00";
            String contributionId = "p-" + suffix;
            outcomes.add(send(api, Kind.CONTRIBUTION, contributionId, paid, "/contributions",
                    contribution(contributionId, commitmentId, callId, paid, "2017-04-10")));
            for (String deal : List.of("a", "b")) {
                String investmentId = "d-" + suffix + "-" + deal;
                String amount = BigDecimal.valueOf(100 + random.nextInt(1401)).setScale(2).toPlainString();
                outcomes.add(send(api, Kind.INVESTMENT, investmentId, amount, "/investments", """
                        {"investmentId": "%s", "kind": "DIRECT", "company": {"name": "Silk Road IP %s"},
                         "amount": {"amount": "%s", "currency": "CNY"}, "date": "2017-04-10"}"""
                        .formatted(investmentId, investmentId, amount)));
            }
        }
        return outcomes;
    }

    private Outcome send(Api api, Kind kind, String id, String amount, String suffix, String body) {
        Api.Response response = api.post("/api/funds/" + fund + suffix, body);
        String code = null;
        long position = -1;
        if (response.status() == 201) {
            position = response.position();
        } else if (response.status() >= 400) {
            code = response.json().path("code").asText(null);
        }
        return new Outcome(kind, id, new BigDecimal(amount), response.status(), code, position);
    }

    /** The fund's facts in the store, by kind and id, with how many events carry each id. */
    private void assertEveryAcknowledgedFactStoredOnceAndNoRefusedOne(List<Outcome> outcomes) {
        Map<String, Long> stored = new HashMap<>();
        for (Kind kind : Kind.values()) {
            jdbc.query("""
                    SELECT convert_from(payload, 'UTF8')::jsonb ->> ? AS fact_id, count(*) AS events
                    FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype = ?
                    GROUP BY 1""", row -> {
                stored.put(kind + "/" + row.getString("fact_id"), row.getLong("events"));
            }, kind.idField, fund, kind.payloadType);
        }
        assertThat(outcomes).filteredOn(Outcome::acknowledged).allSatisfy(o ->
                assertThat(stored.get(o.key())).as("events stored for acknowledged %s", o).isEqualTo(1L));
        assertThat(outcomes).filteredOn(Outcome::refused).allSatisfy(o ->
                assertThat(stored.get(o.key())).as("events stored for refused %s", o).isNull());
        assertThat(stored.keySet()).as("the store holds exactly the acknowledged facts")
                .containsExactlyInAnyOrderElementsOf(outcomes.stream().filter(Outcome::acknowledged)
                        .map(Outcome::key).toList());
        assertThat(storedEventsOf(fund)).as("the launch and one event per acknowledged fact")
                .isEqualTo(1 + stored.size());
    }

    private void assertTheFiguresAddUp(List<Outcome> outcomes, long last) {
        Api.Response position = api().get("/api/funds/" + fund + "?minPosition=" + last);
        assertThat(position.status()).as(position.toString()).isEqualTo(200);
        BigDecimal committed = acknowledgedSum(outcomes, Kind.COMMITMENT);
        BigDecimal called = acknowledgedSum(outcomes, Kind.CALL);
        BigDecimal paidIn = acknowledgedSum(outcomes, Kind.CONTRIBUTION);
        BigDecimal invested = acknowledgedSum(outcomes, Kind.INVESTMENT);
        log.info("acknowledged: committed {}, called {}, paid in {}, invested {}", committed, called, paidIn, invested);

        assertThat(new BigDecimal(position.amount("committed"))).isEqualByComparingTo(committed);
        assertThat(new BigDecimal(position.amount("called"))).isEqualByComparingTo(called);
        assertThat(new BigDecimal(position.amount("paidIn"))).isEqualByComparingTo(paidIn);
        assertThat(new BigDecimal(position.amount("invested"))).isEqualByComparingTo(invested);
        assertThat(new BigDecimal(position.amount("available"))).isEqualByComparingTo(paidIn.subtract(invested));
        assertThat(paidIn.subtract(invested)).as("the fund never invested more than was paid in").isNotNegative();
        assertThat(called).as("never called more than was committed").isLessThanOrEqualTo(committed);
        assertThat(paidIn).as("never paid in more than was called").isLessThanOrEqualTo(called);
    }

    private void assertTheLedgerBalances(List<Outcome> outcomes, long last) {
        Api.Response ledger = api().get("/api/audit/ledger?fundId=" + fund + "&minPosition=" + last);
        assertThat(ledger.status()).as(ledger.toString()).isEqualTo(200);
        JsonNode totals = ledger.json().path("totals");
        assertThat(totals.size()).isEqualTo(1);
        JsonNode cny = totals.path("CNY");
        assertThat(cny.path("balanced").asBoolean()).as(totals.toString()).isTrue();
        assertThat(new BigDecimal(cny.path("debit").asText())).isEqualByComparingTo(new BigDecimal(cny.path("credit").asText()));

        BigDecimal cash = BigDecimal.ZERO;
        for (JsonNode line : ledger.json().path("lines")) {
            if ("CASH".equals(line.path("account").asText())) {
                cash = cash.add(new BigDecimal(line.path("debit").asText())).subtract(new BigDecimal(line.path("credit").asText()));
            }
        }
        assertThat(cash).as("cash in the ledger: paid in less invested")
                .isEqualByComparingTo(acknowledgedSum(outcomes, Kind.CONTRIBUTION)
                        .subtract(acknowledgedSum(outcomes, Kind.INVESTMENT)));
    }

    private static BigDecimal acknowledgedSum(List<Outcome> outcomes, Kind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind && o.acknowledged())
                .map(Outcome::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
