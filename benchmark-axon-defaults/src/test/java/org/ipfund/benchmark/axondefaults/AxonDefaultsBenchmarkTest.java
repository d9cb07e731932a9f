package org.ipfund.benchmark.axondefaults;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.ipfund.benchmark.axondefaults.AxonDefaultsBenchmark.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Keeps baseline B6 working: the whole run at tiny sizes on a database of its own (on the PostgreSQL at
 * 127.0.0.1:5432, user postgres, or {@code FUND_TEST_POSTGRES_URL}), with no thresholds: timing belongs to the
 * benchmark run, never to a test.
 */
class AxonDefaultsBenchmarkTest {

    private final String server = envOr("FUND_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private final String user = envOr("FUND_TEST_POSTGRES_USER", "postgres");
    private final String password = envOr("FUND_TEST_POSTGRES_PASSWORD", "");
    private final String database = "ipfund_b6_test_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));

    @BeforeEach
    void createDatabase() throws Exception {
        onServer("CREATE DATABASE " + database);
    }

    @AfterEach
    void dropDatabase() throws Exception {
        onServer("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    @Test
    void measuresCommandsAndARebuildAtTinySizes() throws Exception {
        String url = server.substring(0, server.lastIndexOf('/') + 1) + database;
        List<Result> results = new AxonDefaultsBenchmark(AxonDefaultsBenchmark.Options.parse(
                "--url=" + url, "--user=" + user, "--password=" + password,
                "--funds=3", "--commands=8", "--events=100", "--clients=1,2"), System.err).run();

        assertThat(results).extracting(Result::id).containsExactly("B6-T1", "B6-T1", "B6-T4");
        assertThat(results).allSatisfy(result -> assertThat(result.perSecond()).isPositive());
        assertThat(results.get(2).size()).isGreaterThanOrEqualTo(100);
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement sql = connection.createStatement()) {
            // the schema and the large objects Hibernate wrote are gone again
            assertThat(count(sql, "SELECT count(*) FROM pg_namespace WHERE nspname = 'axon_defaults'")).isZero();
            assertThat(count(sql, "SELECT count(*) FROM pg_largeobject_metadata")).isZero();
        }
    }

    @Test
    void refusesASchemaNameThatIsNoPlainIdentifier() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() ->
                AxonDefaultsBenchmark.Options.parse("--url=jdbc:postgresql://x/y", "--schema=public; DROP TABLE x"));
    }

    private void onServer(String statement) throws Exception {
        try (Connection connection = DriverManager.getConnection(server, user, password);
             Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private static long count(Statement sql, String query) throws Exception {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
