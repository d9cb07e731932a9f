package org.ipfund.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.audit.AuditFacts.XIAMEN_POLICY;
import static org.ipfund.app.audit.AuditFacts.direct;
import static org.ipfund.app.audit.AuditFacts.exact;
import static org.ipfund.app.audit.AuditFacts.subFund;
import static org.ipfund.app.testing.Funds.call;
import static org.ipfund.app.testing.Funds.commitment;
import static org.ipfund.app.testing.Funds.contribution;
import static org.ipfund.app.testing.Funds.launch;
import static org.ipfund.app.testing.Funds.newFundId;
import static org.ipfund.app.testing.Funds.recorded;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.EndToEndTest;
import org.junit.jupiter.api.Test;

/**
 * The auditors read every recorded event over HTTP, straight from the event store on PostgreSQL: what it says,
 * who recorded it, when, from which business date, and which request and command caused it; page by page in the
 * store's order, for all funds or one.
 */
class EventHistoryEndToEndTest extends EndToEndTest {

    private final String fund = newFundId();

    @Test
    void showsEachEventOfAFundWithWhoRecordedItWhenFromWhichDateAndWhy() {
        Instant before = Instant.now();
        String launchRequest = requestId();
        String commitmentRequest = requestId();
        String dealRequest = requestId();
        long launched = recorded(api().post("/api/funds", launch(fund, "GUIDANCE", "2017-03-01", XIAMEN_POLICY),
                Map.of("X-Request-Id", launchRequest)));
        long committed = recorded(api().post(path("/commitments"),
                commitment("central", "Central finance", "CENTRAL_FISCAL", "200000000.00", "2017-03-02"),
                Map.of("X-Request-Id", commitmentRequest)));
        recorded(api().post(path("/capital-calls"), call("call-1", "60000000.00", "2017-04-01")));
        recorded(api().post(path("/contributions"), contribution("paid-1", "central", "call-1", "60000000.00",
                "2017-04-10")));
        long invested = recorded(api().post(path("/investments"), direct("deal-1", "Xiamen Patent Operation Co.",
                "3000000.00", "2017-06-01"), Map.of("X-Request-Id", dealRequest)));
        Instant after = Instant.now();

        Api.Response history = api().get("/api/audit/events?aggregateId=" + fund);

        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        assertThat(history.header("Content-Type")).startsWith("application/json");
        JsonNode events = exact(history.body()).path("events");
        assertThat(each(events, "type")).containsExactly("FundLaunched", "CommitmentRecorded", "CapitalCalled",
                "ContributionReceived", "DirectInvestmentRecorded");
        assertThat(each(events, "aggregateId")).containsOnly(fund);
        assertThat(each(events, "sequence")).containsExactly("0", "1", "2", "3", "4");
        assertThat(exact(history.body()).path("nextAfterPosition").asLong()).isEqualTo(invested);

        JsonNode commitment = events.get(1);
        assertThat(commitment.path("position").asLong()).isEqualTo(committed);
        assertThat(commitment.path("eventId").asText()).isEqualTo(storedEventId(committed));
        assertThat(commitment.path("payloadType").asText()).isEqualTo("org.ipfund.domain.fund.CommitmentRecorded");
        assertThat(commitment.path("payload").isObject()).isTrue();
        assertThat(commitment.path("payload")).isEqualTo(storedPayload(committed));
        assertThat(commitment.path("payload").path("fundId").asText()).isEqualTo(fund);
        assertThat(commitment.path("payload").path("commitmentId").asText()).isEqualTo("central");
        assertThat(commitment.path("payload").path("investor").asText()).isEqualTo("Central finance");
        assertThat(commitment.path("payload").path("source").asText()).isEqualTo("CENTRAL_FISCAL");
        assertThat(commitment.path("payload").path("amount").path("amount").decimalValue().toPlainString())
                .as("the amount as stored, not as a float").isEqualTo("200000000.00");
        assertThat(commitment.path("payload").path("date").asText()).isEqualTo("2017-03-02");
        assertThat(commitment.path("businessDate").asText()).isEqualTo("2017-03-02");
        assertThat(commitment.path("actor").asText()).isEqualTo(org.ipfund.app.testing.TestUsers.TESTER);
        assertThat(commitment.path("correlationId").asText()).isEqualTo(commitmentRequest);
        assertThat(commitment.path("causationId").asText()).isNotBlank();
        assertThat(commitment.path("recordedAt").asText()).endsWith("Z");
        Instant recordedAt = Instant.parse(commitment.path("recordedAt").asText());
        assertThat(recordedAt).isEqualTo(storedTimestamp(committed));
        assertThat(recordedAt).isBetween(before.minusMillis(1), after);

        JsonNode launchEvent = events.get(0);
        assertThat(launchEvent.path("position").asLong()).isEqualTo(launched);
        assertThat(launchEvent.path("payload").path("name").asText()).isEqualTo("Xiamen Belt and Road IP fund");
        assertThat(launchEvent.path("payload").path("policy").path("terms").get(0).path("shareCap").path("value")
                .decimalValue().toPlainString()).isEqualTo("0.30");
        assertThat(launchEvent.path("businessDate").asText()).isEqualTo("2017-03-01");
        assertThat(launchEvent.path("correlationId").asText()).isEqualTo(launchRequest);

        JsonNode deal = events.get(4);
        assertThat(deal.path("payload").path("fundAmount").path("amount").decimalValue().toPlainString())
                .isEqualTo("3000000.00");
        assertThat(deal.path("payload").path("exchangeRate").isNull()).isTrue();
        assertThat(deal.path("payload").path("inTargetRegion").asBoolean()).isTrue();
        assertThat(deal.path("businessDate").asText()).isEqualTo("2017-06-01");
        assertThat(deal.path("correlationId").asText()).isEqualTo(dealRequest);

        assertThat(each(events, "causationId")).doesNotHaveDuplicates();
        for (JsonNode event : events) {
            assertThat(event.path("actor").asText()).isEqualTo(org.ipfund.app.testing.TestUsers.TESTER);
            assertThat(event.path("payload")).isEqualTo(storedPayload(event.path("position").asLong()));
            assertThat(Instant.parse(event.path("recordedAt").asText()))
                    .isEqualTo(storedTimestamp(event.path("position").asLong()));
        }
    }

