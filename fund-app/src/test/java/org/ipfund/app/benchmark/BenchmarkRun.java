package org.ipfund.app.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The benchmark at full size, run on demand only:
 * {@code ./mvnw -q -pl benchmark-axon-defaults,fund-app -am -DskipITs -Dbenchmark=full -Dtest=BenchmarkRun -Dsurefire.failIfNoSpecifiedTests=false test}
 * (the B6 module in the same build: {@link AxonDefaults} runs it).
 * Prints the table and writes it to {@code fund-app/target/benchmark.md}. Sizes: {@code -Dbenchmark.rows},
 * {@code .commands}, {@code .events}, {@code .gaps}, {@code .samples}, {@code .latencyCommands}, {@code .queries},
 * {@code .b6.commands}, {@code .b6.events}, {@code .longHistory} (see {@link Benchmark.Sizes#full()}).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "full")
class BenchmarkRun {

    @Test
    void measuresAtFullSize() throws Exception {
        String table = new Benchmark(Benchmark.Sizes.full()).run().markdown();
        System.out.println(table);
        Files.writeString(Path.of("target", "benchmark.md"), table);
    }
}
