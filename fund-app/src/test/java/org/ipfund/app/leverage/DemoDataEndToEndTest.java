package org.ipfund.app.leverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.leverage.Figures.amount;
import static org.ipfund.app.leverage.Figures.element;
import static org.ipfund.app.leverage.Figures.ratio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.ipfund.app.FundApplication;
import org.ipfund.app.demo.DemoData;
import org.ipfund.projections.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service started with {@code fund.demo-data=true} records the 2017 report's portfolio at start-up, and a
 * new user sees its figures at once. It runs on a database of its own (the seed's fund ids are fixed, and two
 * application contexts must not process one event store), and its context is closed when the class is done.
 */
@SpringBootTest(classes = FundApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "fund.demo-data=true")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DemoDataEndToEndTest {

    private static final String GUIDANCE = "/api/funds/xm-ip-guidance";
    /** The seed's commands record 26 events: a sub-fund's creation records three. */
    private static final long SEED_EVENTS = 26;

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private DemoData demoData;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> DemoDatabase.get().jdbcUrl());
        properties.add("spring.datasource.username", () -> DemoDatabase.get().user());
        properties.add("spring.datasource.password", () -> DemoDatabase.get().password());
        org.ipfund.app.testing.TestUsers.register(properties);
        properties.add("fund.audit.signing-key-file", () -> {
            java.io.File key = new java.io.File(System.getProperty("java.io.tmpdir"),
                    "ipfund-demo-test-" + ProcessHandle.current().pid() + "-checkpoint.key");
            key.deleteOnExit();
            return key.getPath();
        });
    }

    @Test
    void showsTheSeedsLeverageSubFundAmplificationAndFamilyFigures() {
        JsonNode leverage = get(GUIDANCE + "/leverage?minPosition=" + head());

        assertThat(amount(leverage, "/fundInvested")).isEqualTo("5000000.00");
        assertThat(amount(leverage, "/bySource/STATE_OWNED/capital")).isEqualTo("31000000.00");
        assertThat(ratio(leverage, "/bySource/STATE_OWNED/ratio")).isEqualTo("6.2000");
        assertThat(ratio(leverage, "/bySource/SOCIAL/ratio")).isEqualTo("0.0000");
        assertThat(leverage.path("deals").findValuesAsText("investmentId"))
                .containsExactly("deal-xm-ip-operation", "deal-silk-road-patent-pool");
        for (JsonNode deal : leverage.path("deals")) {
            assertThat(ratio(deal, "/bySource/STATE_OWNED/ratio")).as(deal.toString()).isEqualTo("6.2000");
        }
        JsonNode subFund = element(leverage, "/subFunds", "fundId", "xm-ip-sub-1");
        assertThat(amount(subFund, "/parentCommitment")).isEqualTo("25000000.00");
        assertThat(amount(subFund, "/totalCommitments")).isEqualTo("100000000.00");
        assertThat(ratio(subFund, "/amplification")).isEqualTo("4.0000");
        // 5,000,000 + 31,000,000 + 75,000,000 from the sub-fund's other investors, over 50,000,000 fiscal paid in
        assertThat(amount(leverage, "/family/capitalMobilised")).isEqualTo("111000000.00");
        assertThat(amount(leverage, "/family/fiscalPaidIn")).isEqualTo("50000000.00");
        assertThat(ratio(leverage, "/family/ratio")).isEqualTo("2.2200");
    }

    @Test
    void theSubFundFallsShortOfReturnInvestmentUnderTheOldMultipleAndCompliesUnderThe2025One() {
        JsonNode underTheOldRule = element(get(GUIDANCE + "/return-investment?asOf=2024-12-31&minPosition=" + head()),
                "/subFunds", "fundId", "xm-ip-sub-1");
        JsonNode underTheNewRule = element(get(GUIDANCE + "/return-investment?asOf=2025-01-01"), "/subFunds",
                "fundId", "xm-ip-sub-1");

        assertThat(ratio(underTheOldRule, "/requiredMultiple")).isEqualTo("1.50");
        assertThat(amount(underTheOldRule, "/parentPaidIn")).isEqualTo("10000000.00");
        assertThat(amount(underTheOldRule, "/required")).isEqualTo("15000000.00");
        assertThat(amount(underTheOldRule, "/qualifying")).isEqualTo("12000000.00");
        assertThat(ratio(underTheOldRule, "/multiple")).isEqualTo("1.2000");
        assertThat(underTheOldRule.path("compliant").isBoolean()).isTrue();
        assertThat(underTheOldRule.path("compliant").booleanValue()).isFalse();

        assertThat(ratio(underTheNewRule, "/requiredMultiple")).isEqualTo("1.00");
        assertThat(amount(underTheNewRule, "/required")).isEqualTo("10000000.00");
        assertThat(amount(underTheNewRule, "/qualifying")).isEqualTo("12000000.00");
        assertThat(underTheNewRule.path("compliant").isBoolean()).isTrue();
        assertThat(underTheNewRule.path("compliant").booleanValue()).isTrue();
    }

    @Test
    void recordingTheSeedASecondTimeRecordsNothing() {
        assertThat(storedEvents()).as("the seed, recorded once at start-up").isEqualTo(SEED_EVENTS);

        demoData.recordSeedPortfolio();

        assertThat(storedEvents()).isEqualTo(SEED_EVENTS);
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    private long head() {
        return jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
    }

    private JsonNode get(String path) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                    "tester:tester".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                            .GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
            return new ObjectMapper().readTree(response.body());
        } catch (IOException failed) {
            throw new IllegalStateException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** A database of this class's own, beside the run's, dropped when the run ends. */
    private static final class DemoDatabase {

        private static TestDatabase database;

        static synchronized TestDatabase get() {
            if (database == null) {
                database = TestDatabase.fresh();
            }
            return database;
        }
    }
}
