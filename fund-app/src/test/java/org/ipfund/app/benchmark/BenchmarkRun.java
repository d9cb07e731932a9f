package org.ipfund.app.benchmark;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The benchmark at full size, run on demand only:
 * {@code ./mvnw -q -pl benchmark-axon-defaults,fund-app -am -DskipITs -Dbenchmark=full -Dtest=BenchmarkRun -Dsurefire.failIfNoSpecifiedTests=false test}
 * (the B6 module in the same build: {@link AxonDefaults} runs it).
 * Prints the table and writes it to {@code fund-app/target/benchmark.md}. Sizes: {@code -Dbenchmark.rows},
 * {@code .commands}, {@code .events}, {@code .gaps}, {@code .samples}, {@code .latencyCommands}, {@code .queries},
 * {@code .b6.commands}, {@code .b6.events}, {@code .longHistory}, {@code .irrFacts}, {@code .irrQueries},
 * {@code .growTo} (T8, see {@link Growth}; {@link Benchmark.Sizes#full()}). Each figure is also written to
 * {@code target/benchmark-progress.md} as it is measured.
 *
 * <p>With {@code -Dbenchmark.profile=true} the run is also recorded by Java Flight Recorder ({@code
 * benchmark/budget.jfc}: every socket read, CPU samples every 10 ms) into {@code target/benchmark.jfr}, and the
 * budget of each figure ({@link Budget}) is printed after the table and written to {@code target/budget.md}. Add
 * {@code -DargLine=-XX:FlightRecorderOptions:stackdepth=256} so that the deep stacks of a request keep the frame
 * that names their step. The recording costs the figures some 10–20 %.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "full")
class BenchmarkRun {

    @Test
    void measuresAtFullSize() throws Exception {
        boolean profiled = Boolean.getBoolean("benchmark.profile");
        Path jfr = Path.of("target", "benchmark.jfr");
        try (Recording recording = profiled ? new Recording(budgetSettings()) : null) {
            if (recording != null) {
                recording.setToDisk(true);
                recording.setDestination(jfr);
                recording.start();
            }
            // each figure written as it is measured too: T8 runs for an hour
            String table = new Benchmark(Benchmark.Sizes.full(),
                    new FigureTable(Path.of("target", "benchmark-progress.md"))).run().markdown();
            System.out.println(table);
            Files.writeString(Path.of("target", "benchmark.md"), table);
            if (recording != null) {
                recording.stop();
                String budget = Budget.of(jfr).markdown();
                System.out.println(budget);
                Files.writeString(Path.of("target", "budget.md"), budget);
            }
        }
    }

    private static Configuration budgetSettings() throws Exception {
        try (Reader settings = new InputStreamReader(BenchmarkRun.class.getResourceAsStream("/benchmark/budget.jfc"),
                StandardCharsets.UTF_8)) {
            return Configuration.create(settings);
        }
    }
}
