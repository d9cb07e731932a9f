package org.ipfund.projections.performance;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.Supplier;
import org.ipfund.projections.progress.ProjectionProgress;
import org.ipfund.projections.progress.ViewsStanding;

/**
 * A fund's performance as of a date, kept from one read to the next while the views it is computed from stand where
 * they stood ({@link ProjectionProgress#standing}: each view's resets and every segment's token). The figures are a
 * function of those views' rows, the fund and the date alone, and the rows change only with a batch that moves a
 * view's token, or with a reset that counts itself: a read that finds the views unmoved is answered with what was
 * computed for them, not computed again (a fund of thousands of facts takes tens of milliseconds to compute: its rows
 * decoded, an IRR for every deal and one over all its flows).
 * <p>
 * Figures are kept only if no view committed a batch while they were computed (their tokens the same after; a reset
 * meanwhile needs no look, as every later read's standing counts it and so never matches). A batch can still commit
 * while they are read, its status moving just after (Axon moves it once the transaction has committed): such figures,
 * kept under the standing before that batch, are answered only until the status moves, and never to a read that must
 * show the batch's events, which waits until the status shows them and so finds a new standing.
 * <p>
 * The first read after any view has moved computes again: the views move with every event recorded, of any fund,
 * which is coarser than needed but cannot miss a change that reaches a fund through its family (a sub-fund's fact
 * changes its parent's stake). Kept at most a minute, so that rows changed outside the events (by hand), or a node
 * that has lost its segments to another without noticing yet, are not answered from memory for long; and bounded by
 * the holdings the kept figures list.
 */
final class KeptPerformance {

    /** In lines of about 0.8 kB (a holding's figures): some 16 MB at most. */
    private static final long MAX_LINES = 20_000;
    /** A fund's own figures, its family's and the cash held, in holding lines. */
    private static final int LINES_OF_A_FUND = 4;
    private static final Duration AT_MOST = Duration.ofMinutes(1);

    /** Where the views stand ({@link ProjectionProgress#standing}), and whether they have moved since. */
    interface Views {

        ViewsStanding standing();

        /** Whether a view has committed a batch since {@code standing} was taken ({@link ProjectionProgress#movedSince}). */
        boolean movedSince(ViewsStanding standing);
    }

    private record Kept(ViewsStanding standing, PerformanceView view) {
    }

    private final Views views;
    private final Cache<FindPerformance, Kept> kept = Caffeine.newBuilder()
            .maximumWeight(MAX_LINES)
            .weigher((FindPerformance query, Kept figures) -> LINES_OF_A_FUND + figures.view().deals().size()
                    + figures.view().subFunds().size())
            .expireAfterWrite(AT_MOST)
            .build();

    KeptPerformance(Views views) {
        this.views = views;
    }

    /** For views fed their events by hand, with no token to tell that they moved: every read computes. */
    static KeptPerformance never() {
        return new KeptPerformance(new Views() {
            @Override
            public ViewsStanding standing() {
                return null;
            }

            @Override
            public boolean movedSince(ViewsStanding standing) {
                return true;
            }
        });
    }

    /** The figures kept for {@code query} if the views stand where they stood, else those {@code computed} gives. */
    PerformanceView answer(FindPerformance query, Supplier<PerformanceView> computed) {
        ViewsStanding before = views.standing();
        Kept found = kept.getIfPresent(query);
        if (found != null) {
            if (found.standing().equals(before)) {
                return found.view();
            }
            kept.asMap().remove(query, found); // computed for views that have moved since: never to be answered
        }
        PerformanceView view = computed.get();
        if (view != null && !views.movedSince(before)) {
            kept.put(query, new Kept(before, view));
        }
        return view;
    }
}
