package org.ipfund.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.testing.Funds.commitment;
import static org.ipfund.app.testing.Funds.launch;
import static org.ipfund.app.testing.Funds.newFundId;
import static org.ipfund.app.testing.Funds.recorded;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.EndToEndTest;
import org.ipfund.app.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint's access: nobody → 401, a user without the role → 403, a user with it → served. The body of a
 * served request may still be refused for what it says (4xx other than 401/403); that is not access.
 */
class AccessEndToEndTest extends EndToEndTest {

    private static final String FUND = "access-fund";
    private static final List<String> ROLES = List.of(TestUsers.MANAGER, TestUsers.FINANCE, TestUsers.AUDITOR,
            TestUsers.ADMIN);

    @BeforeEach
    void aFundToAskAbout() {
        if (storedEventsOf(FUND) == 0) {
            recorded(api().post("/api/funds", launch(FUND, "2017-03-01")));
        }
    }

    static Stream<Arguments> endpoints() {
        Set<String> readers = Set.of(TestUsers.MANAGER, TestUsers.FINANCE, TestUsers.AUDITOR);
        Set<String> managers = Set.of(TestUsers.MANAGER);
        Set<String> auditors = Set.of(TestUsers.AUDITOR);
        Set<String> admins = Set.of(TestUsers.ADMIN);
        String fund = "/api/funds/" + FUND;
        return Stream.of(
                Arguments.of("POST", "/api/funds", managers),
                Arguments.of("POST", fund + "/commitments", managers),
                Arguments.of("POST", fund + "/capital-calls", managers),
                Arguments.of("POST", fund + "/contributions", managers),
                Arguments.of("POST", fund + "/investments", managers),
                Arguments.of("POST", fund + "/investments/d1/co-investors", managers),
                Arguments.of("POST", fund + "/sub-funds", managers),
                Arguments.of("POST", fund + "/policy", managers),
                Arguments.of("POST", fund + "/corrections", managers),
                Arguments.of("GET", "/api/funds", readers),
                Arguments.of("GET", fund, readers),
                Arguments.of("GET", fund + "/commitments", readers),
                Arguments.of("GET", fund + "/capital-calls", readers),
                Arguments.of("GET", fund + "/portfolio", readers),
                Arguments.of("GET", fund + "/leverage", readers),
                Arguments.of("GET", fund + "/return-investment", readers),
                Arguments.of("GET", fund + "/distributions", readers),
                Arguments.of("GET", fund + "/performance", readers),
                Arguments.of("GET", fund + "/evaluation", readers),
                Arguments.of("GET", fund + "/commitments/c1", readers),
                Arguments.of("GET", fund + "/capital-calls/k1", readers),
                Arguments.of("GET", fund + "/contributions/p1", readers),
                Arguments.of("GET", fund + "/investments/d1", readers),
                Arguments.of("GET", "/api/audit/events", auditors),
                Arguments.of("GET", "/api/audit/funds/" + FUND + "/state", auditors),
                Arguments.of("GET", "/api/audit/ledger", auditors),
                Arguments.of("GET", "/api/audit/verify", auditors),
                Arguments.of("POST", "/api/audit/checkpoints", auditors),
                Arguments.of("GET", "/api/audit/export?from=2017-01-01&to=2017-12-31", auditors),
                Arguments.of("GET", "/api/audit/export/events.csv?from=2017-01-01&to=2017-12-31", auditors),
                Arguments.of("GET", "/api/audit/export/ledger.csv?from=2017-01-01&to=2017-12-31", auditors),
                Arguments.of("POST", "/api/audit/checkpoints/verify", auditors),
                Arguments.of("GET", "/api/audit/checkpoints/public-key", auditors),
                Arguments.of("GET", "/api/admin/projections/portfolio", Set.of(TestUsers.AUDITOR, TestUsers.ADMIN)),
                Arguments.of("GET", "/api/admin/projections", Set.of(TestUsers.AUDITOR, TestUsers.ADMIN)),
                Arguments.of("POST", "/api/admin/projections/portfolio/shadow-rebuild",
                        Set.of(TestUsers.AUDITOR, TestUsers.ADMIN)),
                Arguments.of("GET", "/actuator/prometheus", admins),
                Arguments.of("GET", "/actuator/metrics", admins));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void servesOnlyTheRolesAllowed(String method, String path, Set<String> allowed) {
        Api.Response anonymous = call(api().anonymous(), method, path);
        assertThat(anonymous.status()).as("anonymous " + anonymous.body()).isEqualTo(401);
        assertThat(anonymous.json().path("code").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        for (String role : ROLES) {
            Api.Response response = call(api().as(role), method, path);
            if (allowed.contains(role)) {
                assertThat(response.status()).as(role + " " + response.body()).isNotIn(401, 403);
            } else {
                assertThat(response.status()).as(role + " " + response.body()).isEqualTo(403);
                assertThat(response.json().path("code").asText()).isEqualTo("FORBIDDEN");
            }
        }
    }

    /** Rebuilding is for administrators; the served case runs in ProjectionAdminEndToEndTest, not amid these reads. */
    @Test
    void onlyAdministratorsRebuildAView() {
        assertThat(call(api().anonymous(), "POST", "/api/admin/projections/portfolio/rebuild").status()).isEqualTo(401);
        for (String role : List.of(TestUsers.MANAGER, TestUsers.FINANCE, TestUsers.AUDITOR)) {
            Api.Response response = call(api().as(role), "POST", "/api/admin/projections/portfolio/rebuild");
            assertThat(response.status()).as(role + " " + response.body()).isEqualTo(403);
        }
    }

    @Test
    void aWrongPasswordIsUnauthenticated() {
        Api.Response response = api().anonymous().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base() + "/api/funds"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        "manager:not-the-password".getBytes(java.nio.charset.StandardCharsets.UTF_8))).GET());
        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void healthIsOpenToAll() {
        assertThat(api().anonymous().get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void theActorRecordedIsTheAuthenticatedUserNeverTheBody() {
        String fund = newFundId();
        Api manager = api().as(TestUsers.MANAGER);
        recorded(manager.post("/api/funds", launch(fund, "2017-03-01")));
        String body = commitment("c1", "Xiamen Finance Bureau", "LOCAL_FISCAL", "100.00", "2017-03-02")
                .replaceFirst("\\{", "{\"actor\": \"someone-else\", ");
        Api.Response refused = manager.post("/api/funds/" + fund + "/commitments", body);
        assertThat(refused.status()).as("an actor in the body is not a field of the request").isEqualTo(400);
        recorded(manager.post("/api/funds/" + fund + "/commitments",
                commitment("c1", "Xiamen Finance Bureau", "LOCAL_FISCAL", "100.00", "2017-03-02")));
        List<String> actors = jdbc.queryForList("""
                SELECT convert_from(metadata, 'UTF8')::jsonb ->> 'actor' FROM domainevententry
                WHERE aggregateidentifier = ? ORDER BY sequencenumber""", String.class, fund);
        assertThat(actors).containsExactly(TestUsers.MANAGER, TestUsers.MANAGER);
    }

    private Api.Response call(Api api, String method, String path) {
        return method.equals("POST") ? api.post(path, "{}") : api.get(path);
    }

    private String base() {
        return "http://127.0.0.1:" + port();
    }
}
