package org.ipfund.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ipfund.app.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Only fund managers record: finance staff, auditors and administrators are shown the denied page (403) in place of
 * every form, and a form's request sent with their session is refused by the API's own rule, recording nothing.
 */
class FormAccessBrowserTest extends RecordingBrowserTest {

    private static final List<String> FORMS = List.of("/console/record", "/console/record/fund",
            "/console/record/investor", "/console/funds/" + GUIDANCE + "/record",
            "/console/funds/" + GUIDANCE + "/record/commitment",
            "/console/funds/" + GUIDANCE + "/record/correction?reverses=deal-xm-ip-operation");

    @Test
    void financeStaffAuditorsAndAdministratorsAreShownTheDeniedPageInsteadOfEveryForm() {
        for (String user : List.of(TestUsers.FINANCE, TestUsers.AUDITOR, TestUsers.ADMIN)) {
            signIn(user);
            assertThat(browser.findElements(By.id("nav-record"))).as(user).isEmpty();
            for (String form : FORMS) {
                open(form);
                assertThat(text("#denied")).as(user + " " + form).isEqualTo("无权访问");
                assertThat(browser.findElements(By.cssSelector("form.record"))).as(user + " " + form).isEmpty();
                assertThat(statusOf(form)).as(user + " " + form).isEqualTo(403);
            }
            if (user.equals(TestUsers.FINANCE)) {
                screenshot("form-denied-finance-zh");
            }
        }
        // what finance reads offers nothing to record
        signIn(TestUsers.FINANCE);
        open("/console/funds/" + GUIDANCE);
        assertThat(browser.findElements(By.id("tab-record"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("a.correct"))).isEmpty();
    }

    @Test
    void aFinanceUserSendingAFormsRequestWithItsSessionIsRefusedAndNothingIsRecorded() {
        signIn(TestUsers.FINANCE);
        open("/console/funds/" + GUIDANCE);
        long before = storedEvents();
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var headers = {'Content-Type': 'application/json', 'Idempotency-Key': 'finance-' + Date.now()};
                headers[document.querySelector('meta[name=_csrf_header]').content] =
                    document.querySelector('meta[name=_csrf]').content;
                fetch('/console/api/funds/xm-ip-guidance/commitments', {method: 'POST', headers: headers,
                    body: JSON.stringify({commitmentId: 'finance-tries', investor: '财务', source: 'SOCIAL',
                        amount: {amount: '1000000', currency: 'CNY'}, date: '2017-06-01'})})
                    .then(function (r) { return r.json().then(function (j) { done({status: r.status, code: j.code}); }); })
                    .catch(function (e) { done({error: String(e)}); });
                """);
        assertThat(answer).containsEntry("status", 403L).containsEntry("code", "FORBIDDEN");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(api().get("/api/funds/" + GUIDANCE + "/commitments").body()).doesNotContain("finance-tries");
    }

    /** The status the page's own session gets for a path, as the browser would fetch it. */
    private long statusOf(String path) {
        return ((Number) browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) { done(r.status); },
                    function () { done(-1); });
                """, path)).longValue();
    }
}
