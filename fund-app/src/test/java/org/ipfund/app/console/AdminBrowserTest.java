package org.ipfund.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.ipfund.app.admin.ProjectionAdmin;
import org.ipfund.app.testing.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The views page, as administrators and auditors use it: every view's position, a rebuild started from its button
 * and followed to the end, a shadow rebuild's comparison; and who may do which. A rebuild here replays a view of the
 * context every browser test shares, so no test ends before every view has caught up again.
 */
class AdminBrowserTest extends BrowserTest {

    private static final List<String> VIEWS = List.of("audit-ledger", "capital-position", "distributions", "portfolio");
    private static final String REBUILT = "distributions";

    @Autowired
    private ProjectionAdmin projections;

    @AfterEach
    void everyViewHasCaughtUp() {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> {
            JsonNode views = api().as(TestUsers.ADMIN).get("/api/admin/projections").json();
            return StreamSupport.stream(views.spliterator(), false).allMatch(AdminBrowserTest::caughtUp);
        });
    }

    @Test
    void anAdministratorSeesEachViewsPositionAndRebuildsOneWithAProgressBarThatReachesTheHead() {
        signIn(TestUsers.ADMIN);

        assertThat(browser.getCurrentUrl()).as("an administrator's first page").endsWith("/console/admin");
        assertThat(text("h1")).isEqualTo("视图管理");
        List<String> rows = waitFor().ignoring(StaleElementReferenceException.class).until(driver -> browser
                .findElements(By.cssSelector("#projections tr[data-projection]")).stream()
                .map(row -> row.getAttribute("data-projection")).toList());
        assertThat(rows).isEqualTo(VIEWS);
        JsonNode listed = api().as(TestUsers.ADMIN).get("/api/admin/projections").json();
        for (JsonNode view : listed) {
            String row = "#projections tr[data-projection='" + view.path("name").asText() + "']";
            assertThat(polledText(row + " .position")).as(view.toString()).isEqualTo(view.path("position").asText());
            assertThat(polledText(row + " .head")).as(view.toString()).isEqualTo(view.path("head").asText());
            assertThat(polledText(row + " .lag")).as(view.toString()).isEqualTo("0");
        }
        assertThat(polledText("#projections tr[data-projection='portfolio'] td b")).isEqualTo("投资组合");
        long restartsBefore = projections.restartsOf(REBUILT);

        element("#rebuild-button-" + REBUILT).click();
        Alert confirm = waitFor().until(ExpectedConditions.alertIsPresent());
        assertThat(confirm.getText()).contains(REBUILT);
        confirm.accept();

        WebElement progress = element("#rebuild-progress-" + REBUILT);
        assertThat(progress.getTagName()).isEqualTo("progress");
        waitFor().until(driver -> "done".equals(element("#rebuild-" + REBUILT).getAttribute("data-state")));
        assertThat(element("#rebuild-progress-" + REBUILT).getAttribute("value")).isEqualTo("1");
        assertThat(text("#rebuild-" + REBUILT + " .rebuild-state")).startsWith("重建完成");
        assertThat(projections.restartsOf(REBUILT)).as("the view was reset and replayed once")
                .isEqualTo(restartsBefore + 1);
        JsonNode rebuilt = StreamSupport.stream(api().as(TestUsers.ADMIN).get("/api/admin/projections").json()
                .spliterator(), false).filter(view -> view.path("name").asText().equals(REBUILT)).findFirst()
                .orElseThrow();
        assertThat(rebuilt.path("position").asLong()).as(rebuilt.toString()).isEqualTo(rebuilt.path("head").asLong());
        assertThat(rebuilt.path("replaying").asBoolean()).as(rebuilt.toString()).isFalse();
        assertThat(text("#rebuild-" + REBUILT + " .rebuild-state")).contains(rebuilt.path("position").asText());
        // the polled table shows the same, and the button is offered again for another rebuild
        waitFor().until(driver -> polledText("#projections tr[data-projection='" + REBUILT + "'] .position")
                .equals(rebuilt.path("position").asText()));
        assertThat(element("#rebuild-button-" + REBUILT).isEnabled()).isTrue();
        screenshot("admin-rebuilt-zh");

        browser.findElement(By.id("lang-en")).click();
        assertThat(text("h1")).isEqualTo("Views");
        assertThat(text("#rebuild-button-" + REBUILT)).isEqualTo("Rebuild");
        screenshot("admin-en");
        browser.findElement(By.id("lang-zh")).click();
        assertThat(text("h1")).isEqualTo("视图管理");
    }

    @Test
    void anAuditorHasNoRebuildButtonIsRefusedARebuildAndComparesAShadowRebuildWithTheLiveView() {
        signIn(TestUsers.AUDITOR);
        open("/console/admin");

        assertThat(browser.findElements(By.cssSelector("#projections tr[data-projection]"))).hasSize(VIEWS.size());
        assertThat(browser.findElements(By.cssSelector(".rebuild-button"))).isEmpty();
        long restartsBefore = projections.restartsOf(REBUILT);
        // what a rebuild button would send: the auditor's session with its CSRF token, to the API through the console
        Map<?, ?> refused = post("/console/api/admin/projections/" + REBUILT + "/rebuild");
        assertThat(refused.get("status")).as(refused.toString()).isEqualTo(403L);
        assertThat((String) refused.get("body")).contains("FORBIDDEN");
        assertThat(projections.restartsOf(REBUILT)).as("nothing was rebuilt").isEqualTo(restartsBefore);

        element("#shadow-button-" + REBUILT).click();
        waitFor().until(driver -> "true".equals(element("#shadow-" + REBUILT).getAttribute("data-answered")));
        assertThat(text("#shadow-" + REBUILT + " .verdict")).isEqualTo("一致");
        List<WebElement> tables = browser.findElements(By.cssSelector("#shadow-" + REBUILT + " tbody tr"));
        assertThat(tables.stream().map(row -> row.findElement(By.cssSelector("td")).getText()).toList())
                .containsExactly("distribution_view", "distribution_allocation_view");
        for (WebElement table : tables) {
            List<WebElement> cells = table.findElements(By.cssSelector("td"));
            assertThat(cells.get(1).getText()).as("rows").isEqualTo(cells.get(2).getText());
            assertThat(cells.get(3).getText()).as("digest").matches("[0-9a-f]{32}").isEqualTo(cells.get(4).getText());
            assertThat(cells.get(5).getText()).isEqualTo("一致");
        }
        assertThat(Long.parseLong(tables.get(1).findElements(By.cssSelector("td")).get(1).getText()))
                .as("the seed's allocations, counted").isPositive();
        assertThat(projections.restartsOf(REBUILT)).as("a shadow rebuild leaves the live view alone")
                .isEqualTo(restartsBefore);
        screenshot("admin-auditor-shadow-zh");
    }

    @Test
    void aRefusedActionIsShownAtItsButtonAndAPageWhoseSessionEndedGoesToTheLoginForm() {
        signIn(TestUsers.ADMIN);
        long restartsBefore = projections.restartsOf(REBUILT);
        // a page whose token the session no longer accepts, as after signing in again elsewhere
        browser.executeScript("document.querySelector('meta[name=_csrf]').content = 'no-longer-valid'");

        element("#shadow-button-" + REBUILT).click();
        WebElement problem = element(".projection[data-projection='" + REBUILT + "'] .shadow [data-problem]");
        waitFor().until(driver -> problem.isDisplayed());
        assertThat(problem.getText()).startsWith("未执行：").endsWith("(CSRF_TOKEN_INVALID)");
        assertThat(element("#shadow-" + REBUILT).isDisplayed()).isFalse();
        element("#rebuild-button-" + REBUILT).click();
        waitFor().until(ExpectedConditions.alertIsPresent()).accept();
        WebElement refused = element("#rebuild-" + REBUILT + " [data-problem]");
        waitFor().until(driver -> refused.isDisplayed());
        assertThat(refused.getText()).endsWith("(CSRF_TOKEN_INVALID)");
        assertThat(browser.findElements(By.id("rebuild-progress-" + REBUILT))).as("no progress to follow").isEmpty();
        assertThat(projections.restartsOf(REBUILT)).as("nothing was rebuilt").isEqualTo(restartsBefore);
        screenshot("admin-refused-zh");

        // once the session is gone, the table polled for the page brings the login form: into the window
        browser.manage().deleteAllCookies();
        waitFor().until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.findElements(By.id("username"))).hasSize(1);
    }

    @Test
    void financeStaffCannotReachTheViewsPage() {
        signIn(TestUsers.FINANCE);

        assertThat(browser.findElements(By.id("nav-admin"))).isEmpty();
        open("/console/admin");
        assertThat(text("#denied")).isEqualTo("无权访问");
        screenshot("admin-denied-finance");
        open("/console/admin/projections");
        assertThat(text("#denied")).isEqualTo("无权访问");
        open("/console/funds");
        Map<?, ?> refused = post("/console/api/admin/projections/" + REBUILT + "/shadow-rebuild");
        assertThat(refused.get("status")).as(refused.toString()).isEqualTo(403L);
    }

    /** The text of an element the page replaces every two seconds: read again when the copy read was replaced. */
    private String polledText(String cssSelector) {
        return waitFor().ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.cssSelector(cssSelector)).getText().trim());
    }

    /** A POST from the page, as its script sends one: same session, the page's CSRF header. */
    private Map<?, ?> post(String path) {
        return (Map<?, ?>) browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var headers = {};
                headers[document.querySelector('meta[name=_csrf_header]').content] =
                    document.querySelector('meta[name=_csrf]').content;
                fetch(arguments[0], { method: 'POST', headers: headers, credentials: 'same-origin' })
                    .then(function (r) { return r.text().then(function (t) { done({ status: r.status, body: t }); }); })
                    .catch(function (e) { done({ status: -1, body: String(e) }); });
                """, path);
    }

    private static boolean caughtUp(JsonNode view) {
        return !view.path("replaying").asBoolean() && view.path("lag").isIntegralNumber()
                && view.path("lag").asLong() == 0;
    }
}
