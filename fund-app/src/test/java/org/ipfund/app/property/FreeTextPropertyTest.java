package org.ipfund.app.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.testing.Funds.call;
import static org.ipfund.app.testing.Funds.commitment;
import static org.ipfund.app.testing.Funds.contribution;
import static org.ipfund.app.testing.Funds.launch;
import static org.ipfund.app.testing.Funds.recorded;
import static org.ipfund.domain.testing.Gen.weighted;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.ipfund.app.testing.Api;
import org.ipfund.domain.testing.Gen;
import org.ipfund.domain.testing.Property;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Names are data, never code: a fund's, an investor's, a company's or a co-investor's name made of SQL, HTML,
 * control characters, any script or emoji, or of nearly the length allowed, is either recorded and shown back
 * exactly as sent (in the view and in the audit trail), or refused with problem details naming the field, and
 * nothing is recorded. No table is lost on the way.
 */
class FreeTextPropertyTest extends EndToEndProperties {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LAUNCH_DATE = "2017-03-01";
    private static final String DATE = "2017-06-01";
    private static final int MAX_NAME = 200;

    private String fund;
    private String deal;

    /** A fund with money paid in and one deal, so that commitments, deals and co-investors can be recorded. */
    @BeforeEach
    void aFundWithOneDeal() {
        fund = newId("names");
        recorded(api().post("/api/funds", launch(fund, LAUNCH_DATE)));
        recorded(api().post(path("/commitments"), commitment("c-1", "Xiamen Finance Bureau", "LOCAL_FISCAL",
                "100000000.00", LAUNCH_DATE)));
        recorded(api().post(path("/capital-calls"), call("call-1", "100000000.00", LAUNCH_DATE)));
        recorded(api().post(path("/contributions"), contribution("c-1", "call-1", "100000000.00", LAUNCH_DATE)));
        deal = "deal-1";
        recorded(api().post(path("/investments"), investment(deal, "Silk Road Patent Co")));
    }

    enum Where { FUND_NAME, INVESTOR, COMPANY, CO_INVESTOR }

    /** A name sent where the service keeps one. */
    record Named(String name, Where where) {

        @Override
        public String toString() {
            return where + " \"" + visible(name) + "\" (" + name.length() + " chars)";
        }
    }

    @Test
    void aNameIsShownBackExactlyAsSentOrRefusedRecordingNothing() {
        Gen<Named> named = random -> new Named(names().draw(random), Gen.of(Where.values()).draw(random));
        Map<String, Integer> outcomes = Property.forAll(40, named, this::shownBackOrRefused);
        assertThat(outcomes.keySet()).as("outcomes reached")
                .anyMatch(outcome -> outcome.contains("recorded"))
                .anyMatch(outcome -> outcome.contains("refused"));
    }

    private String shownBackOrRefused(Named named) {
        String name = named.name();
        Where where = named.where();
        String id = newId("n");
        Recorded recorded = recording(() -> switch (where) {
            case FUND_NAME -> api().post("/api/funds", launchNamed(id, name));
            case INVESTOR -> api().post(path("/commitments"), commitmentBy(id, name));
            case COMPANY -> api().post(path("/investments"), investment(id, name));
            case CO_INVESTOR -> api().post(path("/investments/" + deal + "/co-investors"), coInvestmentBy(id, name));
        });
        Api.Response response = recorded.response();
        String field = where == Where.COMPANY ? "company.name" : where == Where.FUND_NAME ? "name" : "investor";

        if (response.status() == 201) {
            assertThat(mustBeRefused(name)).as("a name the service must refuse was recorded: " + response).isFalse();
            assertThat(recorded.events()).as("events recorded by " + response).isEqualTo(1);
            // the domain keeps a company's name without the spacing around it (Company strips it)
            String expected = where == Where.COMPANY ? name.strip() : name;
            assertThat(visible(shownBack(where, id, response.position()))).as("the name in the view")
                    .isEqualTo(visible(expected));
            assertThat(textsIn(auditedPayload(response.position())).stream().map(FreeTextPropertyTest::visible))
                    .as("the name in the audit trail").contains(visible(expected));
            return where + " recorded";
        }
        JsonNode problem = assertRefusedRecordingNothing(recorded);
        assertThat(mustBeRecorded(name)).as("an ordinary name was refused: " + response).isFalse();
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(fieldsNamedBy(problem)).as(response.toString()).containsExactly(field);
        return where + " refused " + problem.path("code").asText();
    }

    /**
     * Blank (as Java sees it), longer than allowed, or not storable as sent: with a NUL, which PostgreSQL text
     * cannot hold, or with half a surrogate pair, which stands for no character.
     */
    private static boolean mustBeRefused(String name) {
        return name.isBlank() || name.length() > MAX_NAME || name.indexOf('\0') >= 0 || hasLoneSurrogate(name);
    }

    private static boolean hasLoneSurrogate(String name) {
        return name.codePoints().anyMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }

