package org.ipfund.app.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.ipfund.projections.testing.TestDatabase;

/**
 * Baseline B6: the same fund workload on Axon's defaults (JPA storage engine, the default serializer, tracking
 * processors of batch size 1), measured by the module {@code benchmark-axon-defaults} in a child JVM, so that
 * Hibernate never lands on this module's classpath. The child works in a schema of its own ({@code axon_defaults})
 * of the given database, never on the product's tables, and drops it when done.
 *
 * <p>It needs that module built first: its classpath is read from {@code benchmark-axon-defaults/target/classpath.txt},
 * which its build writes.
 */
final class AxonDefaults {

    private static final String MODULE = "benchmark-axon-defaults";
    private static final String MAIN = "org.ipfund.benchmark.axondefaults.AxonDefaultsBenchmark";
    private static final int FUNDS = 100;
    private static final long TIMEOUT_MINUTES = 90;

    private AxonDefaults() {
    }

    /** B6 on the benchmark's database: commands from 1, 8 and 16 clients over 100 funds, then a rebuild. */
    static List<Figure> measure(TestDatabase database, int commands, long rebuildEvents) throws IOException, InterruptedException {
        return measure(database.jdbcUrl(), database.user(), database.password(), FUNDS, commands, rebuildEvents, 1, 8, 16);
    }

    /**
     * B6: {@code commands} commitments through the command gateway from each number of {@code clients} over
     * {@code funds} funds (commands/s), then the store filled to {@code rebuildEvents} events and every view
     * rebuilt from the first event (events/s of the slowest view).
     */
    static List<Figure> measure(String jdbcUrl, String user, String password, int funds, int commands, long rebuildEvents,
                                int... clients) throws IOException, InterruptedException {
        Path module = moduleDirectory();
        String classpath = module.resolve("target/classes") + java.io.File.pathSeparator
                + Files.readString(module.resolve("target/classpath.txt")).trim();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Ddisable-axoniq-console-message=true", "-cp", classpath, MAIN,
                "--url=" + jdbcUrl, "--user=" + user, "--password=" + password, "--funds=" + funds,
                "--commands=" + commands, "--events=" + rebuildEvents,
                "--clients=" + Arrays.stream(clients).mapToObj(String::valueOf).collect(Collectors.joining(",")));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                lines.add(line);
            }
        }
        if (!child.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new IllegalStateException("B6 did not finish in " + TIMEOUT_MINUTES + " minutes");
        }
        if (child.exitValue() != 0) {
            throw new IllegalStateException("B6 failed (exit " + child.exitValue() + "; its log is above): " + lines);
        }
        return figures(lines);
    }

    /** {@code B6-VARIANT <label>}, {@code B6-T1 <clients> <commands/s> <s>}, {@code B6-T4 <events> <events/s> <s>}. */
    static List<Figure> figures(List<String> lines) {
        String variant = lines.stream().filter(line -> line.startsWith("B6-VARIANT "))
                .map(line -> line.substring("B6-VARIANT ".length())).findFirst().orElse("Axon defaults");
        List<Figure> figures = new ArrayList<>();
        for (String line : lines) {
            String[] fields = line.split(" ");
            if (fields[0].equals("B6-T1")) {
                figures.add(Figure.of("B6", "commands/s in process, %s client(s); %s".formatted(fields[1], variant),
                        Double.parseDouble(fields[2]), "commands/s"));
            } else if (fields[0].equals("B6-T4")) {
                figures.add(Figure.of("B6", "rebuild of all views (%,d events, %.1f s); %s".formatted(
                        Long.parseLong(fields[1]), Double.parseDouble(fields[3]), variant),
                        Double.parseDouble(fields[2]), "events/s"));
            }
        }
        if (figures.isEmpty()) {
            throw new IllegalStateException("B6 printed no figure: " + lines);
        }
        return figures;
    }

    /** The module's directory, from fund-app's working directory (Maven's) or from the repository's root. */
    private static Path moduleDirectory() {
        for (Path candidate : List.of(Path.of("..", MODULE), Path.of(MODULE))) {
            if (Files.isRegularFile(candidate.resolve("target/classpath.txt"))
                    && Files.isDirectory(candidate.resolve("target/classes/org"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("""
                B6 needs the module %1$s built first (its target/classpath.txt and target/classes were not found \
                from %2$s). Build it in the same reactor as fund-app, e.g.
                  ./mvnw -q -pl %1$s,fund-app -am -DskipITs test
                or on its own: ./mvnw -q -pl %1$s -am -DskipTests test-compile""".formatted(
                MODULE, Path.of("").toAbsolutePath()));
    }
}
