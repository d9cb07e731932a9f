package org.ipfund.app.benchmark;

/**
 * One measured figure: what, how much, in which unit, and its target if it has one. Throughput targets are judged
 * against a baseline of the same run with a ratio (e.g. T1 ≥ 0.4 × B2), because they depend on the machine; latency
 * targets are absolute upper bounds in the figure's own unit (e.g. T7 p99 ≤ 10 ms), because that is what a user
 * waits. A figure without a target is printed without a verdict.
 */
record Figure(String id, String what, double value, String unit, Figure baseline, Double targetRatio, Double limit) {

    static Figure of(String id, String what, double value, String unit) {
        return new Figure(id, what, value, unit, null, null, null);
    }

    Figure against(Figure baseline, double targetRatio) {
        return new Figure(id, what, value, unit, baseline, targetRatio, limit);
    }

    /** The same figure with its ratio to {@code baseline} shown, without a target. */
    Figure relativeTo(Figure baseline) {
        return new Figure(id, what, value, unit, baseline, null, limit);
    }

    /** The same figure with an absolute target: at most {@code limit}, in the figure's unit. */
    Figure atMost(double limit) {
        return new Figure(id, what, value, unit, baseline, targetRatio, limit);
    }

    Double ratio() {
        return baseline == null || baseline.value == 0 ? null : value / baseline.value;
    }
}
