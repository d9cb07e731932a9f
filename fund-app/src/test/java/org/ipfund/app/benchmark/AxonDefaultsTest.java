package org.ipfund.app.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** B6's child prints lines; these are the figures the harness makes of them (the child itself: AxonDefaultsBenchmarkTest). */
class AxonDefaultsTest {

    @Test
    void readsTheChildsLinesAsFiguresNamingTheVariantMeasured() {
        List<Figure> figures = AxonDefaults.figures(List.of("some log line", "B6-VARIANT JPA, Jackson events",
                "B6-T1 1 18.9 5.298", "B6-T1 8 27.5 3.636", "B6-T4 3000 146.0 20.552"));

        assertThat(figures).extracting(Figure::id).containsOnly("B6");
        assertThat(figures).extracting(Figure::value).containsExactly(18.9, 27.5, 146.0);
        assertThat(figures).extracting(Figure::unit).containsExactly("commands/s", "commands/s", "events/s");
        assertThat(figures.get(1).what()).isEqualTo("commands/s in process, 8 client(s); JPA, Jackson events");
        assertThat(figures.get(2).what()).startsWith("rebuild of all views (3,000 events, 20.6 s)");
    }

    @Test
    void aChildThatPrintedNoFigureFailsTheRun() {
        assertThatThrownBy(() -> AxonDefaults.figures(List.of("B6-VARIANT JPA"))).hasMessageContaining("no figure");
    }
}
