package org.ipfund.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.Funds;
import org.ipfund.app.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Every recording form, as a fund manager opens it: each posts to its API path with an idempotency key of its own
 * that a reload renews, every word on it is in the bundles of both languages, and each is photographed in Chinese.
 */
class FormPagesBrowserTest extends RecordingBrowserTest {

    private static final String FUND = "forms-pages";
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private static final String CHINESE = "[\\u4e00-\\u9fff]";
    private static final String FORM_WORDS = "main h2, main .about, main .crumbs, form label > span:first-child, "
            + "form legend, form .hint, form button, form option[value=''], select[name=source] option, "
            + "select[name=kind] option, select[name=type] option, select[name=method] option, "
            + "select[data-json=boolean] option, select[name$='pricing'] option";

    /** Each form's page, by the name its screenshot takes, with the API path its form posts to. */
    private static final Map<String, String[]> FORMS = new LinkedHashMap<>();

    static {
        FORMS.put("launch-fund", new String[] {"/console/record/fund", "/funds"});
        FORMS.put("register-investor", new String[] {"/console/record/investor", "/investors"});
        String record = "/console/funds/" + FUND + "/record/";
        String api = "/funds/" + FUND;
        FORMS.put("commitment", new String[] {record + "commitment", api + "/commitments"});
        FORMS.put("capital-call", new String[] {record + "capital-call", api + "/capital-calls"});
        FORMS.put("contribution", new String[] {record + "contribution", api + "/contributions"});
        FORMS.put("investment", new String[] {record + "investment", api + "/investments"});
        FORMS.put("co-investor", new String[] {record + "co-investor?investment=deal-pages",
                api + "/investments/deal-pages/co-investors"});
        FORMS.put("valuation", new String[] {record + "valuation?investment=deal-pages",
                api + "/investments/deal-pages/valuations"});
        FORMS.put("exit", new String[] {record + "exit?investment=deal-pages", api + "/investments/deal-pages/exits"});
        FORMS.put("distribution", new String[] {record + "distribution", api + "/distributions"});
        FORMS.put("sub-fund", new String[] {record + "sub-fund", api + "/sub-funds"});
        FORMS.put("top-up", new String[] {record + "top-up?subFund=forms-pages-sub",
                api + "/sub-funds/forms-pages-sub/top-ups"});
        FORMS.put("policy", new String[] {record + "policy", api + "/policy"});
        FORMS.put("correction", new String[] {record + "correction", api + "/corrections"});
    }

    @BeforeEach
    void aFundWithADealAndASubFund() {
        if (api().get("/api/funds/" + FUND).status() == 200) {
            return;
        }
        launchWithPaidIn(FUND, "10000000");
        Api manager = api().as(TestUsers.MANAGER);
        Funds.recorded(manager.post("/api/funds/" + FUND + "/policy", """
                {"effectiveFrom": "2024-01-02", "shareCap": "0.30", "returnInvestmentMultiple": "1.50",
                 "cededExit": {"freeYears": 3, "annualRate": "0.0435", "pricing": "AT_LEAST"}}"""));
        Funds.recorded(manager.post("/api/funds/" + FUND + "/investments", """
                {"investmentId": "deal-pages", "kind": "DIRECT", "company": {"name": "丝路专利池"},
                 "amount": {"amount": "2000000", "currency": "CNY"}, "date": "2024-02-01"}"""));
        Funds.recorded(manager.post("/api/funds/" + FUND + "/sub-funds", """
                {"subFundId": "forms-pages-sub", "name": "厦门知识产权子基金", "targetSize": {"amount": "40000000",
                 "currency": "CNY"}, "parentCommitment": {"amount": "5000000", "currency": "CNY"},
                 "date": "2024-03-01"}"""));
    }

