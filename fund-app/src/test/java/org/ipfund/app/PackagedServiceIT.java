package org.ipfund.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service as a new user runs it: {@code java -jar fund-app.jar --server.port=…} with no
 * database configured, so on the embedded PostgreSQL; the books it recorded are still there after a restart.
 */
class PackagedServiceIT {

    private static final Duration STARTUP = Duration.ofSeconds(120);
    private static final String AUTHORIZATION = "Basic " + java.util.Base64.getEncoder()
            .encodeToString("it:it".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path home;

    @Test
    void runsOnTheEmbeddedDatabaseOnTheGivenPortAndKeepsTheBooksAcrossARestart() throws Exception {
        int port = freePort();
        Path data = home.resolve("postgres-data");
        String base = "http://127.0.0.1:" + port;

        Process first = start(port, data, home.resolve("first.log"));
        try {
            awaitHealthy(base, first, home.resolve("first.log"));
            assertThat(Files.readString(home.resolve("first.log"))).contains(data.toString());
            assertThat(post(base + "/api/funds", """
                    {"fundId": "restart-fund", "name": "Xiamen guidance fund", "type": "GUIDANCE",
                     "currency": "CNY", "launchDate": "2017-03-01"}""").statusCode()).isEqualTo(201);
            HttpResponse<String> committed = post(base + "/api/funds/restart-fund/commitments", """
                    {"investor": "Xiamen Finance Bureau", "source": "LOCAL_FISCAL",
                     "amount": {"amount": "5000000.00", "currency": "CNY"}, "date": "2017-03-02"}""");
            assertThat(committed.statusCode()).as(committed.body()).isEqualTo(201);
            assertThat(get(base + "/api/funds/restart-fund?minPosition=2").body())
                    .contains("\"committed\":{\"amount\":\"5000000.00\",\"currency\":\"CNY\"}");
            assertThat(get(base + "/actuator/health").body()).contains("\"db\":{\"status\":\"UP\"");
            assertThat(get(base + "/actuator/prometheus").body()).contains("commandBus");
            assertThat(get(base + "/v3/api-docs").body()).contains("/api/funds/{fundId}/capital-calls",
                    "/api/funds/{fundId}/investments", "/api/funds/{fundId}/investments/{investmentId}/co-investors",
                    "/api/funds/{fundId}/sub-funds", "/api/funds/{fundId}/corrections", "/api/funds/{fundId}/policy",
                    "/api/funds/{fundId}/portfolio");
        } finally {
            stop(first);
        }

        Process second = start(port, data, home.resolve("second.log"));
        try {
            awaitHealthy(base, second, home.resolve("second.log"));
            assertThat(get(base + "/api/funds/restart-fund?minPosition=2").body())
                    .contains("\"committed\":{\"amount\":\"5000000.00\",\"currency\":\"CNY\"}");
        } finally {
            stop(second);
        }
    }

    private Process start(int port, Path data, Path log) throws IOException {
        String jar = System.getProperty("fund.packaged-jar");
        assertThat(jar).as("the failsafe plugin names the packaged jar").isNotNull();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar,
                "--server.port=" + port, "--fund.embedded-database.directory=" + data,
                "--fund.audit.signing-key-file=" + data.resolveSibling("checkpoint-signing.key"),
                "--fund.security.users[0].username=it", "--fund.security.users[0].password={noop}it",
                "--fund.security.users[0].roles=FUND_MANAGER,ADMIN"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_DATASOURCE"));
        return builder.start();
    }

    private void awaitHealthy(String base, Process process, Path log) throws Exception {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the service exited:%n%s", Files.readString(log)).isTrue();
            try {
                if (get(base + "/actuator/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service did not become healthy in " + STARTUP + ":\n" + Files.readString(log));
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", AUTHORIZATION).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", AUTHORIZATION)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
