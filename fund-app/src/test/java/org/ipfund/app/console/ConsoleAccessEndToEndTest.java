package org.ipfund.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.EndToEndTest;
import org.ipfund.app.testing.Funds;
import org.ipfund.app.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The console's chain against the API's, over plain HTTP: a session is only the console's, Basic and bearer only the
 * API's; every console write carries the session's CSRF token; a role does through the console exactly what it may
 * through the API, and a refused write records nothing.
 */
class ConsoleAccessEndToEndTest extends EndToEndTest {

    private String fundId;
    private String base;

    @BeforeEach
    void aFundOfItsOwn() {
        base = "http://127.0.0.1:" + port();
        fundId = Funds.newFundId();
        assertThat(api().post("/api/funds", Funds.launch(fundId, "2024-01-02")).status()).isEqualTo(201);
    }

    @Test
    void theApiNeverAcceptsTheConsolesSession() {
        ConsoleSession manager = ConsoleSession.signedIn(base, TestUsers.MANAGER);

        Api.Response read = api().anonymous().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base + "/api/funds/" + fundId)).header("Cookie", manager.sessionCookie()).GET());
        assertThat(read.status()).isEqualTo(401);
        assertThat(read.json().path("code").asText()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void theConsoleNeverAcceptsBasicCredentials() {
        Api.Response page = api().as(TestUsers.FINANCE).get("/console/funds");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/login");

        Api.Response write = api().as(TestUsers.MANAGER).post("/console/api/funds/" + fundId + "/commitments",
                Funds.commitment("c-basic", "Xiamen Finance Bureau", "LOCAL_FISCAL", "100.00", "2024-01-03"));
        // refused before anyone is asked for: a console write without the session's CSRF token goes nowhere
        assertThat(write.status()).isEqualTo(403);
        assertThat(storedEventsOf(fundId)).isEqualTo(1);
        Api.Response read = api().as(TestUsers.FINANCE).get("/console/api/funds/" + fundId);
        assertThat(read.status()).isEqualTo(401);
    }

    @Test
    void aManagersWriteThroughTheConsoleIsTheApisWriteRecordedOnceUnderItsKey() {
        ConsoleSession manager = ConsoleSession.signedIn(base, TestUsers.MANAGER);
        String csrf = manager.csrfToken();
        String body = Funds.commitment("c-console", "Xiamen Finance Bureau", "LOCAL_FISCAL", "1000.00", "2024-01-03");
        Map<String, String> key = Map.of("Idempotency-Key", "console-" + fundId);

        Api.Response first = manager.post("/console/api/funds/" + fundId + "/commitments", body, csrf, key);
        Api.Response again = manager.post("/console/api/funds/" + fundId + "/commitments", body, csrf, key);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.header("Location")).isEqualTo("/api/funds/" + fundId + "/commitments/c-console");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.position()).isEqualTo(first.position());
        assertThat(storedEventsOf(fundId)).isEqualTo(2);
        // the auditors' history names the signed-in user as the commitment's actor
        assertThat(api().as(TestUsers.AUDITOR).get("/api/audit/events?aggregateId=" + fundId).json()
                .path("events").findValuesAsText("actor")).containsExactly("tester", "manager");
        // the session survives the write: the next page is still the manager's
        assertThat(manager.get("/console/funds/" + fundId).status()).isEqualTo(200);
    }

    @Test
    void aWriteWithoutTheSessionsCsrfTokenIsRefusedAndRecordsNothing() {
        ConsoleSession manager = ConsoleSession.signedIn(base, TestUsers.MANAGER);
        String body = Funds.commitment("c-no-csrf", "Xiamen Finance Bureau", "LOCAL_FISCAL", "1000.00", "2024-01-03");

        Api.Response withoutToken = manager.post("/console/api/funds/" + fundId + "/commitments", body, null, Map.of());
        Api.Response wrongToken = manager.post("/console/api/funds/" + fundId + "/commitments", body, "forged",
                Map.of());

        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withoutToken.json().path("code").asText()).isEqualTo("CSRF_TOKEN_INVALID");
        assertThat(wrongToken.status()).isEqualTo(403);
        assertThat(wrongToken.json().path("code").asText()).isEqualTo("CSRF_TOKEN_INVALID");
        assertThat(storedEventsOf(fundId)).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"finance", "auditor", "admin"})
    void aRoleThatMayNotRecordThroughTheApiMayNotThroughTheConsole(String user) {
        ConsoleSession session = ConsoleSession.signedIn(base, user);
        String body = Funds.commitment("c-" + user, "Xiamen Finance Bureau", "LOCAL_FISCAL", "1000.00", "2024-01-03");

        Api.Response write = session.post("/console/api/funds/" + fundId + "/commitments", body, session.csrfToken(),
                Map.of());

        assertThat(write.status()).isEqualTo(403);
        assertThat(write.json().path("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(storedEventsOf(fundId)).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({
            "finance, /console/funds, 200",
            "auditor, /console/funds, 200",
            "manager, /console/funds, 200",
            "admin, /console/funds, 403",
            "finance, /console/audit/events, 403",
            "manager, /console/audit/events, 403",
            "admin, /console/audit/events, 403",
            "finance, /console/record, 403",
            "auditor, /console/record, 403",
            "finance, /console/admin, 403",
            "manager, /console/admin, 403",
            "finance, /console/api/audit/verify, 403",
            "auditor, /console/api/audit/verify, 200",
            "admin, /console/api/funds, 403",
            "finance, /console/api/funds, 200"})
    void eachRoleReachesOnlyItsPages(String user, String path, int status) {
        ConsoleSession session = ConsoleSession.signedIn(base, user);

        assertThat(session.get(path).status()).as(user + " GET " + path).isEqualTo(status);
    }

    @Test
    void someoneSignedOutIsSentToTheLoginFormOrToldSoInProblemDetails() {
        ConsoleSession nobody = ConsoleSession.signedOut(base);

        Api.Response page = nobody.get("/console/funds");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/login");
        Api.Response read = nobody.get("/console/api/funds");
        assertThat(read.status()).isEqualTo(401);
        assertThat(read.json().path("code").asText()).isEqualTo("UNAUTHENTICATED");
        // no Basic challenge: a script's request must not open the browser's password dialog
        assertThat(read.header("WWW-Authenticate")).isNull();
    }

    @Test
    void aWrongPasswordSignsNobodyIn() {
        ConsoleSession session = ConsoleSession.signedOut(base);

        Api.Response login = session.signIn(TestUsers.MANAGER, "wrong");

        assertThat(login.header("Location")).endsWith("/login?error");
        assertThat(session.get("/console/funds").status()).isEqualTo(302);
    }

    @Test
    void signingOutEndsTheSession() {
        ConsoleSession finance = ConsoleSession.signedIn(base, TestUsers.FINANCE);
        String csrf = finance.csrfToken();

        Api.Response logout = finance.post("/logout", "", csrf, Map.of("Content-Type",
                "application/x-www-form-urlencoded"));

        assertThat(logout.status()).isEqualTo(302);
        assertThat(finance.get("/console/funds").status()).isEqualTo(302);
    }

    @Test
    void aHeadIsAReadUnderTheSameRulesAsAGet() {
        ConsoleSession admin = ConsoleSession.signedIn(base, TestUsers.ADMIN);

        assertThat(admin.head("/console/api/funds/" + fundId).status()).isEqualTo(403);
        assertThat(api().as(TestUsers.ADMIN).send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base + "/api/funds/" + fundId)).method("HEAD",
                java.net.http.HttpRequest.BodyPublishers.noBody())).status()).isEqualTo(403);
        assertThat(ConsoleSession.signedIn(base, TestUsers.FINANCE).head("/console/api/funds/" + fundId).status())
                .isEqualTo(200);
    }

    @Test
    void theLoginFormSwitchesToEnglishBeforeAnyoneSignsIn() {
        ConsoleSession nobody = ConsoleSession.signedOut(base);

        Api.Response english = nobody.get("/login?lang=en");

        assertThat(english.status()).isEqualTo(200);
        assertThat(english.body()).contains("<html lang=\"en\"").contains("Sign in");
        assertThat(nobody.get("/login").body()).as("the choice is kept").contains("<html lang=\"en\"");
    }

    @Test
    void aLanguageTheConsoleHasNoWordsForIsChinese() {
        ConsoleSession nobody = ConsoleSession.signedOut(base);

        Api.Response page = nobody.get("/login?lang=xx_YY_v42");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"zh-CN\"").contains("登录");
    }
}