    @Test
    void everyFormPostsToItsApiPathWithAKeyOfItsOwnThatAReloadRenewsAndIsPhotographedInChinese() {
        signIn(TestUsers.MANAGER);
        for (Map.Entry<String, String[]> form : FORMS.entrySet()) {
            open(form.getValue()[0]);
            WebElement record = element("form.record");
            assertThat(record.getAttribute("data-api")).as(form.getKey()).isEqualTo(form.getValue()[1]);
            String key = record.getAttribute("data-idempotency-key");
            assertThat(key).as(form.getKey()).matches(UUID);
            assertThat(browser.getPageSource()).as(form.getKey()).doesNotContain("??");
            screenshotWhole("form-" + form.getKey() + "-zh");

            browser.navigate().refresh();
            assertThat(element("form.record").getAttribute("data-idempotency-key")).as(form.getKey())
                    .matches(UUID).isNotEqualTo(key);
        }
        open("/console/funds/" + FUND + "/record");
        assertThat(browser.findElements(By.cssSelector("#fund-forms a"))).hasSize(FORMS.size() - 2);
        assertThat(element("#record-deals tr[data-investment='deal-pages']").getText()).contains("丝路专利池");
        assertThat(element("#record-sub-funds tr[data-sub-fund='forms-pages-sub']").getText())
                .contains("厦门知识产权子基金");
        screenshotWhole("form-index-fund-zh");
        open("/console/record");
        assertThat(element("#record-funds tr[data-fund='" + FUND + "']").getText()).contains("记录事实");
        screenshotWhole("form-index-zh");
    }

    @Test
    void everyFormSpeaksEnglishWhenEnglishIsPicked() {
        signIn(TestUsers.MANAGER);
        open("/console/funds/" + FUND + "/record/commitment");
        String chineseTitle = text("main h2");
        browser.findElement(By.id("lang-en")).click();
        assertThat(text("main h2")).isEqualTo("Commitment").isNotEqualTo(chineseTitle);
        for (Map.Entry<String, String[]> form : FORMS.entrySet()) {
            open(form.getValue()[0]);
            assertThat(element("form.record button[type=submit]").getText()).as(form.getKey()).isEqualTo("Record");
            assertThat(browser.getPageSource()).as(form.getKey()).doesNotContain("??");
            // the form's own words (not the names recorded in it): labels, legends, hints, buttons, enum choices;
            // a Chinese term glossed in brackets is English too ("Ceded exit (让利退出)")
            for (WebElement words : browser.findElements(By.cssSelector(FORM_WORDS))) {
                assertThat(words.getAttribute("textContent").replaceAll("\\([^)]*\\)", "")).as(form.getKey())
                        .doesNotContainPattern(CHINESE);
            }
        }
        open(FORMS.get("investment")[0]);
        screenshotWhole("form-investment-en");
        open("/console/funds/" + FUND + "/record?lang=zh-CN");
    }

    @Test
    void aFormOnAHoldingIsShownOnceTheHoldingIsPicked() {
        signIn(TestUsers.MANAGER);
        open("/console/funds/" + FUND + "/record");
        element("#form-valuation").click();
        assertThat(browser.findElements(By.cssSelector("form.record"))).isEmpty();
        new Select(element("#pick-holding")).selectByValue("deal-pages");
        element("#pick-holding-submit").click();
        assertThat(text("#picked-holding")).contains("丝路专利池").contains("deal-pages");
        assertThat(element("form.record").getAttribute("data-api"))
                .isEqualTo("/funds/" + FUND + "/investments/deal-pages/valuations");

        open("/console/funds/" + FUND + "/record");
        element("#form-correction").click();
        assertThat(text("#standing-facts-table")).contains("lp-city").contains("call-1").contains("deal-pages");
        element("#standing-facts-table tr[data-fact='deal-pages'] a.correct").click();
        assertThat(browser.getCurrentUrl()).endsWith("/record/correction?reverses=deal-pages");
        assertThat(text("#reversed-kind")).isEqualTo("投资");
        assertThat(text("#reversed-fact")).contains("丝路专利池").contains("¥2,000,000.00");

        open("/console/funds/" + FUND + "/record/exit?investment=no-such-deal");
        assertThat(text("#problem")).isEqualTo("未找到");
        assertThat(element("#problem").getAttribute("data-code")).isEqualTo("INVESTMENT_NOT_FOUND");
    }
}
