package org.ipfund.app.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.ipfund.projections.progress.ProjectionProgress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What every read of a view shares: {@code asOf} defaults to today (in the fund's time zone), and
 * read-your-writes: a read that names the position of the client's last write ({@code minPosition})
 * waits, a bounded time, until the view has handled it; past that it is refused with 503 rather than
 * answered from a view that does not yet show the client's own write.
 */
@Component
public class ViewReads {

    private final ProjectionProgress progress;
    private final Duration maxWait;
    private final Clock clock;

    public ViewReads(ProjectionProgress progress, @Value("${fund.read.max-wait:10s}") Duration maxWait, Clock clock) {
        this.progress = progress;
        this.maxWait = maxWait;
        this.clock = clock;
    }

    public LocalDate asOf(LocalDate given) {
        return given == null ? LocalDate.now(clock) : given;
    }

    /** Waits (bounded) until every named view has reached {@code minPosition}; a figure read from several waits for all. */
    public void awaitPosition(Long minPosition, String... processingGroups) {
        if (minPosition == null || minPosition < 0) {
            return;
        }
        for (String processingGroup : processingGroups) {
            if (!progress.awaitPosition(processingGroup, minPosition, maxWait)) {
                throw new ViewBehind(processingGroup, minPosition, maxWait);
            }
        }
    }
}
