package org.ipfund.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.Funds;
import org.ipfund.app.testing.TestUsers;
import org.ipfund.projections.store.EventStoreTables;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the recording forms' browser tests share: filling a form field by its name (the API's JSON path) as a person
 * would, sending it and reading the answer the page shows, and counting the events the store holds so that a refusal
 * can be shown to have recorded nothing.
 */
abstract class RecordingBrowserTest extends BrowserTest {

    @Autowired
    private EventStoreTables store;

    /** Read through the one seam that names Axon's tables. */
    protected long storedEvents() {
        return store.count();
    }

    /** A fund of the test's own, launched through the API with a commitment, a call and its contribution paid. */
    protected void launchWithPaidIn(String fundId, String paidIn) {
        Api manager = api().as(TestUsers.MANAGER);
        Funds.recorded(manager.post("/api/funds", Funds.launch(fundId, "2024-01-02")));
        Funds.recorded(manager.post("/api/funds/" + fundId + "/commitments",
                Funds.commitment("lp-city", "厦门市财政局", "LOCAL_FISCAL", "20000000", "2024-01-05")));
        Funds.recorded(manager.post("/api/funds/" + fundId + "/capital-calls",
                Funds.call("call-1", paidIn, "2024-01-10")));
        Funds.recorded(manager.post("/api/funds/" + fundId + "/contributions",
                Funds.contribution("pay-1", "lp-city", "call-1", paidIn, "2024-01-15")));
    }

    protected WebElement field(String form, String name) {
        return element(form + " [name='" + name + "']");
    }

    /** Types, picks or ticks a value as the field takes it; a date is set as the date picker would set it. */
    protected void fill(String form, String name, String value) {
        WebElement field = field(form, name);
        if ("select".equals(field.getTagName())) {
            Select select = new Select(field);
            if (select.isMultiple()) {
                select.deselectAll();
            }
            select.selectByValue(value);
        } else if ("date".equals(field.getAttribute("type"))) {
            browser.executeScript("arguments[0].value = arguments[1]", field, value);
        } else if ("checkbox".equals(field.getAttribute("type"))) {
            if (field.isSelected() != Boolean.parseBoolean(value)) {
                field.click();
            }
        } else {
            field.clear();
            field.sendKeys(value);
        }
    }

    protected void send(String form) {
        element(form + " button[type=submit]").click();
    }

    /** Waits for the form's answer and returns the id the API recorded. */
    protected String recorded(String form) {
        WebElement result = waitFor().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(form + " [data-result]")));
        assertThat(result.getText()).startsWith("已记录");
        return result.getAttribute("data-recorded-id");
    }

    /** Sends the form and waits until the page shows it recorded; returns the id recorded. */
    protected String record(String form) {
        send(form);
        return recorded(form);
    }

    /** The refusal shown next to the named field, once the API's answer arrived. */
    protected WebElement refusalAt(String form, String name) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//form[@id='" + form.substring(1) + "']//*[@name='" + name
                        + "']/following-sibling::span[contains(@class,'field-error')]")));
    }

    protected String idempotencyKey(String form) {
        return element(form).getAttribute("data-idempotency-key");
    }

    /** A screenshot of the whole page, however long the form: the window grows to the page for it. */
    protected void screenshotWhole(String name) {
        Dimension window = browser.manage().window().getSize();
        long page = ((Number) browser.executeScript("return document.documentElement.scrollHeight")).longValue();
        // the window is taller than the page it shows by the browser's own frame
        browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.max(window.getHeight(), page + 160)));
        try {
            screenshot(name);
        } finally {
            browser.manage().window().setSize(window);
        }
    }
}
