package org.ipfund.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.testing.Funds.launch;
import static org.ipfund.app.testing.Funds.newFundId;
import static org.ipfund.app.testing.Funds.recorded;
import static org.ipfund.app.testing.Refusal.refused;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.EndToEndTest;
import org.ipfund.app.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every refusal is problem details, including those made before a controller runs (Spring Security's firewall,
 * Tomcat's own parsing) and those of input no controller reads (a query parameter no handler takes).
 */
class EveryRefusalEndToEndTest extends EndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    // ---- a checkpoint that is not one ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedCheckpoints")
    void refusesAMalformedCheckpointNamingTheField(String description, String body, String code, String field) {
        Api.Response response = api().post("/api/audit/checkpoints/verify", body);

        refused(response, 400, code).naming(field);
    }

    static Stream<Arguments> malformedCheckpoints() {
        String head = "{\"position\": 3, \"hash\": \"ab\", \"count\": 4}";
        return Stream.of(
                arguments("an empty object", "{}", "INVALID_VALUE", "version"),
                arguments("no time of issue", "{\"version\": 1, \"events\": " + head + ", \"ledger\": " + head
                        + ", \"keyId\": \"k\", \"signature\": \"s\"}", "INVALID_INPUT", "issuedAt"),
                arguments("no events", "{\"version\": 1, \"issuedAt\": \"2017-01-01T00:00:00Z\", \"ledger\": " + head
                        + ", \"keyId\": \"k\", \"signature\": \"s\"}", "INVALID_INPUT", "events"),
                arguments("events without a hash", "{\"version\": 1, \"issuedAt\": \"2017-01-01T00:00:00Z\","
                        + " \"events\": {\"position\": 3, \"count\": 4}, \"ledger\": " + head
                        + ", \"keyId\": \"k\", \"signature\": \"s\"}", "INVALID_INPUT", "events.hash"),
                arguments("events given as text", "{\"version\": 1, \"issuedAt\": \"2017-01-01T00:00:00Z\","
                        + " \"events\": \"none\", \"ledger\": " + head + ", \"keyId\": \"k\", \"signature\": \"s\"}",
                        "INVALID_VALUE", "events"),
                arguments("a position given as text", "{\"version\": 1, \"issuedAt\": \"2017-01-01T00:00:00Z\","
                        + " \"events\": {\"position\": \"three\", \"hash\": \"ab\", \"count\": 4}, \"ledger\": " + head
                        + ", \"keyId\": \"k\", \"signature\": \"s\"}", "INVALID_VALUE", "events.position"));
    }

    @Test
    void refusesAnEmptyCheckpointBodyAsMalformed() {
        refused(api().post("/api/audit/checkpoints/verify", ""), 400, "MALFORMED_JSON");
    }

    // ---- query parameters no handler takes ----

    @Test
    void refusesAMisspeltQueryParameterNamingItAndAcceptsTheRightOne() {
        String fund = newFundId();
        long position = recorded(api().post("/api/funds", launch(fund, "2017-03-01")));

        Api.Response misspelt = api().get("/api/funds/" + fund + "?asof=2017-06-01&minPosition=" + position);

        refused(misspelt, 400, "UNKNOWN_PARAMETER").naming("asof").withDetailContaining("asof");
        assertThat(api().get("/api/funds/" + fund + "?asOf=2017-06-01&minPosition=" + position).status())
                .isEqualTo(200);
        refused(api().get("/api/funds/" + fund + "/portfolio?asOf=2017-06-01&fundId=x"), 400, "UNKNOWN_PARAMETER")
                .naming("fundId");
        refused(api().post("/api/funds?dryRun=true", launch(newFundId(), "2017-03-01")), 400, "UNKNOWN_PARAMETER")
                .naming("dryRun");
    }

    @Test
    void leavesQueryParametersOutsideTheApiAlone() {
        assertThat(api().get("/v3/api-docs?group=none&x=1").status()).isEqualTo(200);
        assertThat(api().anonymous().get("/actuator/health?verbose=1").status()).isEqualTo(200);
    }

    // ---- health ----

    @Test
    void showsAnonymousHealthOnlyItsStatus() {
        JsonNode anonymous = api().anonymous().get("/actuator/health").json();
        assertThat(anonymous.path("status").asText()).isEqualTo("UP");
        assertThat(anonymous.has("components")).as(anonymous.toString()).isFalse();
        assertThat(anonymous.toString()).doesNotContain("diskSpace", "path");

        JsonNode admin = api().get("/actuator/health").json();
        assertThat(admin.path("components").has("db")).as(admin.toString()).isTrue();
        assertThat(admin.path("components").path("diskSpace").has("details")).as(admin.toString()).isTrue();
    }

    // ---- refused before any controller runs: raw HTTP, as the client sent it ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedRequests")
    void answersARequestRefusedBeforeAnyControllerWithProblemDetails(String description, String requestLine,
                                                                    String extraHeader, int status) throws IOException {
        RawResponse response = raw(requestLine, extraHeader);

        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("content-type")).as(response.toString()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).as(response.toString()).isEqualTo(status);
        assertThat(problem.path("code").asText()).as(response.toString()).isNotBlank();
        assertThat(problem.path("title").asText()).as(response.toString()).isNotBlank();
        assertThat(problem.path("type").asText()).as(response.toString()).isNotBlank();
        assertThat(problem.path("detail").asText()).as(response.toString()).isNotBlank();
    }

    static Stream<Arguments> rejectedRequests() {
        return Stream.of(
                arguments("an encoded dot-dot segment", "GET /api/funds/%2e%2e/portfolio HTTP/1.1", null, 400),
                arguments("a dot-dot segment", "GET /api/funds/../funds HTTP/1.1", null, 400),
                arguments("an encoded slash", "GET /api/funds/a%2Fb HTTP/1.1", null, 400),
                arguments("a path parameter", "GET /api/funds;a=b HTTP/1.1", null, 400),
                arguments("a double slash", "GET /api//funds HTTP/1.1", null, 400),
                arguments("an oversized header", "GET /api/funds HTTP/1.1", "X-Padding: " + "p".repeat(20_000), 400),
                arguments("a malformed request line", "GET /api/funds?a=\u0001 HTTP/1.1", null, 400),
                arguments("an unknown path", "GET /api/nowhere HTTP/1.1", null, 404));
    }

    private RawResponse raw(String requestLine, String extraHeader) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.setSoTimeout(10_000);
            String credentials = java.util.Base64.getEncoder().encodeToString(
                    (TestUsers.TESTER + ":" + TestUsers.TESTER).getBytes(StandardCharsets.UTF_8));
            StringBuilder request = new StringBuilder(requestLine).append("\r\n")
                    .append("Host: 127.0.0.1:").append(port()).append("\r\n")
                    .append("Authorization: Basic ").append(credentials).append("\r\n")
                    .append("Accept: application/json\r\n")
                    .append("Connection: close\r\n");
            if (extraHeader != null) {
                request.append(extraHeader).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return RawResponse.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private record RawResponse(int status, Map<String, String> headers, String body) {

        static RawResponse parse(String text) {
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String body = end < 0 ? "" : text.substring(end + 4);
            List<String> lines = new ArrayList<>(List.of(head.split("\r\n")));
            int status = Integer.parseInt(lines.remove(0).split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line : lines) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = unchunked(body);
            }
            return new RawResponse(status, headers, body);
        }

        private static String unchunked(String chunked) {
            StringBuilder body = new StringBuilder();
            int at = 0;
            while (true) {
                int lineEnd = chunked.indexOf("\r\n", at);
                int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
                if (size == 0) {
                    return body.toString();
                }
                body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
                at = lineEnd + 2 + size + 2;
            }
        }

        String header(String name) {
            return headers.getOrDefault(name, "");
        }
    }
}
