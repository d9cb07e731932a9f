package org.ipfund.app.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.ipfund.projections.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The crash window of an idempotency key: the session that holds its row FOR UPDATE is left idle in its transaction
 * (its client hung or vanished). With the connection settings the service uses (application.yml), the server ends
 * that transaction within a bounded time, and the key can be locked, and served, afresh.
 */
class AbandonedKeyTest {

    private static final String PREFIX = "spring.datasource.hikari.data-source-properties.";
    private static final Duration BOUND = Duration.ofSeconds(90);

    @Test
    void aKeyWhoseHolderWentIdleInItsTransactionIsFreedWithinTheBound() throws Exception {
        TestDatabase database = TestDatabase.get();
        try (Connection setup = connect(database, new Properties()); Statement sql = setup.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS abandoned_key_test (key text PRIMARY KEY)");
            sql.execute("INSERT INTO abandoned_key_test VALUES ('k1') ON CONFLICT DO NOTHING");
        }
        Properties service = serviceConnectionProperties();
        assertThat(service.getProperty("tcpKeepAlive")).isEqualTo("true");
        assertThat(Integer.parseInt(service.getProperty("socketTimeout"))).isGreaterThanOrEqualTo(600);

        Connection holder = connect(database, service);
        holder.setAutoCommit(false);
        try (Statement sql = holder.createStatement()) {
            sql.executeQuery("SELECT key FROM abandoned_key_test WHERE key = 'k1' FOR UPDATE").close();
        }
        // the holder now does nothing more: its process hangs with the transaction open

        long start = System.nanoTime();
        try (Connection next = connect(database, service)) {
            next.setAutoCommit(false);
            assertThat(tryLock(next)).as("locked while the holder's transaction is open").isFalse();
            while (!tryLock(next)) {
                assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time the key stayed locked")
                        .isLessThan(BOUND);
                Thread.sleep(1000);
            }
            next.rollback();
        }
        assertThatThrownBy(() -> holder.createStatement().executeQuery("SELECT 1"))
                .as("the abandoned session was ended by the server").isInstanceOf(SQLException.class);
        holder.close();
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.executeQuery("SELECT key FROM abandoned_key_test WHERE key = 'k1' FOR UPDATE NOWAIT").close();
            return true;
        } catch (SQLException held) {
            assertThat(held.getSQLState()).as(held.getMessage()).isEqualTo("55P03");
            connection.rollback();
            return false;
        }
    }

    private static Properties serviceConnectionProperties() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties all = yaml.getObject();
        Properties connection = new Properties();
        // YAML gives true and 900 as a Boolean and an Integer, which Properties.getProperty would not return
        all.forEach((name, value) -> {
            if (name.toString().startsWith(PREFIX)) {
                connection.setProperty(name.toString().substring(PREFIX.length()), String.valueOf(value));
            }
        });
        return connection;
    }

    private static Connection connect(TestDatabase database, Properties properties) throws SQLException {
        Properties all = new Properties();
        all.putAll(properties);
        all.setProperty("user", database.user());
        if (database.password() != null) {
            all.setProperty("password", database.password());
        }
        return DriverManager.getConnection(database.jdbcUrl(), all);
    }
}
