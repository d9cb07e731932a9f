package org.ipfund.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.Funds;
import org.ipfund.app.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.interactions.Actions;

/**
 * A fund manager records through the console's forms as a person would: a whole small fund from its launch to its
 * first deal, seen on the fund's pages; a refusal shown at the field at fault that records nothing; a double click
 * and a form sent again that record once; a correction started from the fact it reverses.
 */
class FormsBrowserTest extends RecordingBrowserTest {

    @Test
    void aManagerLaunchesAFundAndRecordsItsCapitalAndFirstDealThroughTheFormsAndSeesThemOnItsPages() {
        signIn(TestUsers.MANAGER);
        element("#nav-record").click();
        element("#link-launch-fund").click();
        String launch = "#launch-fund-form";
        fill(launch, "fundId", "forms-small-fund");
        fill(launch, "name", "厦门知识产权小基金");
        fill(launch, "type", "GUIDANCE");
        fill(launch, "currency", "CNY");
        fill(launch, "launchDate", "2024-01-02");
        fill(launch, "policy.shareCap", "0.30");
        fill(launch, "policy.followOnMaxShareOfLead", "0.50");
        fill(launch, "policy.followOnWindowDays", "365");
        screenshotWhole("form-launch-fund-zh");
        assertThat(record(launch)).isEqualTo("forms-small-fund");
        JsonNode launched = api().get("/api/funds/forms-small-fund").json();
        assertThat(launched.path("policy").path("shareCap").asText()).isEqualTo("0.30");
        assertThat(launched.path("policy").path("followOnWindowDays").asInt()).isEqualTo(365);
        // a rule left empty is not set: the yes/no selects left at "not set" sent nothing
        assertThat(launched.path("policy").path("recycleProceeds").isNull()).as(launched.toString()).isTrue();
        assertThat(launched.path("policy").path("investUncalledCommitments").isNull()).isTrue();
        assertThat(launched.path("policy").path("shareCapAmount").isNull()).isTrue();

        open("/console/record");
        element("#record-funds tr[data-fund='forms-small-fund'] a.record-link").click();
        assertThat(text(".fund-nav a.active")).isEqualTo("记录");
        element("#form-commitment").click();
        String commitment = "#commitment-form";
        fill(commitment, "commitmentId", "lp-city");
        fill(commitment, "investor", "厦门市财政局");
        fill(commitment, "source", "LOCAL_FISCAL");
        fill(commitment, "amount.amount", "10000000");
        fill(commitment, "date", "2024-01-15");
        assertThat(record(commitment)).isEqualTo("lp-city");

        open("/console/funds/forms-small-fund/record/capital-call");
        String call = "#capital-call-form";
        fill(call, "callId", "call-1");
        fill(call, "amount.amount", "4000000");
        fill(call, "date", "2024-02-01");
        fill(call, "commitmentIds", "lp-city");
        assertThat(record(call)).isEqualTo("call-1");

        open("/console/funds/forms-small-fund/record/contribution");
        String contribution = "#contribution-form";
        fill(contribution, "callId", "call-1");
        fill(contribution, "commitmentId", "lp-city");
        fill(contribution, "amount.amount", "4000000");
        fill(contribution, "date", "2024-02-10");
        record(contribution);

        open("/console/funds/forms-small-fund/record/investment");
        String investment = "#investment-form";
        fill(investment, "investmentId", "deal-patents");
        fill(investment, "kind", "DIRECT");
        fill(investment, "company.name", "厦门专利运营有限公司");
        fill(investment, "company.country", "中国");
        fill(investment, "amount.amount", "3000000");
        fill(investment, "date", "2024-03-01");
        fill(investment, "inTargetRegion", "true");
        assertThat(record(investment)).isEqualTo("deal-patents");

        element("#back-to-forms").click();
        assertThat(element("#record-deals tr[data-investment='deal-patents']").getText())
                .contains("厦门专利运营有限公司");
        browser.findElement(By.linkText("资本")).click();
        assertThat(text("#committed")).isEqualTo("¥10,000,000.00");
        assertThat(text("#paid-in")).isEqualTo("¥4,000,000.00");
        assertThat(text("#invested")).isEqualTo("¥3,000,000.00");
        assertThat(text("#capital-calls tbody tr")).contains("call-1");
        open("/console/funds/forms-small-fund/portfolio");
        WebElement deal = element("article.holding[data-investment='deal-patents']");
        assertThat(deal.getText()).contains("厦门专利运营有限公司").contains("直投").contains("目标区域")
                .contains("¥3,000,000.00");
    }

