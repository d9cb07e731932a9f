package org.ipfund.app.testing;

import com.zaxxer.hikari.HikariDataSource;
import org.ipfund.projections.testing.TestDatabase;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The running service on a store of its own (another database of this run's, and so another application context,
 * shared by every test of this kind): for the evidence tests, whose every verification re-checks each signature and
 * re-derives each ledger line of the whole store, so that they do not re-check the thousands of events every other
 * end-to-end test recorded. Everything else is as in {@link EndToEndTest}: the same users, keys and settings.
 */
@Import(OwnStoreEndToEndTest.OwnStore.class)
public abstract class OwnStoreEndToEndTest extends EndToEndTest {

    private static final TestDatabase STORE = TestDatabase.fresh();

    @TestConfiguration(proxyBeanMethods = false)
    static class OwnStore {

        /** The pool Spring Boot would make, with the same {@code spring.datasource.hikari.*} settings. */
        @Bean
        @Primary
        @ConfigurationProperties("spring.datasource.hikari")
        HikariDataSource dataSource() {
            return DataSourceBuilder.create().type(HikariDataSource.class).url(STORE.jdbcUrl())
                    .username(STORE.user()).password(STORE.password()).build();
        }
    }
}