    @Test
    void theEventsOfOneRequestShareItsCorrelationIdAndTheirCause() {
        recorded(api().post("/api/funds", launch(fund, "GUIDANCE", "2017-03-01", XIAMEN_POLICY)));
        recorded(api().post(path("/commitments"),
                commitment("central", "Central finance", "CENTRAL_FISCAL", "200000000.00", "2017-03-02")));
        recorded(api().post(path("/capital-calls"), call("call-1", "60000000.00", "2017-04-01")));
        recorded(api().post(path("/contributions"), contribution("paid-1", "central", "call-1", "60000000.00",
                "2017-04-10")));
        String subFundId = fund + "-sub";
        String request = requestId();
        long created = recorded(api().post(path("/sub-funds"), subFund(subFundId, "Xiamen IP Sub-fund No. 1",
                "100000000.00", "25000000.00", "2018-01-10"), Map.of("X-Request-Id", request)));

        JsonNode parentSide = last(exact(api().get("/api/audit/events?aggregateId=" + fund).body()).path("events"));
        JsonNode subFundSide = exact(api().get("/api/audit/events?aggregateId=" + subFundId).body()).path("events");

        assertThat(parentSide.path("type").asText()).isEqualTo("SubFundCommitted");
        assertThat(each(subFundSide, "type")).containsExactly("SubFundLaunched", "CommitmentRecorded");
        assertThat(each(subFundSide, "aggregateId")).containsOnly(subFundId);
        List<JsonNode> recorded = List.of(parentSide, subFundSide.get(0), subFundSide.get(1));
        assertThat(recorded).allSatisfy(event -> {
            assertThat(event.path("correlationId").asText()).isEqualTo(request);
            assertThat(event.path("causationId").asText()).isEqualTo(parentSide.path("causationId").asText());
            assertThat(event.path("businessDate").asText()).isEqualTo("2018-01-10");
        });
        assertThat(recorded).extracting(event -> event.path("position").asLong()).contains(created);
    }