    @Test
    void theFormsOfInvestorsDealsHoldingsDistributionsPolicyAndSubFundsRecordWhatTheyShow() {
        String fundId = "forms-holdings";
        launchWithPaidIn(fundId, "10000000");
        signIn(TestUsers.MANAGER);

        open("/console/record/investor");
        String investor = "#investor-form";
        fill(investor, "investorId", "inv-silk-road");
        fill(investor, "name", "丝路国投");
        fill(investor, "source", "STATE_OWNED");
        fill(investor, "kind", "STATE_OWNED_ENTERPRISE");
        assertThat(record(investor)).isEqualTo("inv-silk-road");
        assertThat(api().get("/api/investors/inv-silk-road").json().path("kind").asText())
                .isEqualTo("STATE_OWNED_ENTERPRISE");

        open("/console/funds/" + fundId + "/record/investment");
        String deal = "#investment-form";
        fill(deal, "investmentId", "deal-follow");
        fill(deal, "kind", "FOLLOW_ON");
        fill(deal, "company.name", "丝路专利池");
        fill(deal, "amount.amount", "1000000");
        fill(deal, "date", "2024-02-01");
        fill(deal, "lead.name", "国投创新");
        fill(deal, "lead.amount.amount", "4000000");
        fill(deal, "lead.date", "2024-01-20");
        record(deal);

        open("/console/funds/" + fundId + "/record");
        element("#record-deals tr[data-investment='deal-follow'] a[href*='co-investor']").click();
        String coInvestor = "#co-investor-form";
        fill(coInvestor, "investor", "国投丝路基金");
        fill(coInvestor, "source", "STATE_OWNED");
        fill(coInvestor, "amount.amount", "6000000");
        fill(coInvestor, "date", "2024-02-02");
        record(coInvestor);

        open("/console/funds/" + fundId + "/record/valuation?investment=deal-follow");
        String valuation = "#valuation-form";
        fill(valuation, "fairValue.amount", "1500000");
        fill(valuation, "date", "2024-06-30");
        fill(valuation, "method", "RECENT_TRANSACTION");
        fill(valuation, "note", "B 轮价格");
        record(valuation);

        open("/console/funds/" + fundId + "/record/exit?investment=deal-follow");
        String exit = "#exit-form";
        fill(exit, "kind", "SALE");
        fill(exit, "share", "0.5");
        fill(exit, "proceeds.amount", "900000");
        fill(exit, "buyer", "厦门某投资人");
        fill(exit, "date", "2024-09-01");
        record(exit);

        JsonNode holding = api().get("/api/funds/" + fundId + "/investments/deal-follow").json();
        assertThat(holding.path("kind").asText()).isEqualTo("FOLLOW_ON");
        assertThat(holding.path("lead").path("name").asText()).isEqualTo("国投创新");
        assertThat(holding.path("coInvestors").get(0).path("investor").asText()).isEqualTo("国投丝路基金");
        assertThat(holding.path("valuations").get(0).path("method").asText()).isEqualTo("RECENT_TRANSACTION");
        assertThat(holding.path("exits").get(0).path("share").asText()).isEqualTo("0.5");
        assertThat(holding.path("proceeds").path("amount").asText()).isEqualTo("900000.00");

        open("/console/funds/" + fundId + "/record/distribution");
        fill("#distribution-form", "distributionId", "dist-1");
        fill("#distribution-form", "amount.amount", "500000");
        fill("#distribution-form", "date", "2024-10-01");
        assertThat(record("#distribution-form")).isEqualTo("dist-1");

        open("/console/funds/" + fundId + "/record/policy");
        String policy = "#policy-form";
        fill(policy, "effectiveFrom", "2024-11-01");
        fill(policy, "returnInvestmentMultiple", "2.00");
        fill(policy, "recycleProceeds", "false");
        record(policy);
        JsonNode inForce = api().get("/api/funds/" + fundId).json().path("policy");
        assertThat(inForce.path("effectiveFrom").asText()).isEqualTo("2024-11-01");
        assertThat(inForce.path("returnInvestmentMultiple").asText()).isEqualTo("2.00");
        assertThat(inForce.path("recycleProceeds").asBoolean(true)).isFalse();

        open("/console/funds/" + fundId + "/record/sub-fund");
        String subFund = "#sub-fund-form";
        fill(subFund, "subFundId", "forms-holdings-sub");
        fill(subFund, "name", "厦门知识产权运营子基金");
        fill(subFund, "targetSize.amount", "20000000");
        fill(subFund, "parentCommitment.amount", "5000000");
        fill(subFund, "date", "2024-11-05");
        fill(subFund, "policy.returnInvestmentMultiple", "1.50");
        assertThat(record(subFund)).isEqualTo("forms-holdings-sub");

        open("/console/funds/" + fundId + "/record");
        element("#record-sub-funds tr[data-sub-fund='forms-holdings-sub'] a[href*='top-up']").click();
        fill("#top-up-form", "amount.amount", "1000000");
        fill("#top-up-form", "date", "2024-11-10");
        record("#top-up-form");

        JsonNode sub = api().get("/api/funds/forms-holdings-sub").json();
        assertThat(sub.path("parent").path("fundId").asText()).isEqualTo(fundId);
        assertThat(sub.path("parent").path("commitment").path("amount").asText()).isEqualTo("6000000.00");
        assertThat(sub.path("policy").path("returnInvestmentMultiple").asText()).isEqualTo("1.50");
        assertThat(api().get("/api/funds/" + fundId + "/distributions/dist-1").json().path("amount").path("amount")
                .asText()).isEqualTo("500000.00");
        open("/console/funds/" + fundId + "/leverage");
        // the parent's commitment with its top-up, and nobody else's yet: the sub-fund amplifies it 1.0×
        assertThat(text("#leverage-sub-funds tr[data-sub-fund='forms-holdings-sub']")).contains("¥6,000,000.00");
        assertThat(text("#leverage-sub-funds tr[data-sub-fund='forms-holdings-sub'] .ratio")).isEqualTo("1.0000");
    }

