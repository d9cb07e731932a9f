package org.ipfund.app.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ipfund.app.FundApplication;
import org.ipfund.projections.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Without a configured user the service refuses to start rather than invent a default password. */
class NoUsersTest {

    @Test
    void refusesToStartWithoutAnyConfiguredUser() {
        TestDatabase database = TestDatabase.get();
        assertThatThrownBy(() -> new SpringApplicationBuilder(FundApplication.class)
                .properties("server.port=0", "spring.datasource.url=" + database.jdbcUrl(),
                        "spring.datasource.username=" + database.user(),
                        "spring.datasource.password=" + (database.password() == null ? "" : database.password()),
                        "axon.eventhandling.processors.capital-position.mode=subscribing",
                        "fund.audit.signing-key-file=" + System.getProperty("java.io.tmpdir") + "/ipfund-nousers.key")
                .run().close())
                .hasStackTraceContaining("No users are configured");
    }
}
