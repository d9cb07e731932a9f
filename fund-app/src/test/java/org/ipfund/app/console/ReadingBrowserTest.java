package org.ipfund.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ipfund.app.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/** What everyone who may read sees: the family, a fund's capital, portfolio, leverage (with its chart) and 返投. */
class ReadingBrowserTest extends BrowserTest {

    @Test
    void financeStaffSeeTheSeedFamilyWithTheSubFundsAmplificationInChineseByDefault() {
        signIn(TestUsers.FINANCE);

        assertThat(browser.getCurrentUrl()).endsWith("/console/funds");
        assertThat(text("h1")).isEqualTo("“1+N”基金家族");
        WebElement subFund = element("[data-fund='" + SUB_FUND + "']");
        assertThat(subFund.findElement(By.cssSelector(".amplification-value")).getText()).isEqualTo("4.0000");
        // the sub-fund sits under the guidance fund that created it
        assertThat(browser.findElements(By.cssSelector("#family-tree > li [data-fund='" + SUB_FUND + "']")))
                .hasSize(1);
        assertThat(element("[data-fund='" + GUIDANCE + "'] .figure b").getText()).startsWith("¥").contains(",");
        screenshot("family-zh");

        browser.findElement(By.id("lang-en")).click();
        assertThat(text("h1")).isEqualTo("The \"1+N\" fund family");
        assertThat(element("[data-fund='" + GUIDANCE + "'] .figure b").getText()).startsWith("CNY ");
        screenshot("family-en");
        // the choice is kept: the next page is English too, until Chinese is picked again
        open("/console/funds/" + GUIDANCE);
        assertThat(text(".fund-nav a.active")).isEqualTo("Capital");
        browser.findElement(By.id("lang-zh")).click();
        assertThat(text(".fund-nav a.active")).isEqualTo("资本");
    }

    @Test
    void theLeveragePageShowsTheSeedsDealLeverageAndAChartWithAPointPerMonthEndAndToday() {
        signIn(TestUsers.FINANCE);
        open("/console/funds/" + GUIDANCE + "/leverage");

        assertThat(text("#leverage-by-source tr[data-source='STATE_OWNED'] .ratio")).isEqualTo("6.2000");
        assertThat(text("#leverage-sub-funds tr[data-sub-fund='" + SUB_FUND + "'] .ratio")).isEqualTo("4.0000");

        LocalDate launch = LocalDate.parse(api().get("/api/funds/" + GUIDANCE).json().path("launchDate").asText());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        // a month end from the launch month's to last month's (this month's end, if today, is today), then today
        long expected = ChronoUnit.MONTHS.between(YearMonth.from(launch), YearMonth.from(today)) + 1;
        waitFor().until(driver -> browser.executeScript(
                "return window.Chart && Chart.getChart(document.getElementById('leverage-chart')) != null"));
        Object points = browser.executeScript(
                "return Chart.getChart(document.getElementById('leverage-chart')).data.labels.length");
        assertThat(((Number) points).longValue()).isEqualTo(expected);
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) browser.executeScript(
                "return Chart.getChart(document.getElementById('leverage-chart')).data.labels");
        assertThat(labels.get(0)).isEqualTo(YearMonth.from(launch).atEndOfMonth().toString());
        assertThat(labels.get(labels.size() - 1)).isEqualTo(today.toString());
        assertThat(labels.get(labels.size() - 2)).isEqualTo(YearMonth.from(today).minusMonths(1).atEndOfMonth()
                .toString());
        // the deal leverage of the state-owned capital is drawn, at 6.2 once both deals stand
        Object stateOwnedToday = browser.executeScript("var c = Chart.getChart(document.getElementById('leverage-chart'));"
                + "var line = c.data.datasets.find(function (d) { return d.label.indexOf('国有资本') >= 0; });"
                + "return line.data[line.data.length - 1];");
        assertThat(((Number) stateOwnedToday).doubleValue()).isEqualTo(6.2);
        screenshot("leverage-zh");
    }

    @Test
    void aDatePickedShowsTheFundAsItStoodThen() {
        signIn(TestUsers.AUDITOR);
        open("/console/funds/" + GUIDANCE + "/portfolio");
        int holdingsNow = browser.findElements(By.cssSelector("article.holding")).size();
        assertThat(holdingsNow).isGreaterThan(0);
        screenshot("portfolio-zh");

        LocalDate launch = LocalDate.parse(api().get("/api/funds/" + GUIDANCE).json().path("launchDate").asText());
        WebElement date = element("#as-of-date");
        browser.executeScript("arguments[0].value = arguments[1]", date, launch.toString());
        browser.findElement(By.id("as-of-show")).click();
        waitFor().until(driver -> browser.getCurrentUrl().contains("asOf=" + launch));
        waitFor().until(driver -> browser.findElements(By.cssSelector("article.holding")).isEmpty());
        assertThat(text(".as-of-text")).isEqualTo("%d年%d月%d日".formatted(launch.getYear(), launch.getMonthValue(),
                launch.getDayOfMonth()));

        open("/console/funds/" + GUIDANCE);
        assertThat(browser.findElements(By.cssSelector("#commitments tbody tr"))).isNotEmpty();
        screenshot("capital-zh");
        open("/console/funds/" + GUIDANCE + "/return-investment");
        assertThat(browser.findElements(By.cssSelector("#return-investment tr[data-sub-fund='" + SUB_FUND + "']")))
                .hasSize(1);
        screenshot("return-investment-zh");
    }

    @Test
    void aWrongPasswordIsRefusedAtTheLoginForm() {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(TestUsers.FINANCE);
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.id("sign-in")).click();
        assertThat(text("#login-error")).isEqualTo("用户名或密码错误。");
        screenshot("login-refused");
        open("/console/funds");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void theApiNeverAcceptsTheConsolesSession() throws Exception {
        signIn(TestUsers.MANAGER);
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(session).isNotNull();
        HttpResponse<String> withSession = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url("/api/funds"))).header("Cookie", "JSESSIONID=" + session.getValue()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withSession.statusCode()).isEqualTo(401);
        assertThat(withSession.body()).contains("UNAUTHENTICATED");
    }
}