    @Test
    void aRefusedFormShowsTheReasonAtTheFieldAtFaultAndRecordsNothingUntilItIsCorrected() {
        String fundId = "forms-refused";
        Api manager = api().as(TestUsers.MANAGER);
        Funds.recorded(manager.post("/api/funds", Funds.launch(fundId, "2024-01-02")));
        Funds.recorded(manager.post("/api/funds/" + fundId + "/commitments",
                Funds.commitment("lp-city", "厦门市财政局", "LOCAL_FISCAL", "10000000", "2024-01-05")));
        Funds.recorded(manager.post("/api/funds/" + fundId + "/capital-calls",
                Funds.call("call-1", "4000000", "2024-01-10")));
        signIn(TestUsers.MANAGER);
        open("/console/funds/" + fundId + "/record/contribution");
        String form = "#contribution-form";
        fill(form, "callId", "call-1");
        fill(form, "commitmentId", "lp-city");
        fill(form, "amount.amount", "5000000");
        fill(form, "date", "2024-01-20");
        String firstKey = idempotencyKey(form);
        long before = storedEvents();

        send(form);
        WebElement refusal = refusalAt(form, "amount.amount");
        assertThat(refusal.getText()).startsWith("实缴金额超过该认缴在此缴款通知下的欠缴金额")
                .endsWith("(CONTRIBUTION_EXCEEDS_CALLED)");
        assertThat(field(form, "amount.amount").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(element(form + " [data-result]").isDisplayed()).isFalse();
        screenshot("form-refused-contribution-zh");
        assertThat(storedEvents()).isEqualTo(before);
        String keyAfterRefusal = idempotencyKey(form);
        assertThat(keyAfterRefusal).isNotEqualTo(firstKey);

        fill(form, "amount.amount", "-100");
        send(form);
        waitFor().until(driver -> refusalAt(form, "amount.amount").getText().contains("INVALID_INPUT"));
        assertThat(refusalAt(form, "amount.amount").getText()).startsWith("输入无效");
        assertThat(browser.findElements(By.cssSelector(form + " .field-error"))).hasSize(1);
        screenshot("form-refused-negative-zh");
        assertThat(storedEvents()).isEqualTo(before);

        fill(form, "amount.amount", "4000000");
        String contributionId = record(form);
        assertThat(idempotencyKey(form)).isNotIn(firstKey, keyAfterRefusal);
        assertThat(browser.findElements(By.cssSelector(form + " .field-error"))).isEmpty();
        assertThat(storedEvents()).isGreaterThan(before);
        assertThat(api().get("/api/funds/" + fundId + "/contributions/" + contributionId).json()
                .path("amount").path("amount").asText()).isEqualTo("4000000.00");
        open("/console/funds/" + fundId);
        assertThat(text("#paid-in")).isEqualTo("¥4,000,000.00");
    }

    @Test
    void aDoubleClickRecordsOnceAndTheSameFormSentAgainRecordsNothingMore() {
        String fundId = "forms-twice";
        Funds.recorded(api().as(TestUsers.MANAGER).post("/api/funds", Funds.launch(fundId, "2024-01-02")));
        signIn(TestUsers.MANAGER);
        open("/console/funds/" + fundId + "/record/commitment");
        String form = "#commitment-form";
        // no id given: the server makes one, so only the idempotency key keeps a second send from a second commitment
        fill(form, "investor", "丝路知识产权投资有限公司");
        fill(form, "source", "SOCIAL");
        fill(form, "amount.amount", "2500000");
        fill(form, "date", "2024-01-05");
        long before = storedEvents();

        new Actions(browser).doubleClick(element(form + " button[type=submit]")).perform();
        String recordedId = recorded(form);
        assertThat(commitmentsOf(fundId)).hasSize(1);
        long afterOne = storedEvents();
        assertThat(afterOne).isEqualTo(before + 1);

        // the form sent again with its key (as a stale tab or a script would): the stored answer, nothing recorded
        browser.executeScript("var form = document.querySelector(arguments[0]); form.dataset.recorded = 'false';"
                + "form.querySelector('button[type=submit]').hidden = false;"
                + "var result = form.querySelector('[data-result]'); result.hidden = true;"
                + "result.removeAttribute('data-recorded-id');", form);
        send(form);
        assertThat(recorded(form)).isEqualTo(recordedId);
        assertThat(commitmentsOf(fundId)).hasSize(1);
        assertThat(storedEvents()).isEqualTo(afterOne);

        // the same form changed and sent again under its key: refused for the key, which it keeps, since the first
        // sending under it stands; a fresh key would have recorded a second commitment
        String key = idempotencyKey(form);
        browser.executeScript("var form = document.querySelector(arguments[0]); form.dataset.recorded = 'false';"
                + "form.querySelector('button[type=submit]').hidden = false;", form);
        fill(form, "amount.amount", "2600000");
        send(form);
        WebElement problem = waitFor().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(form + " [data-problem]")));
        assertThat(problem.getText()).contains("IDEMPOTENCY_KEY_REUSED");
        assertThat(idempotencyKey(form)).isEqualTo(key);
        assertThat(commitmentsOf(fundId)).hasSize(1);
        assertThat(storedEvents()).isEqualTo(afterOne);