    @Test
    void pagesThroughTheWholeHistoryInTheStoresOrderWithoutGapsOrRepeats() {
        recordSeveralFunds();
        List<Long> stored = jdbc.queryForList("SELECT globalindex FROM domainevententry ORDER BY globalindex",
                Long.class);

        List<Long> read = new ArrayList<>();
        Long after = null;
        int pages = 0;
        while (true) {
            Api.Response page = api().get("/api/audit/events?limit=7" + (after == null ? "" : "&afterPosition=" + after));
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            JsonNode events = page.json().path("events");
            if (events.isEmpty()) {
                assertThat(page.json().path("nextAfterPosition").isNull()).isTrue();
                break;
            }
            assertThat(events.size()).isLessThanOrEqualTo(7);
            events.forEach(event -> read.add(event.path("position").asLong()));
            assertThat(page.json().path("nextAfterPosition").asLong()).isEqualTo(last(events).path("position").asLong());
            after = page.json().path("nextAfterPosition").asLong();
            pages++;
        }

        assertThat(read).doesNotHaveDuplicates().isSorted();
        assertThat(read).containsSequence(stored);
        assertThat(pages).isGreaterThanOrEqualTo((stored.size() + 6) / 7);
    }

    @Test
    void pagesThroughOneFundsEventsOnly() {
        recordSeveralFunds();
        List<Long> ofTheFund = jdbc.queryForList(
                "SELECT globalindex FROM domainevententry WHERE aggregateidentifier = ? ORDER BY globalindex",
                Long.class, fund);
        assertThat(ofTheFund).hasSize(5);

        Api.Response first = api().get("/api/audit/events?aggregateId=" + fund + "&limit=2");
        Api.Response second = api().get("/api/audit/events?aggregateId=" + fund + "&limit=2&afterPosition="
                + first.json().path("nextAfterPosition").asLong());
        Api.Response third = api().get("/api/audit/events?aggregateId=" + fund + "&limit=2&afterPosition="
                + second.json().path("nextAfterPosition").asLong());
        Api.Response past = api().get("/api/audit/events?aggregateId=" + fund + "&limit=2&afterPosition="
                + third.json().path("nextAfterPosition").asLong());

        List<Long> read = new ArrayList<>();
        for (Api.Response page : List.of(first, second, third)) {
            page.json().path("events").forEach(event -> {
                assertThat(event.path("aggregateId").asText()).isEqualTo(fund);
                read.add(event.path("position").asLong());
            });
        }
        assertThat(first.json().path("events")).hasSize(2);
        assertThat(third.json().path("events")).hasSize(1);
        assertThat(third.json().path("nextAfterPosition").asLong()).isEqualTo(ofTheFund.get(4));
        assertThat(read).isEqualTo(ofTheFund);
        assertThat(past.json().path("events")).isEmpty();
        assertThat(past.json().path("nextAfterPosition").isNull()).isTrue();
    }

