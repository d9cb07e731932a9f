package org.ipfund.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.testing.Funds.launch;
import static org.ipfund.app.testing.Funds.newFundId;
import static org.ipfund.app.testing.Funds.recorded;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.EndToEndTest;
import org.ipfund.app.testing.TestTokens;
import org.ipfund.app.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Users signed in by a bearer token from the identity provider (here, tokens signed with the test run's own key):
 * the roles in the token open what the same roles open for Basic users, and the token's user is the actor on what
 * it records. A token that cannot be trusted is a 401 problem, a role that may not a 403 problem.
 */
class BearerTokenEndToEndTest extends EndToEndTest {

    private static final List<String> ROLES = List.of("FUND_MANAGER", "FINANCE", "AUDITOR", "ADMIN");

    static Stream<Arguments> endpoints() {
        Set<String> readers = Set.of("FUND_MANAGER", "FINANCE", "AUDITOR");
        return Stream.of(
                Arguments.of("POST", "/api/funds/bearer-nowhere/commitments", Set.of("FUND_MANAGER")),
                Arguments.of("GET", "/api/funds", readers),
                Arguments.of("GET", "/api/audit/verify", Set.of("AUDITOR")),
                Arguments.of("GET", "/api/admin/projections", Set.of("AUDITOR", "ADMIN")),
                Arguments.of("GET", "/actuator/metrics", Set.of("ADMIN")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void eachRoleInATokenOpensWhatItOpensForBasicUsers(String method, String path, Set<String> allowed) {
        for (String role : ROLES) {
            Api.Response response = call(TestTokens.token("sub-" + role, "user-" + role, List.of(role)), method, path);
            if (allowed.contains(role)) {
                assertThat(response.status()).as(role + " " + response.body()).isNotIn(401, 403);
            } else {
                assertThat(response.status()).as(role + " " + response.body()).isEqualTo(403);
                assertThat(response.header("Content-Type")).startsWith("application/problem+json");
                assertThat(response.json().path("code").asText()).isEqualTo("FORBIDDEN");
            }
        }
    }

    @Test
    void theActorOfWhatAManagerRecordsIsTheTokensUser() {
        String fund = newFundId();
        String token = TestTokens.token(UUID.randomUUID().toString(), "li.wei@xiamen-finance.example",
                List.of("FUND_MANAGER"));
        recorded(call(token, "POST", "/api/funds", launch(fund, "2017-03-01")));
        assertThat(actorsOf(fund)).containsExactly("li.wei@xiamen-finance.example");
    }

    @Test
    void withoutAUsernameClaimTheActorIsTheSubject() {
        String fund = newFundId();
        String subject = UUID.randomUUID().toString();
        recorded(call(TestTokens.token(subject, null, List.of("FUND_MANAGER")), "POST", "/api/funds",
                launch(fund, "2017-03-01")));
        assertThat(actorsOf(fund)).containsExactly(subject);
    }

    @Test
    void financeMayNotRecord() {
        String fund = newFundId();
        Api.Response refused = call(TestTokens.token("sub-f", "finance.officer", List.of("FINANCE")), "POST",
                "/api/funds", launch(fund, "2017-03-01"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().path("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(storedEventsOf(fund)).isZero();
    }

    @Test
    void roleNamesAreMatchedIgnoringCaseAndUnknownOnesAreIgnored() {
        String token = TestTokens.token("sub-mixed", "mixed", List.of("finance", "Fund-Manager", "janitor"));
        assertThat(call(token, "GET", "/api/funds").status()).isEqualTo(200);
        assertThat(call(token, "GET", "/api/audit/verify").status()).isEqualTo(403);
        String unknownOnly = TestTokens.token("sub-unknown", "unknown", List.of("janitor", "offline_access"));
        assertThat(call(unknownOnly, "GET", "/api/funds").status()).isEqualTo(403);
    }

    @Test
    void aTokenWithoutARolesClaimHasNoRole() {
        String token = TestTokens.tokenWithoutRoles("sub-nobody");
        Api.Response refused = call(token, "GET", "/api/funds");
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.json().path("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(call(token, "GET", "/api/no-such-thing").status()).as("signed in, only without a role")
                .isEqualTo(404);
    }

    @Test
    void anExpiredTokenIsUnauthenticated() {
        assertUnauthenticatedToken(call(TestTokens.expired("sub-late", List.of("FUND_MANAGER")), "GET", "/api/funds"));
    }

    @Test
    void aTokenSignedByAnotherKeyIsUnauthenticated() {
        assertUnauthenticatedToken(call(TestTokens.signedByAnotherKey("sub-forged", List.of("FUND_MANAGER")), "POST",
                "/api/funds", launch(newFundId(), "2017-03-01")));
    }

    @Test
    void aMalformedTokenIsUnauthenticated() {
        assertUnauthenticatedToken(call("not-a-token", "GET", "/api/funds"));
    }

    @Test
    void nobodyIsAskedForEitherCredentialAndBasicStillWorks() {
        Api.Response anonymous = api().anonymous().get("/api/funds");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous.json().path("code").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(anonymous.headers().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("WWW-Authenticate"))
                .flatMap(header -> header.getValue().stream()))
                .anyMatch(challenge -> challenge.startsWith("Basic"))
                .anyMatch(challenge -> challenge.startsWith("Bearer"));
        assertThat(api().as(TestUsers.FINANCE).get("/api/funds").status()).isEqualTo(200);
    }

    private static void assertUnauthenticatedToken(Api.Response refused) {
        assertThat(refused.status()).as(refused.body()).isEqualTo(401);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().path("code").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer error=\"invalid_token\"");
    }

    private List<String> actorsOf(String aggregateId) {
        return jdbc.queryForList("""
                SELECT convert_from(metadata, 'UTF8')::jsonb ->> 'actor' FROM domainevententry
                WHERE aggregateidentifier = ? ORDER BY sequencenumber""", String.class, aggregateId);
    }

    private Api.Response call(String token, String method, String path) {
        return call(token, method, path, "{}");
    }

    private Api.Response call(String token, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
                .header("Authorization", "Bearer " + token);
        if (method.equals("POST")) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.GET();
        }
        return api().anonymous().send(request);
    }
}
