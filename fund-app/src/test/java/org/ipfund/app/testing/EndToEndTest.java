package org.ipfund.app.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipfund.app.FundApplication;
import org.ipfund.projections.testing.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running service on a real PostgreSQL (this test run's own database), driven over HTTP. All
 * end-to-end tests share one application context; each uses fund ids of its own. Metrics are exported as in
 * production (a Spring Boot test leaves them out by default), so that {@code /actuator/prometheus} answers.
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(classes = FundApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class EndToEndTest {

    @LocalServerPort
    private int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        TestDatabase database = TestDatabase.get();
        properties.add("spring.datasource.url", database::jdbcUrl);
        properties.add("spring.datasource.username", database::user);
        properties.add("spring.datasource.password", database::password);
        TestUsers.register(properties);
        // bearer tokens beside Basic, signed by this run's own key (security/BearerTokenEndToEndTest)
        TestTokens.register(properties);
        // chain events a moment after they are recorded, and keep the test run's signing key out of the home directory
        properties.add("fund.audit.settle-after", () -> "1s");
        properties.add("fund.audit.chain-interval", () -> "1s");
        // a few links per transaction, an odd number, so that the chains' paging (an event's ledger lines split across
        // pages) is exercised by every test that verifies them; one a transaction made every signature and posting
        // check its own round trips, and the suite minutes longer
        properties.add("fund.audit.chain-batch", () -> "7");
        properties.add("fund.audit.signing-key-file", EndToEndTest::signingKeyFile);
    }

    private static String signingKeyFile() {
        java.io.File key = new java.io.File(System.getProperty("java.io.tmpdir"),
                "ipfund-test-" + ProcessHandle.current().pid() + "-checkpoint.key");
        key.deleteOnExit();
        return key.getPath();
    }

    protected int port() {
        return port;
    }

    protected Api api() {
        return new Api("http://127.0.0.1:" + port);
    }

    /** The answer to each of the reads (GET paths), each required to be 200, in the order asked. */
    protected Map<String, JsonNode> answers(List<String> reads) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (String read : reads) {
            Api.Response response = api().get(read);
            assertThat(response.status()).as("GET " + read + ": " + response).isEqualTo(200);
            answers.put(read, response.json());
        }
        return answers;
    }

    /** How many events the store holds: a refused request must leave this unchanged. */
    protected long storedEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    protected long storedEventsOf(String aggregateId) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class,
                aggregateId);
    }
}
