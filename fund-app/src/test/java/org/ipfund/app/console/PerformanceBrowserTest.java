package org.ipfund.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ipfund.app.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** What the seed fund returned, as readers see it: its performance with a chart over time, its evaluation, its distributions. */
class PerformanceBrowserTest extends BrowserTest {

    private static final String CHART = "Chart.getChart(document.getElementById('performance-chart'))";

    @Test
    void thePerformancePageShowsTheSeedsFiguresAsTheApiAnswersThemWithAChartPointPerMonthEndAndToday() {
        signIn(TestUsers.FINANCE);
        open("/console/funds/" + GUIDANCE);
        element(".fund-nav a[href$='/performance']").click();

        assertThat(text(".fund-nav a.active")).isEqualTo("业绩");
        JsonNode performance = api().get("/api/funds/" + GUIDANCE + "/performance").json();
        assertThat(text("#perf-paid-in")).isEqualTo(yuan(performance.at("/paidIn/amount").asText()))
                .isEqualTo("¥50,000,000.00");
        assertThat(text("#perf-distributed")).isEqualTo(yuan(performance.at("/distributed/amount").asText()))
                .isEqualTo("¥2,348,238.36");
        assertThat(text("#perf-cash")).isEqualTo(yuan(performance.at("/cash/amount").asText()));
        assertThat(text("#perf-fair-value")).isEqualTo(yuan(performance.at("/fairValue/amount").asText()));
        assertThat(text("#perf-nav")).isEqualTo(yuan(performance.at("/nav/amount").asText()));
        assertThat(text("#perf-dpi")).isEqualTo(performance.path("dpi").asText());
        assertThat(text("#perf-rvpi")).isEqualTo(performance.path("rvpi").asText());
        assertThat(text("#perf-tvpi")).isEqualTo(performance.path("tvpi").asText());
        assertThat(text("#perf-irr")).isEqualTo(percent(performance.path("irr").asText()));
        for (JsonNode deal : performance.path("deals")) {
            String row = "#performance-deals tr[data-investment='" + deal.path("investmentId").asText() + "']";
            assertThat(text(row + " .moic")).isEqualTo(deal.path("moic").asText());
        }
        assertThat(text("#performance-sub-funds tr[data-sub-fund='" + SUB_FUND + "'] .tvpi"))
                .isEqualTo(performance.at("/subFunds/0/tvpi").asText());
        assertThat(text("#family-tvpi")).isEqualTo(performance.at("/family/tvpi").asText());

        LocalDate launch = LocalDate.parse(api().get("/api/funds/" + GUIDANCE).json().path("launchDate").asText());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long expected = ChronoUnit.MONTHS.between(YearMonth.from(launch), YearMonth.from(today)) + 1;
        waitFor().until(driver -> browser.executeScript("return window.Chart && " + CHART + " != null"));
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) browser.executeScript("return " + CHART + ".data.labels");
        assertThat(labels).hasSize((int) expected);
        assertThat(labels.get(0)).isEqualTo(YearMonth.from(launch).atEndOfMonth().toString());
        assertThat(labels.get(labels.size() - 1)).isEqualTo(today.toString());
        // NAV (money) and TVPI (a multiple) each against an axis of its own; today's points are the figures above
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) browser.executeScript("return " + CHART
                + ".data.datasets.map(function (d) { return { axis: d.yAxisID, last: d.data[d.data.length - 1],"
                + " first: d.data[0] }; })");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("axis")).isEqualTo("money");
        assertThat(number(lines.get(0).get("last"))).isEqualByComparingTo(performance.at("/nav/amount").asText());
        assertThat(lines.get(1).get("axis")).isEqualTo("multiple");
        assertThat(number(lines.get(1).get("last"))).isEqualByComparingTo(performance.path("tvpi").asText());
        assertThat(lines.get(1).get("first")).as("TVPI at the launch month's end: nothing paid in yet").isNull();
        assertThat(browser.executeScript("return " + CHART + ".scales.money.position + ' ' + "
                + CHART + ".scales.multiple.position")).isEqualTo("left right");
        screenshot("performance-zh");

        new Select(element("#evaluation-year")).selectByValue("2021");
        element("#evaluation-show").click();
        waitFor().until(driver -> text("#evaluation h2").startsWith("2021"));
        assertThat(browser.getCurrentUrl()).contains("year=2021");
        JsonNode evaluation = api().get("/api/funds/" + GUIDANCE + "/evaluation?year=2021").json();
        assertThat(text("#evaluation-as-of")).contains("2021年12月31日").contains("年度已结束");
        assertThat(text("#evaluation-figures tr[data-measure='deployment'] td.num"))
                .isEqualTo(percent(evaluation.at("/deploymentRatio/ratio").asText()));
        assertThat(text("#evaluation-figures tr[data-measure='family-leverage'] td.num"))
                .isEqualTo(evaluation.at("/familyLeverage/ratio").asText());
        assertThat(text("#evaluation-figures tr[data-measure='value-preserved']"))
                .contains("TVPI " + evaluation.at("/valuePreserved/tvpi").asText());
        // the rest of the page is as it was: the chart was not fetched again
        assertThat(browser.executeScript("return " + CHART + ".data.labels.length")).isEqualTo(expected);
        screenshot("performance-evaluation-2021-zh");

        browser.findElement(By.id("lang-en")).click();
        assertThat(text(".fund-nav a.active")).isEqualTo("Performance");
        assertThat(text("#evaluation h2")).isEqualTo("Performance evaluation 2021");
        assertThat(text("#perf-nav")).isEqualTo("CNY " + yuan(performance.at("/nav/amount").asText()).substring(1));
        screenshot("performance-en");
        browser.findElement(By.id("lang-zh")).click();
    }

    @Test
    void theDistributionsPageListsTheSeedsDistributionSplitByInvestorAndBySource() {
        signIn(TestUsers.AUDITOR);
        open("/console/funds/" + GUIDANCE + "/distributions");

        String distribution = "article[data-distribution='dist-2021']";
        assertThat(text(distribution + " .amount")).isEqualTo("¥2,348,238.36");
        assertThat(text(distribution + " tr[data-commitment='xm-finance-bureau'] .amount")).isEqualTo("¥1,408,943.02");
        assertThat(text(distribution + " tr[data-commitment='central-finance'] .amount")).isEqualTo("¥939,295.34");
        assertThat(text("#distributions-by-source tr[data-source='LOCAL_FISCAL'] .amount")).isEqualTo("¥1,408,943.02");
        assertThat(text("#distributions-by-source tr[data-source='CENTRAL_FISCAL'] .amount")).isEqualTo("¥939,295.34");
        assertThat(text("#distributed-total")).isEqualTo("¥2,348,238.36");
        JsonNode distributions = api().get("/api/funds/" + GUIDANCE + "/distributions").json();
        for (var investor : (Iterable<Map.Entry<String, JsonNode>>) distributions.path("byInvestor")::fields) {
            WebElement row = element("#distributions-by-investor tr[data-investor='" + investor.getKey() + "']");
            assertThat(row.findElement(By.cssSelector(".amount")).getText())
                    .isEqualTo(yuan(investor.getValue().at("/amount/amount").asText()));
        }
        assertThat(browser.findElements(By.cssSelector("#distributions-by-investor tbody tr")))
                .hasSize(distributions.path("byInvestor").size());
        screenshot("distributions-zh");

        // the day before it was paid, there was nothing distributed
        WebElement date = element("#as-of-date");
        browser.executeScript("arguments[0].value = '2021-12-30'", date);
        browser.findElement(By.id("as-of-show")).click();
        waitFor().until(driver -> browser.findElements(By.cssSelector(distribution)).isEmpty());
        assertThat(text("#distributed-total")).isEqualTo("¥0.00");
        assertThat(text("main .empty")).isEqualTo("尚无分配。");
        // and picking the day it was paid shows it again
        browser.executeScript("arguments[0].value = '2021-12-31'", element("#as-of-date"));
        browser.findElement(By.id("as-of-show")).click();
        waitFor().until(driver -> !browser.findElements(By.cssSelector(distribution)).isEmpty());
        assertThat(text("#distributed-total")).isEqualTo("¥2,348,238.36");
        assertThat(browser.getCurrentUrl()).endsWith("/distributions?asOf=2021-12-31");
    }

    /** An amount as the office writes it in Chinese: ¥, thousands separated, two decimals. */
    private static String yuan(String amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return "¥" + format.format(new BigDecimal(amount));
    }

    /** A rate or share the API states to four places ("0.0047"), as a percentage with two ("0.47%"). */
    private static String percent(String value) {
        return new BigDecimal(value).movePointRight(2).setScale(2, RoundingMode.UNNECESSARY).toPlainString() + "%";
    }

    private static BigDecimal number(Object value) {
        return new BigDecimal(String.valueOf(value));
    }
}
