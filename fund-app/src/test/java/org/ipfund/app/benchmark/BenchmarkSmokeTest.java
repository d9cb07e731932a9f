package org.ipfund.app.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Keeps the benchmark working: the whole harness at tiny sizes, with no thresholds (timing belongs to the benchmark
 * run, never to a test). The full run: see docs/BENCHMARKS.md.
 */
class BenchmarkSmokeTest {

    @Test
    void measuresEveryFigureAtTinySizes() throws Exception {
        FigureTable table = new Benchmark(Benchmark.Sizes.SMOKE).run();
        System.out.println(table.markdown());
        assertThat(table.figures()).extracting(Figure::id)
                .contains("B1", "B2", "B3", "B5", "T1", "T1-long", "T1-http", "T2", "T4", "T4-lane-per-view", "T4-inserted", "T4-keys-kept", "T5", "T6", "B7", "T7-idle", "T7", "T8-before", "T8", "T8-load", "T9", "T9-computed", "M");
        assertThat(table.figures()).allSatisfy(figure -> assertThat(figure.value()).as(figure.what()).isPositive());
    }
}
