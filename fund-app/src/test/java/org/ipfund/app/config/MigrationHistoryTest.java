package org.ipfund.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.ipfund.projections.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The modules' migrations are one history that databases already in use upgrade in place: each folder
 * ({@code event-store}, {@code projections}, {@code audit}, {@code app}) adds versions of its own, and a migration
 * once released is never edited (Flyway would refuse to start on a database that applied the old text). The
 * checksums below are those the service applied before the migrations moved into per-module folders.
 */
class MigrationHistoryTest {

    private static final Map<String, Integer> RELEASED = Map.of(
            "1", -616519110, "2", 360837791, "3", 1195020713, "4", -1542126569, "5", 491083832,
            "6", 1550105635, "7", 230523796, "8", -1385521489, "9", -983224339);

    @Test
    void releasedMigrationsKeepTheirVersionsAndTextsAcrossTheModulesFolders() {
        Flyway flyway = Flyway.configure().dataSource(TestDatabase.fresh().newDataSource())
                .locations("classpath:db/migration/event-store", "classpath:db/migration/projections",
                        "classpath:db/migration/audit", "classpath:db/migration/app")
                .load();
        flyway.migrate();
        Map<String, Integer> applied = new LinkedHashMap<>();
        Arrays.stream(flyway.info().applied())
                .forEach((MigrationInfo migration) -> applied.put(migration.getVersion().getVersion(),
                        migration.getChecksum()));
        assertThat(applied).containsAllEntriesOf(RELEASED);
        assertThat(applied.keySet()).as("versions in order, none missing").startsWith("1", "2", "3", "4", "5", "6", "7", "8", "9");
    }
}
