package org.ipfund.app.console;

import java.io.File;
import java.time.Duration;
import org.ipfund.app.FundApplication;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.TestUsers;
import org.ipfund.projections.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console in a real browser, as its people use it: the service runs with the 2017 seed portfolio
 * ({@code fund.demo-data=true}) on a database of its own, shared by every browser test class (one application
 * context), and each class drives one headless Chromium. Every test starts signed out. Tests that record use fund
 * and fact ids of their own, so that the seed's figures stay as the others expect them.
 */
@SpringBootTest(classes = FundApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "fund.demo-data=true")
public abstract class BrowserTest {

    protected static final String GUIDANCE = "xm-ip-guidance";
    protected static final String SUB_FUND = "xm-ip-sub-1";

    protected static ChromeDriver browser;

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> ConsoleDatabase.get().jdbcUrl());
        properties.add("spring.datasource.username", () -> ConsoleDatabase.get().user());
        properties.add("spring.datasource.password", () -> ConsoleDatabase.get().password());
        TestUsers.register(properties);
        properties.add("fund.audit.settle-after", () -> "1s");
        properties.add("fund.audit.chain-interval", () -> "1s");
        properties.add("fund.audit.signing-key-file", () -> {
            File key = new File(System.getProperty("java.io.tmpdir"),
                    "ipfund-console-test-" + ProcessHandle.current().pid() + "-checkpoint.key");
            key.deleteOnExit();
            return key.getPath();
        });
    }

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @BeforeEach
    void signedOut() {
        browser.get(url("/login"));
        browser.manage().deleteAllCookies();
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** The API itself, over Basic (the test users' passwords are their names), to check what the console did. */
    protected Api api() {
        return Api.at("http://127.0.0.1:" + port);
    }

    /** Signs in through the login form; every test user's password is its name. */
    protected void signIn(String user) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user);
        browser.findElement(By.id("sign-in")).click();
        waitFor().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    protected void open(String path) {
        browser.get(url(path));
        waitFor().until(driver -> "complete".equals(browser.executeScript("return document.readyState")));
    }

    protected WebElement element(String cssSelector) {
        return waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cssSelector)));
    }

    protected String text(String cssSelector) {
        return element(cssSelector).getText().trim();
    }

    protected WebDriverWait waitFor() {
        // a part htmx swaps may be replaced between finding an element and reading it: look again
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class);
    }

    protected void screenshot(String name) {
        Browser.screenshot(browser, name);
    }

    /** The browser tests' own database: the seed's fund ids are fixed, and no other context may process its events. */
    private static final class ConsoleDatabase {

        private static TestDatabase database;

        static synchronized TestDatabase get() {
            if (database == null) {
                database = TestDatabase.fresh();
            }
            return database;
        }
    }
}
