package org.ipfund.app.benchmark;

/**
 * One measured figure: what, how much, in which unit, and (for the product's figures) the baseline it is judged
 * against with the target ratio, e.g. T1 ≥ 0.4 × B2. A figure without a target is printed without a verdict.
 */
record Figure(String id, String what, double value, String unit, Figure baseline, Double targetRatio) {

    static Figure of(String id, String what, double value, String unit) {
        return new Figure(id, what, value, unit, null, null);
    }

    Figure against(Figure baseline, double targetRatio) {
        return new Figure(id, what, value, unit, baseline, targetRatio);
    }

    Double ratio() {
        return baseline == null || baseline.value == 0 ? null : value / baseline.value;
    }
}