    @Test
    void answersAHundredEventsAPageUnlessToldOtherwise() {
        recorded(api().post("/api/funds", launch(fund, "2017-03-01")));
        for (int i = 0; i < 100; i++) {
            recorded(api().post(path("/commitments"),
                    commitment("c-" + i, "Investor " + i, "SOCIAL", "1000.00", "2017-03-02")));
        }

        Api.Response first = api().get("/api/audit/events?aggregateId=" + fund);
        Api.Response rest = api().get("/api/audit/events?aggregateId=" + fund + "&afterPosition="
                + first.json().path("nextAfterPosition").asLong());
        Api.Response atMost = api().get("/api/audit/events?aggregateId=" + fund + "&limit=1000");

        assertThat(first.json().path("events")).hasSize(100);
        assertThat(rest.json().path("events")).hasSize(1);
        assertThat(last(rest.json().path("events")).path("payload").path("commitmentId").asText()).isEqualTo("c-99");
        assertThat(atMost.status()).as(atMost.toString()).isEqualTo(200);
        assertThat(atMost.json().path("events")).hasSize(101);
    }

    @Test
    void answersNoEventsForAnAggregateNeverRecorded() {
        Api.Response history = api().get("/api/audit/events?aggregateId=" + newFundId());

        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        assertThat(history.json().path("events")).isEmpty();
        assertThat(history.json().path("nextAfterPosition").isNull()).isTrue();
    }

    @Test
    void refusesALimitOrPositionOutOfRangeNamingTheParameter() {
        assertRefused("limit=0", "limit");
        assertRefused("limit=1001", "limit");
        assertRefused("limit=-5", "limit");
        assertRefused("limit=ten", "limit");
        assertRefused("afterPosition=-2", "afterPosition");
        assertRefused("afterPosition=first", "afterPosition");
        assertThat(api().get("/api/audit/events?afterPosition=-1&limit=1").status()).isEqualTo(200);
    }

    private void assertRefused(String query, String parameter) {
        Api.Response refused = api().get("/api/audit/events?" + query);
        assertThat(refused.status()).as(query + ": " + refused).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().path("code").asText()).isEqualTo("INVALID_INPUT");
        assertThat(refused.json().path("status").asInt()).isEqualTo(400);
        assertThat(refused.json().path("title").asText()).isNotBlank();
        assertThat(refused.json().path("type").asText()).isNotBlank();
        assertThat(refused.json().path("detail").asText()).startsWith(parameter);
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo(parameter);
    }

    /** This test's fund with five events, and two other funds recorded in between. */
    private void recordSeveralFunds() {
        recorded(api().post("/api/funds", launch(fund, "2017-03-01")));
        recorded(api().post("/api/funds", launch(newFundId(), "2017-03-01")));
        recorded(api().post(path("/commitments"),
                commitment("central", "Central finance", "CENTRAL_FISCAL", "200000000.00", "2017-03-02")));
        recorded(api().post(path("/capital-calls"), call("call-1", "60000000.00", "2017-04-01")));
        recorded(api().post("/api/funds", launch(newFundId(), "2017-03-01")));
        recorded(api().post(path("/contributions"), contribution("paid-1", "central", "call-1", "60000000.00",
                "2017-04-10")));
        recorded(api().post(path("/investments"), direct("deal-1", "Xiamen Patent Operation Co.", "3000000.00",
                "2017-06-01")));
    }

    private String storedEventId(long position) {
        return jdbc.queryForObject("SELECT eventidentifier FROM domainevententry WHERE globalindex = ?", String.class,
                position);
    }

    private JsonNode storedPayload(long position) {
        return exact(jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE globalindex = ?",
                String.class, position));
    }

    private Instant storedTimestamp(long position) {
        return Instant.parse(jdbc.queryForObject("SELECT timestamp FROM domainevententry WHERE globalindex = ?",
                String.class, position));
    }

    /** One field of each event itself, not of the payloads within (a launch's payload has a "type" too). */
    private static List<String> each(JsonNode events, String field) {
        List<String> values = new ArrayList<>();
        events.forEach(event -> values.add(event.path(field).asText()));
        return values;
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }

    private static String requestId() {
        return "req-" + UUID.randomUUID();
    }

    private String path(String suffix) {
        return "/api/funds/" + fund + suffix;
    }
}
