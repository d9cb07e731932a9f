package org.ipfund.app.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of one run as a Markdown table, ratios against the baselines of the same run beside them. */
final class FigureTable {

    private static final String HEADER = "| id | figure | value | unit | ratio | target |\n|---|---|---:|---|---:|---|\n";

    private final List<Figure> figures = new ArrayList<>();
    private final Path progress;

    FigureTable() {
        this(null);
    }

    /**
     * A table that also writes each figure to {@code progress} the moment it is added, so that a run of an hour
     * that fails part-way keeps what it measured.
     */
    FigureTable(Path progress) {
        this.progress = progress;
        write(HEADER, StandardOpenOption.TRUNCATE_EXISTING);
    }

    Figure add(Figure figure) {
        figures.add(figure);
        write(row(figure), StandardOpenOption.APPEND);
        return figure;
    }

    List<Figure> figures() {
        return List.copyOf(figures);
    }

    String markdown() {
        StringBuilder table = new StringBuilder(HEADER);
        figures.forEach(figure -> table.append(row(figure)));
        return table.toString();
    }

    private static String row(Figure f) {
        Double ratio = f.ratio();
        return "| %s | %s | %s | %s | %s | %s |%n".formatted(f.id(), f.what(), number(f.value()), f.unit(),
                ratio == null ? "" : number(ratio), target(f, ratio));
    }

    private void write(String text, StandardOpenOption mode) {
        if (progress == null) {
            return;
        }
        try {
            Files.writeString(progress, text, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
