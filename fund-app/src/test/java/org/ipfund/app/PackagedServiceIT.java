package org.ipfund.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service as a new user runs it: {@code java -jar fund-app.jar --server.port=…} with no
 * database configured, so on the embedded PostgreSQL; the books it recorded are still there after a restart. Stopped
 * as an operator stops it, it stops its views before the database and logs nothing alarming.
 */
class PackagedServiceIT {

    @TempDir
    Path home;

    @Test
    void runsOnTheEmbeddedDatabaseOnTheGivenPortStopsQuietlyAndKeepsTheBooksAcrossARestart() {
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
            // the console and every script and stylesheet it loads are served from the jar itself (webjars)
            String login = api.anonymous().get("/login").body();
            List<String> assets = Pattern.compile("(?:src|href)=\"(/[^\"]+\\.(?:js|css))\"").matcher(login).results()
                    .map(match -> match.group(1)).toList();
            assertThat(assets).anyMatch(asset -> asset.contains("/webjars/htmx.org/"))
                    .anyMatch(asset -> asset.contains("/webjars/chart.js/")).anyMatch(asset -> asset.endsWith(".css"));
            for (String asset : assets) {
                assertThat(api.anonymous().get(asset).status()).as(asset).isEqualTo(200);
            }

            service.stop();
            assertStoppedQuietly(service.log());
            service.start();
            assertThat(api.get("/api/funds/restart-fund?minPosition=2").body())
                    .contains("\"committed\":{\"amount\":\"5000000.00\",\"currency\":\"CNY\"}");
            assertThat(service.log()).as("no deprecation warning").doesNotContainIgnoringCase("deprecated");
        }
    }

    private static void assertStoppedQuietly(String log) {
        String stopping = log.substring(log.lastIndexOf("Commencing graceful shutdown"));
        List<String> alarming = stopping.lines()
                .filter(line -> line.matches("\\s+at .*|.*Exception.*|.* (ERROR|WARN) .*|.*FATAL:.*")).toList();
        assertThat(alarming).as("a normal stop logs no warning, error or stack trace:%n%s", stopping).isEmpty();
        int viewsStop = stopping.indexOf("Stopping PooledStreamingEventProcessor");
        int poolCloses = stopping.indexOf("embedded-postgres - Shutdown completed");
        int databaseStops = stopping.indexOf("shut down postmaster");
        assertThat(List.of(viewsStop, poolCloses, databaseStops))
                .as("the views stop, then the pool closes, then the embedded database stops:%n%s", stopping)
                .doesNotContain(-1)
                .isSorted();
    }
}
