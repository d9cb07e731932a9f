package org.ipfund.app.console.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.testing.Funds.commitment;
import static org.ipfund.app.testing.Funds.launch;
import static org.ipfund.app.testing.Funds.recorded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.ipfund.app.console.BrowserTest;
import org.ipfund.app.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The auditors' pages as an auditor uses them: the seed's event history with who recorded it, filtered and paged; a
 * fund as known now beside as known earlier; the ledger's balances; the chains verified, a checkpoint downloaded,
 * uploaded and verified (and a tampered one refused), the exports downloaded; and nobody else let in.
 */
class AuditBrowserTest extends BrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId FUND_ZONE = ZoneId.of("Asia/Shanghai");
    private static final Path DOWNLOADS = Path.of("target", "downloads", "audit-browser-test").toAbsolutePath();

    @Test
    void theSeedFundsHistoryShowsWhoRecordedEachEventFilteredByFundAndBusinessDateAndPaged() {
        signIn(TestUsers.AUDITOR);
        element("#nav-audit").click();
        waitFor().until(driver -> browser.getCurrentUrl().endsWith("/console/audit/events"));
        assertThat(text("#audit-nav a.active")).isEqualTo("事件历史");
        assertThat(rows("#events tbody tr")).isNotEmpty();
        screenshot("audit-events-zh");

        filterEvents(GUIDANCE, null, null);
        List<Long> expected = positions(api().as(TestUsers.AUDITOR).get(
                "/api/audit/events?aggregateId=" + GUIDANCE + "&limit=50").json().path("events"), null, null);
        assertThat(shownPositions()).isEqualTo(expected).isNotEmpty();
        assertThat(cells("#events tbody td.actor")).containsOnly("demo-data");
        assertThat(rows("#events tbody tr").stream().map(row -> row.getAttribute("data-aggregate")))
                .containsOnly(GUIDANCE);
        assertThat(cells("#events tbody td.why .correlation code")).containsOnly("demo-data-2017-seed");
        screenshot("audit-events-seed-fund-zh");

        // May 2017: the first deal of the guidance fund and the state-owned capital beside it, nothing else
        LocalDate from = LocalDate.of(2017, 5, 1);
        LocalDate to = LocalDate.of(2017, 5, 31);
        filterEvents(GUIDANCE, from, to);
        JsonNode all = api().as(TestUsers.AUDITOR).get("/api/audit/events?aggregateId=" + GUIDANCE + "&limit=1000")
                .json().path("events");
        assertThat(shownPositions()).isEqualTo(positions(all, from, to)).hasSize(2);
        assertThat(rows("#events tbody tr").stream().map(row -> row.getAttribute("data-type")))
                .containsExactly("DirectInvestmentRecorded", "CoInvestmentRecorded");
        assertThat(cells("#events tbody td.business-date")).containsOnly("2017年5月10日");
        assertThat(cells("#events tbody td.type span")).containsExactly("登记直投", "登记共同投资");
        assertThat(text("#events tbody tr:first-child td.summary")).contains("厦门知识产权运营有限公司")
                .contains("¥3,000,000.00");

        // a period before anything happened shows nothing
        filterEvents(GUIDANCE, LocalDate.of(2000, 1, 1), LocalDate.of(2000, 12, 31));
        assertThat(text("#events-empty")).isEqualTo("没有符合条件的事件。");
        assertThat(browser.findElements(By.cssSelector("#events tbody tr"))).isEmpty();

        // two at a time: the next page continues after the last position shown, as the API's does
        open("/console/audit/events?aggregateId=" + GUIDANCE + "&limit=2");
        List<Long> everyPosition = positions(all, null, null);
        assertThat(shownPositions()).isEqualTo(everyPosition.subList(0, 2));
        element("#next-page").click();
        waitFor().until(driver -> browser.getCurrentUrl().contains("afterPosition=" + everyPosition.get(1)));
        assertThat(shownPositions()).isEqualTo(everyPosition.subList(2, 4));

        open("/console/audit/events?limit=0");
        assertThat(text("#audit-invalid")).isEqualTo("无法应用此筛选");
    }

    @Test
    void theStateShowsTheFundAsKnownNowBesideAsKnownEarlierAndMarksWhatWasRecordedSince() throws Exception {
        signIn(TestUsers.AUDITOR);
        open("/console/audit/state");
        new Select(element("#state-fund")).selectByValue(GUIDANCE);
        element("#state-show").click();
        waitFor().until(driver -> browser.getCurrentUrl().contains("fundId=" + GUIDANCE));
        assertThat(text("#state-figures tr[data-figure='figure.invested']:not([data-source]) td.now"))
                .isEqualTo("¥5,000,000.00");
        assertThat(text("#state-figures tr[data-figure='figure.invested']:not([data-source]) td.then"))
                .isEqualTo("¥5,000,000.00");
        assertThat(element("#state-differences").getAttribute("data-differences")).isEqualTo("0");
        assertThat(rows("#state-figures tr.differs")).isEmpty();
        screenshot("audit-state-zh");

        // a fund of this test's own: one commitment before the time noted, a second one after it
        String fund = "audit-state-" + UUID.randomUUID();
        recorded(api().as(TestUsers.MANAGER).post("/api/funds", launch(fund, "2017-03-01")));
        recorded(api().as(TestUsers.MANAGER).post("/api/funds/" + fund + "/commitments",
                commitment("city", "厦门市财政局", "LOCAL_FISCAL", "1000000.00", "2017-03-02")));
        Thread.sleep(1_100); // the picker keeps whole seconds: the noted second starts after the first commitment
        Instant noted = Instant.now();
        Thread.sleep(1_100);
        recorded(api().as(TestUsers.MANAGER).post("/api/funds/" + fund + "/commitments",
                commitment("province", "福建省财政厅", "LOCAL_FISCAL", "2000000.00", "2017-03-03")));

        open("/console/audit/state");
        new Select(element("#state-fund")).selectByValue(fund);
        browser.executeScript("arguments[0].value = arguments[1]", element("#state-known-at"),
                LocalDateTime.ofInstant(noted, FUND_ZONE).truncatedTo(ChronoUnit.SECONDS).toString());
        element("#state-show").click();
        waitFor().until(driver -> browser.getCurrentUrl().contains("knownAt="));
        String committed = "#state-figures tr[data-figure='figure.committed']:not([data-source])";
        assertThat(text(committed + " td.now")).isEqualTo("¥3,000,000.00");
        assertThat(text(committed + " td.then")).isEqualTo("¥1,000,000.00");
        assertThat(element(committed).getAttribute("class")).contains("differs");
        assertThat(text("#state-facts tr[data-fact='province'] td.now")).contains("¥2,000,000.00").contains("有效");
        assertThat(text("#state-facts tr[data-fact='province'] td.then")).isEqualTo("未知");
        assertThat(element("#state-facts tr[data-fact='province']").getAttribute("class")).contains("differs");
        assertThat(element("#state-facts tr[data-fact='city']").getAttribute("class")).doesNotContain("differs");
        assertThat(text("#state-figures th.known-then")).startsWith("截至 ").endsWith(" 已知");
        screenshot("audit-state-difference-zh");

        browser.findElement(By.id("lang-en")).click();
        assertThat(text("#state-figures th.known-now")).isEqualTo("As known now");
        assertThat(text(committed + " td.now")).isEqualTo("CNY 3,000,000.00");
        assertThat(text(committed + " td.then")).isEqualTo("CNY 1,000,000.00");
        screenshot("audit-state-difference-en");
        browser.findElement(By.id("lang-zh")).click();

        // before the fund was recorded, the store knew nothing of it
        open("/console/audit/state?fundId=" + fund + "&knownAt=2017-01-01T00:00:00");
        assertThat(text(committed + " td.now")).isEqualTo("¥3,000,000.00");
        assertThat(text(committed + " td.then")).isEqualTo("当时尚未记录");
        assertThat(text("#state-facts tr[data-fact='city'] td.then")).isEqualTo("未知");
    }

    @Test
    void theLedgerShowsEachAccountsBalanceAndTheBalancesNetToZero() {
        signIn(TestUsers.AUDITOR);
        open("/console/audit/ledger");
        new Select(element("#ledger-fund")).selectByValue(GUIDANCE);
        element("#ledger-apply").click();
        waitFor().until(driver -> browser.getCurrentUrl().contains("fundId=" + GUIDANCE));

        JsonNode ledger = api().as(TestUsers.AUDITOR).get("/api/audit/ledger?fundId=" + GUIDANCE).json();
        WebElement totals = element("#ledger-totals tr[data-currency='CNY']");
        assertThat(totals.getAttribute("data-balanced")).isEqualTo("true");
        assertThat(text("#ledger-totals tr[data-currency='CNY'] td.debit"))
                .isEqualTo(text("#ledger-totals tr[data-currency='CNY'] td.credit"))
                .isEqualTo("¥" + grouped(ledger.path("totals").path("CNY").path("debit").asText()));

        Map<String, BigDecimal> expected = new HashMap<>();
        ledger.path("lines").forEach(line -> expected.merge(line.path("account").asText(),
                new BigDecimal(line.path("debit").asText()).subtract(new BigDecimal(line.path("credit").asText())),
                BigDecimal::add));
        Map<String, BigDecimal> shown = new HashMap<>();
        rows("#ledger-balances tbody tr").forEach(row -> shown.put(row.getAttribute("data-account"),
                new BigDecimal(row.getAttribute("data-balance"))));
        assertThat(shown).containsOnlyKeys(expected.keySet());
        expected.forEach((account, balance) -> assertThat(shown.get(account)).as(account).isEqualByComparingTo(balance));
        assertThat(shown.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("0");
        assertThat(new BigDecimal(element("#ledger-balances tfoot tr.net").getAttribute("data-balance")))
                .isEqualByComparingTo("0");
        assertThat(text("#ledger-balances tfoot tr.net td.side")).isEqualTo("平");
        assertThat(text("#ledger-balances tr[data-account='INVESTMENTS_AT_COST'] td.side")).isEqualTo("借");
        assertThat(text("#ledger-balances tr[data-account='INVESTMENTS_AT_COST'] td.balance"))
                .isEqualTo("¥5,000,000.00");
        assertThat(rows("#ledger-lines tbody tr")).hasSize(ledger.path("lines").size());
        screenshot("audit-ledger-zh");

        // a period: only its lines, and they balance too
        open("/console/audit/ledger?fundId=" + GUIDANCE + "&from=2017-05-01&to=2017-05-31");
        assertThat(rows("#ledger-lines tbody tr")).isNotEmpty();
        assertThat(cells("#ledger-lines tbody td:nth-child(2)")).containsOnly("2017年5月10日");
        assertThat(element("#ledger-totals tr[data-currency='CNY']").getAttribute("data-balanced")).isEqualTo("true");
        open("/console/audit/ledger?fundId=" + GUIDANCE + "&to=2000-01-01");
        assertThat(text("#ledger-empty")).isEqualTo("该期间没有分录。");
    }

    @Test
    void theChainsVerifyAndACheckpointDownloadedVerifiesWhenUploadedButNotOnceItsHeadHashIsChanged() throws Exception {
        Files.createDirectories(DOWNLOADS);
        try (Stream<Path> old = Files.list(DOWNLOADS)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", DOWNLOADS.toString()));
        signIn(TestUsers.AUDITOR);
        open("/console/audit/verification");
        assertThat(element("#verify-status").getAttribute("data-valid")).isEqualTo("true");
        assertThat(text("#verify-status")).isEqualTo("有效");
        assertThat(Long.parseLong(text("#verify-checked"))).isPositive();
        assertThat(text("#verify-first-bad")).isEqualTo("无");
        assertThat(element("#verify-chains tr[data-chain='events']").getAttribute("data-valid")).isEqualTo("true");
        assertThat(element("#verify-chains tr[data-chain='ledger']").getAttribute("data-valid")).isEqualTo("true");

        element("#create-checkpoint").click();
        waitFor().until(driver -> element("#checkpoint-created").isDisplayed());
        Path downloaded = waitForDownload("checkpoint-");
        JsonNode checkpoint = JSON.readTree(Files.readString(downloaded));
        assertThat(checkpoint.path("issuedAt").asText())
                .isEqualTo(element("#checkpoint-created").getAttribute("data-issued-at"));
        assertThat(checkpoint.path("signature").asText()).isNotBlank();
        assertThat(checkpoint.path("events").path("position").asLong()).isPositive();
        screenshot("audit-verification-checkpoint-zh");

        uploadAndVerify(downloaded);
        WebElement answer = element("#checkpoint-verification");
        assertThat(answer.getAttribute("data-valid")).isEqualTo("true");
        assertThat(text("#checkpoint-verification .verdict")).startsWith("检查点有效");
        assertThat(text("#checkpoint-verification [data-field=signatureValid]")).isEqualTo("是");
        assertThat(text("#checkpoint-verification [data-field=eventsMatch]")).isEqualTo("是");
        assertThat(text("#checkpoint-verification [data-field=ledgerMatches]")).isEqualTo("是");
        scrollTo("#checkpoint-verify");
        screenshot("audit-verification-valid-zh");

        ObjectNode tampered = (ObjectNode) checkpoint.deepCopy();
        String hash = checkpoint.path("events").path("hash").asText();
        ((ObjectNode) tampered.path("events")).put("hash", (hash.charAt(0) == '0' ? "1" : "0") + hash.substring(1));
        Path tamperedFile = DOWNLOADS.resolve("tampered-checkpoint.json");
        Files.writeString(tamperedFile, JSON.writeValueAsString(tampered), StandardCharsets.UTF_8);
        uploadAndVerify(tamperedFile);
        assertThat(element("#checkpoint-verification").getAttribute("data-valid")).isEqualTo("false");
        assertThat(text("#checkpoint-verification .verdict")).isEqualTo("检查点无效。");
        assertThat(text("#checkpoint-verification [data-field=eventsMatch]")).isEqualTo("否");
        assertThat(text("#checkpoint-verification [data-field=signatureValid]")).isEqualTo("否");
        scrollTo("#checkpoint-verify");
        screenshot("audit-verification-tampered-zh");

        // a file that is no checkpoint is refused with the API's reason, and nothing is said valid or not
        Path notACheckpoint = DOWNLOADS.resolve("not-a-checkpoint.json");
        Files.writeString(notACheckpoint, "these are not the chains' heads", StandardCharsets.UTF_8);
        element("#checkpoint-file").sendKeys(notACheckpoint.toString());
        element("#verify-checkpoint").click();
        waitFor().until(driver -> element("#checkpoint-verify [data-problem]").isDisplayed());
        assertThat(text("#checkpoint-verify [data-problem]")).startsWith("无法验证：").contains("MALFORMED_JSON");
        assertThat(element("#checkpoint-verification").isDisplayed()).isFalse();

        // the exports download through the session: the events of the seed's first year as CSV
        browser.executeScript("arguments[0].value = '2017-01-01'; arguments[1].value = '2017-12-31';"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                element("#export-from"), element("#export-to"));
        new Select(element("#export-fund")).selectByValue(GUIDANCE);
        assertThat(element("#export-events").getAttribute("href"))
                .endsWith("/console/api/audit/export/events.csv?fundId=" + GUIDANCE + "&from=2017-01-01&to=2017-12-31");
        element("#export-events").click();
        String csv = Files.readString(waitForDownload("events-2017-01-01-2017-12-31"));
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("position,eventId,aggregateId");
        assertThat(csv).contains("demo-data").contains("DirectInvestmentRecorded").doesNotContain("2018-03-01");
        Object bundle = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('export-bundle').href).then(function (r) {"
                + " return r.json().then(function (j) { done(r.status + ' ' + j.events.length); }); });");
        assertThat(bundle.toString()).startsWith("200 ").doesNotEndWith(" 0");
    }

    @Test
    void financeStaffAndFundManagersAreDeniedTheAuditorsPages() {
        for (String user : List.of(TestUsers.FINANCE, TestUsers.MANAGER)) {
            signIn(user);
            assertThat(browser.findElements(By.id("nav-audit"))).as(user).isEmpty();
            for (String page : List.of("events", "state", "ledger", "verification")) {
                open("/console/audit/" + page);
                assertThat(text("#denied")).as(user + " " + page).isEqualTo("无权访问");
                Object status = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + "fetch('/console/audit/" + page + "').then(function (r) { done(r.status); });");
                assertThat(((Number) status).intValue()).as(user + " " + page).isEqualTo(403);
            }
            Object checkpoint = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "fetch('/console/api/audit/checkpoints', {method: 'POST', headers: {"
                    + " [document.querySelector('meta[name=_csrf_header]').content]:"
                    + "  document.querySelector('meta[name=_csrf]').content}}).then(function (r) { done(r.status); });");
            assertThat(((Number) checkpoint).intValue()).as(user).isEqualTo(403);
        }
        screenshot("audit-denied-manager-zh");
    }

    private void scrollTo(String cssSelector) {
        browser.executeScript("arguments[0].scrollIntoView()", element(cssSelector));
    }

    private void filterEvents(String aggregateId, LocalDate from, LocalDate to) {
        WebElement aggregate = element("#filter-aggregate");
        aggregate.clear();
        if (aggregateId != null) {
            aggregate.sendKeys(aggregateId);
        }
        browser.executeScript("arguments[0].value = arguments[2]; arguments[1].value = arguments[3];",
                element("#filter-from"), element("#filter-to"), from == null ? "" : from.toString(),
                to == null ? "" : to.toString());
        String before = browser.getCurrentUrl();
        element("#filter-apply").click();
        waitFor().until(driver -> !browser.getCurrentUrl().equals(before)
                && "complete".equals(browser.executeScript("return document.readyState")));
    }

    private void uploadAndVerify(Path checkpoint) {
        element("#checkpoint-verification");
        browser.executeScript("document.getElementById('checkpoint-verification').hidden = true;");
        element("#checkpoint-file").sendKeys(checkpoint.toAbsolutePath().toString());
        element("#verify-checkpoint").click();
        waitFor().until(driver -> element("#checkpoint-verification").isDisplayed());
    }

    private Path waitForDownload(String prefix) {
        return waitFor().until(driver -> {
            try (Stream<Path> files = Files.list(DOWNLOADS)) {
                return files.filter(file -> file.getFileName().toString().startsWith(prefix)
                        && !file.getFileName().toString().endsWith(".crdownload")).findFirst().orElse(null);
            } catch (IOException unreadable) {
                return null;
            }
        });
    }

    private List<Long> shownPositions() {
        return rows("#events tbody tr").stream().map(row -> Long.parseLong(row.getAttribute("data-position")))
                .toList();
    }

    /** The positions of the API's events, those dated in from..to where given. */
    private static List<Long> positions(JsonNode events, LocalDate from, LocalDate to) {
        List<Long> positions = new ArrayList<>();
        events.forEach(event -> {
            LocalDate date = event.path("businessDate").isNull() ? null
                    : LocalDate.parse(event.path("businessDate").asText());
            boolean dated = from == null && to == null
                    || date != null && !date.isBefore(from) && !date.isAfter(to);
            if (dated) {
                positions.add(event.path("position").asLong());
            }
        });
        return positions;
    }

    private List<WebElement> rows(String cssSelector) {
        return browser.findElements(By.cssSelector(cssSelector));
    }

    private List<String> cells(String cssSelector) {
        return rows(cssSelector).stream().map(cell -> cell.getText().trim()).toList();
    }

    private static String grouped(String decimal) {
        return new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))
                .format(new BigDecimal(decimal));
    }
}
