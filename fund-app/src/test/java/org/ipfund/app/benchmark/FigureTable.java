package org.ipfund.app.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of one run as a Markdown table, ratios against the baselines of the same run beside them. */
final class FigureTable {

    private final List<Figure> figures = new ArrayList<>();

    Figure add(Figure figure) {
        figures.add(figure);
        return figure;
    }

    List<Figure> figures() {
        return List.copyOf(figures);
    }

    String markdown() {
        StringBuilder table = new StringBuilder("| id | figure | value | unit | ratio | target |\n|---|---|---:|---|---:|---|\n");
        for (Figure f : figures) {
            Double ratio = f.ratio();
            table.append("| %s | %s | %s | %s | %s | %s |%n".formatted(f.id(), f.what(), number(f.value()), f.unit(),
                    ratio == null ? "" : number(ratio), target(f, ratio)));
        }
        return table.toString();
    }

    private static String target(Figure f, Double ratio) {
        if (f.targetRatio() != null) {
            return "≥ %s × %s %s".formatted(number(f.targetRatio()), f.baseline().id(), verdict(ratio != null
                    && ratio >= f.targetRatio()));
        }
        if (f.limit() != null) {
            return "≤ %s %s %s".formatted(bound(f.limit()), f.unit(), verdict(f.value() <= f.limit()));
        }
        return "";
    }

    private static String verdict(boolean met) {
        return met ? "(met)" : "(not met)";
    }

    /** A target as it was set: 10 ms, not 10.000 ms. */
    private static String bound(double limit) {
        return limit == Math.rint(limit) ? String.format(Locale.ROOT, "%,.0f", limit) : number(limit);
    }

    private static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.3f", value);
    }
}
