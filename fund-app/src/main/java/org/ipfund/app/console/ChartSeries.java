package org.ipfund.app.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A chart's figures over time, as the console's script draws them: dates along the x axis and one line per
 * figure, a missing value (a ratio with nothing under it) left as a gap. Figures of different kinds (money and a
 * ratio) name y axes of their own.
 */
public record ChartSeries(List<String> labels, List<Line> lines) {

    /** One figure's values, one per label, against the y axis it names (null: the chart's only one). */
    public record Line(String key, String label, List<BigDecimal> values, String axis) {
    }

    /** Collects the lines point by point, in the order the dates come. */
    static final class Builder {
        private final List<String> labels = new ArrayList<>();
        private final Map<String, String> names = new LinkedHashMap<>();
        private final Map<String, List<BigDecimal>> values = new LinkedHashMap<>();
        private final Map<String, String> axes = new LinkedHashMap<>();

        Builder line(String key, String label) {
            names.putIfAbsent(key, label);
            values.computeIfAbsent(key, k -> new ArrayList<>());
            return this;
        }

        /** A line drawn against a y axis of its own kind, shared with the other lines that name the same. */
        Builder line(String key, String label, String axis) {
            axes.putIfAbsent(key, axis);
            return line(key, label);
        }

        /** One date's values; a line without a value at this date gets a gap. */
        Builder point(LocalDate date, Function<String, BigDecimal> valueOfLine) {
            labels.add(date.toString());
            values.forEach((key, line) -> line.add(valueOfLine.apply(key)));
            return this;
        }

        ChartSeries build() {
            List<Line> lines = new ArrayList<>();
            // values may be null (a gap), which List.copyOf refuses
            names.forEach((key, label) -> lines.add(new Line(key, label,
                    Collections.unmodifiableList(new ArrayList<>(values.get(key))), axes.get(key))));
            return new ChartSeries(List.copyOf(labels), lines);
        }
    }
}
