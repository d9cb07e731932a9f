package org.ipfund.projections.progress;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.ipfund.projections.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The resets of each view, counted on PostgreSQL: a view never reset has none. */
class ViewResetsTest {

    @Test
    void eachViewsResetsAreCountedApartAndReadInTheOrderAsked() {
        DataSource dataSource = TestDatabase.fresh().newDataSource();
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/event-store", "classpath:db/migration/projections").load().migrate();
        ViewResets resets = new ViewResets(new JdbcTemplate(dataSource));

        assertThat(resets.of("portfolio", "distributions")).containsExactly(0L, 0L);
        resets.count("portfolio");
        resets.count("capital-position");
        resets.count("portfolio");

        assertThat(resets.of("distributions", "portfolio", "capital-position")).containsExactly(0L, 2L, 1L);
    }
}