        // two requests with one key at once, the second while the first may still be running: one commitment
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> answers = (List<Map<String, Object>>) browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var headers = {'Content-Type': 'application/json', 'Idempotency-Key': 'twice-' + Date.now()};
                headers[document.querySelector('meta[name=_csrf_header]').content] =
                    document.querySelector('meta[name=_csrf]').content;
                var body = JSON.stringify({investor: '国投丝路', source: 'STATE_OWNED',
                    amount: {amount: '1000000', currency: 'CNY'}, date: '2024-01-06'});
                var send = function () {
                    return fetch('/console/api/funds/forms-twice/commitments', {method: 'POST', headers: headers,
                        body: body}).then(function (r) { return r.json().then(function (j) {
                            return {status: r.status, id: j.id, replayed: r.headers.get('Idempotent-Replayed')}; }); });
                };
                Promise.all([send(), send()]).then(done, function (e) { done([{error: String(e)}]); });
                """);
        assertThat(answers).extracting(answer -> answer.get("status")).containsExactly(201L, 201L);
        assertThat(answers.get(0).get("id")).isEqualTo(answers.get(1).get("id"));
        assertThat(answers).extracting(answer -> answer.get("replayed")).containsOnlyOnce("true");
        assertThat(commitmentsOf(fundId)).hasSize(2);
        assertThat(storedEvents()).isEqualTo(afterOne + 1);
    }

    @Test
    void aCorrectionStartedFromAFactsCorrectLinkReversesItAndTheCapitalPageShowsItReversed() {
        String fundId = "forms-correction";
        Api manager = api().as(TestUsers.MANAGER);
        Funds.recorded(manager.post("/api/funds", Funds.launch(fundId, "2024-01-02")));
        Funds.recorded(manager.post("/api/funds/" + fundId + "/commitments",
                Funds.commitment("lp-typo", "厦门市财政局", "LOCAL_FISCAL", "30000000", "2024-01-05")));
        Funds.recorded(manager.post("/api/funds/" + fundId + "/commitments",
                Funds.commitment("lp-right", "厦门市财政局", "LOCAL_FISCAL", "3000000", "2024-01-05")));
        signIn(TestUsers.MANAGER);
        open("/console/funds/" + fundId);
        assertThat(text("#committed")).isEqualTo("¥33,000,000.00");

        WebElement typo = browser.findElements(By.cssSelector("#commitments tbody tr")).stream()
                .filter(row -> row.getText().startsWith("lp-typo")).findFirst().orElseThrow();
        typo.findElement(By.cssSelector("a.correct")).click();
        assertThat(browser.getCurrentUrl()).contains("/console/funds/" + fundId + "/record/correction?reverses=lp-typo");
        assertThat(text("#reversed-kind")).isEqualTo("认缴");
        assertThat(text("#reversed-fact")).contains("lp-typo").contains("¥30,000,000.00").contains("厦门市财政局");
        WebElement reverses = field("#correction-form", "reverses");
        assertThat(reverses.getAttribute("value")).isEqualTo("lp-typo");
        assertThat(reverses.getAttribute("readonly")).isNotNull();
        fill("#correction-form", "reason", "金额多录了一个零");
        fill("#correction-form", "date", "2024-01-06");
        screenshotWhole("form-correction-zh");
        record("#correction-form");

        open("/console/funds/" + fundId);
        assertThat(text("#committed")).isEqualTo("¥3,000,000.00");
        WebElement reversed = browser.findElements(By.cssSelector("#commitments tbody tr")).stream()
                .filter(row -> row.getText().startsWith("lp-typo")).findFirst().orElseThrow();
        assertThat(reversed.getAttribute("class")).contains("reversed");
        assertThat(reversed.findElement(By.cssSelector(".flag")).getText()).isEqualTo("已冲销");
        assertThat(reversed.findElements(By.cssSelector("a.correct"))).isEmpty();
        assertThat(reversed.getText()).as("what was reversed stays in sight, struck through")
                .contains("¥30,000,000.00");
        screenshot("capital-after-correction-zh");

        // the same fact again: the form says it is reversed already, and the API refuses a second reversal
        open("/console/funds/" + fundId + "/record/correction?reverses=lp-typo");
        assertThat(text("#already-reversed")).contains("2024年1月6日");
        fill("#correction-form", "reason", "再冲销一次");
        fill("#correction-form", "date", "2024-01-07");
        long before = storedEvents();
        send("#correction-form");
        assertThat(refusalAt("#correction-form", "reverses").getText()).contains("FACT_ALREADY_REVERSED");
        assertThat(storedEvents()).isEqualTo(before);
    }

    private List<JsonNode> commitmentsOf(String fundId) {
        JsonNode commitments = api().get("/api/funds/" + fundId + "/commitments").json().path("commitments");
        List<JsonNode> list = new java.util.ArrayList<>();
        commitments.forEach(list::add);
        return list;
    }
}
