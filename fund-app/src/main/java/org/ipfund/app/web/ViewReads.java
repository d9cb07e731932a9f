package org.ipfund.app.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.ipfund.app.recording.AcknowledgedWrites;
import org.ipfund.projections.progress.ProjectionProgress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What every read of a view shares: {@code asOf} defaults to today (in the fund's time zone), and read-your-writes.
 * A read waits, a bounded time, until its views show every write this instance acknowledged before the read arrived
 * (of its fund, for a read about one fund; of any fund otherwise), and the position a client names
 * ({@code minPosition}, e.g. of a write made through another instance); past that it is refused with 503 rather
 * than answered from a view that does not yet show a write already answered.
 */
@Component
public class ViewReads {

    private final ProjectionProgress progress;
    private final AcknowledgedWrites acknowledged;
    private final Duration maxWait;
    private final Clock clock;

    public ViewReads(ProjectionProgress progress, AcknowledgedWrites acknowledged,
                     @Value("${fund.read.max-wait:10s}") Duration maxWait, Clock clock) {
        this.progress = progress;
        this.acknowledged = acknowledged;
        this.maxWait = maxWait;
        this.clock = clock;
    }

    public LocalDate asOf(LocalDate given) {
        return given == null ? LocalDate.now(clock) : given;
    }

    /**
     * For a read about one fund: waits (bounded) until every named view shows the fund's acknowledged writes and
     * {@code minPosition}; a figure read from several views waits for all.
     */
    public void awaitFund(String fundId, Long minPosition, String... processingGroups) {
        await(Math.max(acknowledged.lastOf(fundId), minPosition == null ? -1 : minPosition), processingGroups);
    }

    /** For a read across funds (a list, a family's figures, the ledger): waits for every acknowledged write. */
    public void awaitAll(Long minPosition, String... processingGroups) {
        await(Math.max(acknowledged.last(), minPosition == null ? -1 : minPosition), processingGroups);
    }

    private void await(long position, String... processingGroups) {
        if (position < 0) {
            return;
        }
        for (String processingGroup : processingGroups) {
            if (!progress.awaitPosition(processingGroup, position, maxWait)) {
                throw new ViewBehind(processingGroup, position, maxWait);
            }
        }
    }
}
