package org.ipfund.app.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.ipfund.app.recording.AcknowledgedWrites;
import org.ipfund.projections.capital.CapitalPositionProjection;
import org.ipfund.projections.capital.SubFundIds;
import org.ipfund.projections.progress.ProjectionProgress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What every read of a view shares: {@code asOf} defaults to today (in the fund's time zone), and read-your-writes.
 * A read waits, a bounded time, until its views show every write this instance acknowledged before the read arrived
 * (of its fund, for a read about one fund; of its fund and its sub-funds, for a read figured from both; of any fund
 * otherwise), and the position a client names
 * ({@code minPosition}, e.g. of a write made through another instance); past that it is refused with 503 rather
 * than answered from a view that does not yet show a write already answered.
 */
@Component
public class ViewReads {

    private final ProjectionProgress progress;
    private final AcknowledgedWrites acknowledged;
    private final SubFundIds subFunds;
    private final Duration maxWait;
    private final Clock clock;

    public ViewReads(ProjectionProgress progress, AcknowledgedWrites acknowledged, SubFundIds subFunds,
                     @Value("${fund.read.max-wait:10s}") Duration maxWait, Clock clock) {
        this.progress = progress;
        this.acknowledged = acknowledged;
        this.subFunds = subFunds;
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

    /**
     * For a read about a fund figured from its sub-funds' books too (a parent's portfolio and leverage): waits
     * (bounded) until the capital view and every named view show the fund's acknowledged writes and
     * {@code minPosition}, then the acknowledged writes of each of its sub-funds. A sub-fund is created by a write to
     * its parent, which counts for the parent up to the sub-fund's launch ({@link AcknowledgedWrites}), so once the
     * capital view shows the parent's writes it names every sub-fund an acknowledged write created. Writes to funds
     * of other families are not waited for: under load a read no longer waits for the views to catch up with every
     * fund's writes, only its own family's.
     */
    public void awaitFundAndSubFunds(String fundId, Long minPosition, String... processingGroups) {
        long own = Math.max(acknowledged.lastOf(fundId), minPosition == null ? -1 : minPosition);
        await(own, CapitalPositionProjection.NAME);
        await(own, processingGroups);
        if (acknowledged.last() <= own) {
            return; // no later write to any fund, so none to a sub-fund
        }
        long ofSubFunds = subFunds.of(fundId).stream().mapToLong(acknowledged::lastOf).max().orElse(-1);
        if (ofSubFunds > own) {
            await(ofSubFunds, processingGroups);
        }
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
