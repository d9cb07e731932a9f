package org.ipfund.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded database a first run gets: durable, and its data still there after a restart. */
class EmbeddedDatabaseTest {

    @TempDir
    Path directory;

    @Test
    void writesDurablyAndKeepsTheBooksAcrossARestart() throws Exception {
        EmbeddedDatabase config = new EmbeddedDatabase();
        try (EmbeddedPostgres first = config.embeddedPostgres(directory, 0)) {
            JdbcTemplate jdbc = new JdbcTemplate(config.dataSource(first));
            assertThat(jdbc.queryForObject("SHOW fsync", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
            jdbc.execute("CREATE TABLE book (line TEXT)");
            jdbc.update("INSERT INTO book VALUES ('commitment of CNY 5,000,000.00')");
            close(jdbc.getDataSource());
        }
        try (EmbeddedPostgres second = config.embeddedPostgres(directory, 0)) {
            JdbcTemplate jdbc = new JdbcTemplate(config.dataSource(second));
            assertThat(jdbc.queryForObject("SELECT line FROM book", String.class))
                    .isEqualTo("commitment of CNY 5,000,000.00");
            close(jdbc.getDataSource());
        }
    }

    @Test
    void takesThePoolSettingsAConfiguredDatabaseWouldGetSoThatItFailsFastToo() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
                .withUserConfiguration(EmbeddedDatabase.class)
                .withPropertyValues("fund.embedded-database.directory=" + directory,
                        "spring.datasource.hikari.connection-timeout=2000",
                        "spring.datasource.hikari.validation-timeout=1000")
                .run(context -> {
                    HikariDataSource pool = context.getBean(HikariDataSource.class);
                    assertThat(pool.getConnectionTimeout()).isEqualTo(2000);
                    assertThat(pool.getValidationTimeout()).isEqualTo(1000);
                    assertThat(new JdbcTemplate(pool).queryForObject("SELECT 1", Integer.class)).isEqualTo(1);
                });
    }

    private static void close(DataSource dataSource) throws Exception {
        ((AutoCloseable) dataSource).close();
    }
}
