package org.ipfund.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service as a new user runs it: {@code java -jar fund-app.jar --server.port=…} with no
 * database configured, so on the embedded PostgreSQL; the books it recorded are still there after a restart.
 */
class PackagedServiceIT {

    @TempDir
    Path home;

    @Test
    void runsOnTheEmbeddedDatabaseOnTheGivenPortAndKeepsTheBooksAcrossARestart() {
        try (ServiceProcess service = ServiceProcess.on(null, home, "embedded").start()) {
            Api api = service.api();
            assertThat(service.log()).contains(home.resolve("postgres-data").toString());
            assertThat(api.post("/api/funds", """
                    {"fundId": "restart-fund", "name": "Xiamen guidance fund", "type": "GUIDANCE",
                     "currency": "CNY", "launchDate": "2017-03-01"}""").status()).isEqualTo(201);
            Api.Response committed = api.post("/api/funds/restart-fund/commitments", """
                    {"investor": "Xiamen Finance Bureau", "source": "LOCAL_FISCAL",
                     "amount": {"amount": "5000000.00", "currency": "CNY"}, "date": "2017-03-02"}""");
            assertThat(committed.status()).as(committed.body()).isEqualTo(201);
            assertThat(api.get("/api/funds/restart-fund?minPosition=2").body())
                    .contains("\"committed\":{\"amount\":\"5000000.00\",\"currency\":\"CNY\"}");
            assertThat(api.get("/actuator/health").body()).contains("\"db\":{\"status\":\"UP\"");
            assertThat(api.get("/actuator/prometheus").body()).contains("commandBus");
            assertThat(api.get("/v3/api-docs").body()).contains("/api/funds/{fundId}/capital-calls",
                    "/api/funds/{fundId}/investments", "/api/funds/{fundId}/investments/{investmentId}/co-investors",
                    "/api/funds/{fundId}/sub-funds", "/api/funds/{fundId}/corrections", "/api/funds/{fundId}/policy",
                    "/api/funds/{fundId}/portfolio");

            service.stop();
            service.start();
            assertThat(api.get("/api/funds/restart-fund?minPosition=2").body())
                    .contains("\"committed\":{\"amount\":\"5000000.00\",\"currency\":\"CNY\"}");
        }
    }
}
