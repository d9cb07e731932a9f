package org.ipfund.app.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.testing.Funds.commitment;
import static org.ipfund.app.testing.Funds.launch;
import static org.ipfund.app.testing.Funds.recorded;
import static org.ipfund.domain.testing.Gen.weighted;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.ipfund.app.testing.Api;
import org.ipfund.domain.testing.Gen;
import org.ipfund.domain.testing.Property;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The request space of {@code POST /api/funds/{fundId}/commitments}: bodies with fields valid, missing, null, of
 * the wrong type, malformed, out of the fund's life, or extra. A body is either recorded (201, exactly one event,
 * and the view shows exactly the values sent) or refused (4xx problem details with a code, naming only fields
 * that were at fault, and nothing recorded). A body with nothing wrong is recorded; one with a fault is refused.
 */
class CommitmentRequestPropertyTest extends EndToEndProperties {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LAUNCH_DATE = "2017-03-01";
    private static final String ID = "%ID%";

    private String fund;

    @BeforeEach
    void aFundWithOneCommitment() {
        fund = newId("requests");
        recorded(api().post("/api/funds", launch(fund, LAUNCH_DATE)));
        recorded(api().post(path(), commitment("c-dup", "Xiamen Finance Bureau", "LOCAL_FISCAL", "100.00",
                LAUNCH_DATE)));
    }

    @Test
    void aBodyIsRecordedAsSentOrRefusedRecordingNothing() {
        Map<String, Integer> outcomes = Property.forAll(80, bodies(), this::recordedAsSentOrRefused);
        assertThat(outcomes.keySet()).as("outcomes reached")
                .anyMatch(outcome -> outcome.startsWith("recorded"))
                .anyMatch(outcome -> outcome.startsWith("refused"));
    }

    private String recordedAsSentOrRefused(Body body) {
        String json = body.json().replace(ID, newId("c"));
        long ofTheFund = storedEventsOf(fund);
        Recorded recorded = recording(() -> api().post(path(), json));
        Api.Response response = recorded.response();
        List<String> faulty = body.faulty();

        if (response.status() == 201) {
            assertThat(body.mustBeRefused()).as("recorded although " + faulty + " at fault: " + json).isFalse();
            assertThat(recorded.events()).as("events recorded by " + json).isEqualTo(1);
            assertThat(storedEventsOf(fund)).isEqualTo(ofTheFund + 1);
            assertShownAsSent(json, response);
            return "recorded";
        } else {
            JsonNode problem = assertRefusedRecordingNothing(recorded);
            assertThat(storedEventsOf(fund)).isEqualTo(ofTheFund);
            assertThat(faulty).as("refused with nothing at fault: " + json + " -> " + response).isNotEmpty();
            assertThat(fieldsNamedBy(problem).stream().map(CommitmentRequestPropertyTest::topLevel))
                    .as("fields named for " + json + " -> " + response).isSubsetOf(faulty);
            if (faulty.size() == 1 && response.status() == 400) {
                assertThat(fieldsNamedBy(problem)).as("the field at fault in " + json + " -> " + response)
                        .isNotEmpty();
            }
            return "refused " + response.status() + " " + problem.path("code").asText();
        }
    }

    private void assertShownAsSent(String json, Api.Response response) {
        JsonNode sent = read(json);
        String id = response.json().path("commitmentId").asText();
        if (sent.hasNonNull("commitmentId")) {
            assertThat(id).isEqualTo(sent.path("commitmentId").asText());
        }
        Api.Response view = api().get(path() + "/" + id + "?minPosition=" + response.position());
        assertThat(view.status()).as(view.toString()).isEqualTo(200);
        JsonNode shown = view.json();
        assertThat(shown.path("commitmentId").asText()).isEqualTo(id);
        assertThat(shown.path("investor").asText()).isEqualTo(sent.path("investor").asText());
        assertThat(shown.path("source").asText()).isEqualTo(sent.path("source").asText());
        assertThat(shown.path("date").asText()).isEqualTo(sent.path("date").asText());
        assertThat(shown.path("amount").path("currency").asText()).isEqualTo("CNY");
        BigDecimal amount = new BigDecimal(shown.path("amount").path("amount").asText());
        assertThat(amount.scale()).as("CNY amounts are shown in fen").isEqualTo(2);
        // a decimal string or an exact JSON number; Jackson reads a string with spacing around it as the number
        String sentAmount = sent.path("amount").path("amount").asText().strip();
        assertThat(amount).isEqualByComparingTo(new BigDecimal(sentAmount));
    }

