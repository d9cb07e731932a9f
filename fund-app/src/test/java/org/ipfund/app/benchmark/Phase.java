package org.ipfund.app.benchmark;

import jdk.jfr.Category;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/**
 * Marks one figure's measurement in a flight recording, with how many operations it measured, so that the budget
 * ({@link Budget}) divides the time spent in each step by the operations of that figure alone.
 */
@Name(Phase.NAME)
@Label("Benchmark phase")
@Category("ipfund")
final class Phase extends Event implements AutoCloseable {

    static final String NAME = "ipfund.BenchmarkPhase";

    @Label("Figure")
    String figure;

    @Label("Operations")
    long operations;

    private Phase(String figure) {
        this.figure = figure;
    }

    /** Begins a phase; close it once its {@code operations} are done. */
    static Phase of(String figure, long operations) {
        Phase phase = new Phase(figure);
        phase.operations = operations;
        phase.begin();
        return phase;
    }

    @Override
    public void close() {
        commit();
    }
}
