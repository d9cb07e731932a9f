package org.ipfund.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Exactly one class of the service's main code names Axon's tables: {@code EventStoreTables}, the seam everything
 * else reads positions, tokens and stored rows through. ArchUnit cannot see table names inside SQL strings, so this
 * reads the sources of every module the service is built from (the baseline benchmark module aside).
 */
class AxonStorageSeamTest {

    private static final Pattern AXON_TABLE = Pattern.compile("(?i)\\b(domainevententry|snapshotevententry|tokenentry"
            + "|deadletterentry|sagaentry|associationvalueentry)\\b");
    private static final List<String> SERVICE_MODULES = List.of("fund-domain", "projections", "fund-audit", "fund-app");

    @Test
    void onlyTheSeamNamesAxonsTables() {
        List<Path> naming = SERVICE_MODULES.stream()
                .map(module -> Path.of("..", module, "src", "main", "java"))
                .flatMap(AxonStorageSeamTest::javaSources)
                .filter(AxonStorageSeamTest::namesAnAxonTable)
                .map(path -> path.getFileName())
                .toList();
        assertThat(naming)
                .as("Axon's tables are named only in projections/store/EventStoreTables; read through it instead")
                .containsExactly(Path.of("EventStoreTables.java"));
    }

    private static Stream<Path> javaSources(Path root) {
        assertThat(root).as("the sources of the service's modules, next to fund-app").isDirectory();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(path -> path.toString().endsWith(".java")).toList().stream();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static boolean namesAnAxonTable(Path source) {
        try {
            return AXON_TABLE.matcher(Files.readString(source)).find();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