    private String path() {
        return "/api/funds/" + fund + "/commitments";
    }

    private static String topLevel(String field) {
        return field.split("[.\\[]", 2)[0];
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    // ---- the request space ----

    enum Verdict { VALID, EITHER, INVALID }

    /** One field of a body: its raw JSON (or none, when left out) and whether that is acceptable. */
    record Part(String name, String json, Verdict verdict) {

        static Part valid(String name, String json) {
            return new Part(name, json, Verdict.VALID);
        }

        static Part invalid(String name, String json) {
            return new Part(name, json, Verdict.INVALID);
        }

        static Part either(String name, String json) {
            return new Part(name, json, Verdict.EITHER);
        }
    }

    record Body(List<Part> parts) {

        String json() {
            return parts.stream().filter(part -> part.json() != null)
                    .map(part -> "\"" + part.name() + "\": " + part.json())
                    .collect(Collectors.joining(", ", "{", "}"));
        }

        List<String> faulty() {
            return parts.stream().filter(part -> part.verdict() != Verdict.VALID).map(Part::name).toList();
        }

        boolean mustBeRefused() {
            return parts.stream().anyMatch(part -> part.verdict() == Verdict.INVALID);
        }

        @Override
        public String toString() {
            return json();
        }
    }

    private static Gen<Body> bodies() {
        List<Gen<Part>> fields = List.of(commitmentIds(), investors(), sources(), amounts(), dates(), extras());
        return random -> new Body(fields.stream().map(field -> field.draw(random)).filter(Objects::nonNull).toList());
    }

    private static <T> Gen<T> mostly(Gen<T> valid, Gen<T> other) {
        return Gen.frequency(weighted(4, valid), weighted(1, other));
    }

    private static Gen<Part> commitmentIds() {
        String name = "commitmentId";
        return mostly(
                Gen.of(Part.valid(name, null), Part.valid(name, "\"" + ID + "\""), Part.valid(name, "null")),
                Gen.of(Part.invalid(name, "\"has space\""), Part.invalid(name, "\"\""),
                        Part.invalid(name, "\"" + "x".repeat(65) + "\""), Part.invalid(name, "42"),
                        Part.invalid(name, "true"), Part.invalid(name, "{}"), Part.invalid(name, "[\"c\"]"),
                        Part.invalid(name, "\"c-dup\""), Part.invalid(name, "\"'; DROP TABLE domainevententry; --\"")));
    }

    private static Gen<Part> investors() {
        String name = "investor";
        return mostly(
                Gen.of("Xiamen Finance Bureau", "厦门市财政局", "' OR '1'='1", "<b>LP</b> & co", "Tab\there",
                                "🚀 Capital", "x".repeat(200))
                        .map(investor -> Part.valid(name, quoted(investor))),
                Gen.of(Part.invalid(name, null), Part.invalid(name, "null"), Part.invalid(name, "\"\""),
                        Part.invalid(name, "\"   \""), Part.invalid(name, "\"\\u3000\""), Part.invalid(name, "42"),
                        Part.invalid(name, "true"), Part.invalid(name, "{\"zh\": \"厦门\"}"),
                        Part.invalid(name, "[\"a\"]"), Part.invalid(name, quoted("x".repeat(201))),
                        Part.invalid(name, "\"a\\u0000b\""), Part.invalid(name, "\"\\ud800\"")));
    }

    private static Gen<Part> sources() {
        String name = "source";
        return mostly(
                Gen.of("CENTRAL_FISCAL", "LOCAL_FISCAL", "STATE_OWNED", "SOCIAL").map(s -> Part.valid(name,
                        quoted(s))),
                Gen.of(Part.invalid(name, null), Part.invalid(name, "null"), Part.invalid(name, "\"social\""),
                        Part.invalid(name, "\"PRIVATE\""), Part.invalid(name, "1"), Part.invalid(name, "\"\""),
                        Part.invalid(name, "[\"SOCIAL\"]")));
    }

    private static Gen<Part> amounts() {
        String name = "amount";
        Gen<BigDecimal> exact = Gen.decimals(new BigDecimal("0.01"), new BigDecimal("999999999999.99"), 2);
        Gen<Part> valid = Gen.oneOf(
                exact.map(a -> Part.valid(name, money(quoted(a.toPlainString()), "\"CNY\""))),
                exact.map(a -> Part.valid(name, money(a.toPlainString(), "\"CNY\""))),
                Gen.of("1", "0.5", "999999999999999", "999999999999999.99")
                        .map(a -> Part.valid(name, money(quoted(a), "\"CNY\""))));
        Gen<Part> other = Gen.of(
                Part.invalid(name, null), Part.invalid(name, "null"), Part.invalid(name, "\"100.00\""),
                Part.invalid(name, "100"), Part.invalid(name, "[]"),
                Part.invalid(name, money("\"abc\"", "\"CNY\"")), Part.invalid(name, money("\"1,000.00\"", "\"CNY\"")),
                Part.invalid(name, money("\"1.001\"", "\"CNY\"")), Part.invalid(name, money("\"0\"", "\"CNY\"")),
                Part.invalid(name, money("\"0.00\"", "\"CNY\"")), Part.invalid(name, money("\"-5.00\"", "\"CNY\"")),
                Part.invalid(name, money("\"1e400\"", "\"CNY\"")), Part.invalid(name, money("1e-400", "\"CNY\"")),
                Part.invalid(name, money("\"1000000000000000\"", "\"CNY\"")),
                Part.invalid(name, money("\"\"", "\"CNY\"")), Part.invalid(name, money("true", "\"CNY\"")),
                Part.invalid(name, money("\"100.00\"", "\"USD\"")), Part.invalid(name, money("\"100.00\"", "\"cny\"")),
                Part.invalid(name, money("\"100.00\"", "\"XYZ\"")), Part.invalid(name, money("\"100.00\"", "null")),
                Part.invalid(name, money("\"100.00\"", "840")), Part.invalid(name, "{\"amount\": \"100.00\"}"),
                Part.invalid(name, "{\"currency\": \"CNY\"}"),
                Part.invalid(name, "{\"amount\": \"100.00\", \"currency\": \"CNY\", \"rate\": 1}"),
                Part.either(name, money("\"1e3\"", "\"CNY\"")), Part.either(name, money("\"100.000\"", "\"CNY\"")),
                Part.either(name, money("1E+2", "\"CNY\"")), Part.either(name, money("\" 100.00\"", "\"CNY\"")));
        return mostly(valid, other);
    }

    private static Gen<Part> dates() {
        String name = "date";
        LocalDate launch = LocalDate.parse(LAUNCH_DATE);
        Gen<Part> valid = Gen.integers(0, 3000).map(days -> Part.valid(name, quoted(launch.plusDays(days).toString())));
        Gen<Part> other = Gen.of(Part.invalid(name, null), Part.invalid(name, "null"),
                Part.invalid(name, "\"2017-02-30\""), Part.invalid(name, "\"yesterday\""), Part.invalid(name, "\"\""),
                Part.invalid(name, "\"2017-02-28\""), Part.invalid(name, "\"2099-01-01\""),
                Part.invalid(name, "20170301"), Part.invalid(name, "\"2017-3-1\""),
                Part.invalid(name, "\"01/03/2017\""), Part.invalid(name, "\"2017-03-01T00:00:00Z\""),
                Part.invalid(name, "[2017, 3, 1]"), Part.invalid(name, "\"+2017-03-01\""));
        return mostly(valid, other);
    }

    /** Mostly nothing more; sometimes a field the request does not have. */
    private static Gen<Part> extras() {
        return Gen.frequency(
                weighted(8, Gen.just(null)),
                weighted(1, Gen.of(Part.invalid("manager", "\"Xiamen Capital\""),
                        Part.invalid("Investor", "\"x\""), Part.invalid("amount_", "1"))));
    }

    private static String money(String amountJson, String currencyJson) {
        return "{\"amount\": " + amountJson + ", \"currency\": " + currencyJson + "}";
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