    /** Within the length, with a letter or digit in it, and nothing PostgreSQL text cannot hold: an ordinary name. */
    private static boolean mustBeRecorded(String name) {
        return name.length() <= MAX_NAME && name.indexOf('\0') < 0 && !hasLoneSurrogate(name)
                && name.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    // ---- the names ----

    private static Gen<String> names() {
        Gen<String> fragment = Gen.of(
                "Xiamen Finance Bureau", "'; DROP TABLE domainevententry; --", "' OR '1'='1", "\"; DELETE FROM",
                "Robert'); DROP TABLE tokenentry;--", "$$; SELECT pg_sleep(5); $$", "\\'", "\\", "%s", "%n", "${x}",
                "<script>alert(1)</script>", "&amp;", "&lt;b&gt;", "\"><img src=x onerror=alert(1)>", "</textarea>",
                "\t", "\n", "\r\n", "\u0000", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u2028",
                " ", "\u00a0", "\u3000", "\u2003", "\u200b", "\ufeff", "\u202e", "\u200f",
                "\ud800", "\udfff", "厦门市财政局", "一带一路知识产权运营投资基金", "🚀💰", "👩‍💻", "e\u0301", "שלום",
                "مرحبا", "Ünïcödé");
        Gen<String> mixed = fragment.list(1, 6).map(parts -> String.join("", parts));
        Gen<String> nearTheLimit = Gen.of("a", "一", "🚀", "'", "<", ";", "é", " ", "\t")
                .list(95, 205).map(parts -> String.join("", parts));
        Gen<String> exactlyAtTheLimit = Gen.of(
                "x".repeat(MAX_NAME), "x".repeat(MAX_NAME + 1), "'".repeat(MAX_NAME), "知".repeat(MAX_NAME),
                "知".repeat(MAX_NAME + 1), "🚀".repeat(MAX_NAME / 2), "🚀".repeat(MAX_NAME / 2) + "x");
        return Gen.frequency(weighted(6, mixed), weighted(2, nearTheLimit), weighted(1, exactlyAtTheLimit));
    }

    // ---- requests and views ----

    private String path(String rest) {
        return "/api/funds/" + fund + rest;
    }

    private String launchNamed(String fundId, String name) {
        return json(object().put("fundId", fundId).put("name", name).put("type", "GUIDANCE").put("currency", "CNY")
                .put("launchDate", LAUNCH_DATE));
    }

    private String commitmentBy(String commitmentId, String investor) {
        ObjectNode body = object().put("commitmentId", commitmentId).put("investor", investor).put("source", "SOCIAL")
                .put("date", DATE);
        body.putObject("amount").put("amount", "1.00").put("currency", "CNY");
        return json(body);
    }

    private String investment(String investmentId, String company) {
        ObjectNode body = object().put("investmentId", investmentId).put("kind", "DIRECT").put("date", DATE);
        body.putObject("company").put("name", company);
        body.putObject("amount").put("amount", "1.00").put("currency", "CNY");
        return json(body);
    }

    private String coInvestmentBy(String coInvestmentId, String investor) {
        ObjectNode body = object().put("coInvestmentId", coInvestmentId).put("investor", investor)
                .put("source", "STATE_OWNED").put("date", DATE);
        body.putObject("amount").put("amount", "1.00").put("currency", "CNY");
        return json(body);
    }

    private String shownBack(Where where, String id, long position) {
        String after = "?minPosition=" + position;
        return switch (where) {
            case FUND_NAME -> read("/api/funds/" + id + after).path("name").asText();
            case INVESTOR -> read(path("/commitments/" + id + after)).path("investor").asText();
            case COMPANY -> read(path("/investments/" + id + after)).path("company").path("name").asText();
            case CO_INVESTOR -> StreamSupport.stream(read(path("/investments/" + deal + after))
                            .path("coInvestors").spliterator(), false)
                    .filter(co -> co.path("coInvestmentId").asText().equals(id))
                    .map(co -> co.path("investor").asText())
                    .findFirst().orElse(null);
        };
    }

    private JsonNode auditedPayload(long position) {
        JsonNode page = read("/api/audit/events?afterPosition=" + (position - 1) + "&limit=1");
        JsonNode event = page.path("events").path(0);
        assertThat(event.path("position").asLong()).as(page.toString()).isEqualTo(position);
        return event.path("payload");
    }

    private JsonNode read(String path) {
        Api.Response response = api().get(path);
        assertThat(response.status()).as("GET " + path + ": " + response).isEqualTo(200);
        return response.json();
    }

    /** The text with every character outside printable ASCII as a Java escape, so that a failure can be read. */
    static String visible(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder shown = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\\') {
                shown.append("\\\\");
            } else if (c >= 0x20 && c < 0x7f) {
                shown.append(c);
            } else {
                shown.append(String.format("\\u%04x", (int) c));
            }
        }
        return shown.toString();
    }

    /** Every text value anywhere in a JSON tree. */
    private static List<String> textsIn(JsonNode node) {
        List<String> texts = new java.util.ArrayList<>();
        collect(node, texts);
        return texts;
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isTextual()) {
            texts.add(node.asText());
        }
        node.elements().forEachRemaining(child -> collect(child, texts));
    }

    private static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** The body as JSON text, with a lone surrogate escaped: sent as UTF-8 it would turn into a '?'. */
    private static String json(ObjectNode body) {
        String text;
        try {
            text = JSON.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                escaped.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
