package org.ipfund.projections.performance;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.Supplier;
import org.ipfund.projections.progress.ProjectionProgress;

/**
 * A fund's performance as of a date, kept from one read to the next while the views it is computed from stand where
 * they stood ({@link ProjectionProgress#standing}). The figures are a function of those views' rows, the fund and the
 * date alone, and the rows change only with a batch that moves a view's token: a read that finds the views unmoved is
 * answered with what was computed for them, not computed again (a fund of thousands of facts takes tens of
 * milliseconds to compute: its rows decoded, an IRR for every deal and one over all its flows).
 * <p>
 * A figure is kept only if the views did not move while it was computed, so nothing read half before and half after a
 * batch is ever kept. The first read after any view has moved computes again: the views move with every event
 * recorded, of any fund, which is coarser than needed but cannot miss a change to a fund's family. Bounded by the
 * holdings the kept figures list, and let go after minutes unread.
 */
final class KeptPerformance {

    /** About 10 MB of kept figures at most: a holding's line is some hundreds of bytes. */
    private static final long MAX_HOLDINGS = 20_000;
    private static final Duration UNREAD = Duration.ofMinutes(10);

    private record Kept(Object standing, PerformanceView view) {
    }

    private final Supplier<?> standing;
    private final Cache<FindPerformance, Kept> kept = Caffeine.newBuilder()
            .maximumWeight(MAX_HOLDINGS)
            .weigher((FindPerformance query, Kept figures) -> 1 + figures.view().deals().size()
                    + figures.view().subFunds().size())
            .expireAfterAccess(UNREAD)
            .build();

    /** @param standing where the views stand now ({@link ProjectionProgress#standing}): equal while none has moved */
    KeptPerformance(Supplier<?> standing) {
        this.standing = standing;
    }

    /** The figures kept for {@code query} if the views stand where they stood, else {@code computed}'s (kept if whole). */
    PerformanceView answer(FindPerformance query, Supplier<PerformanceView> computed) {
        Object before = standing.get();
        Kept found = kept.getIfPresent(query);
        if (found != null && found.standing().equals(before)) {
            return found.view();
        }
        PerformanceView view = computed.get();
        if (view != null && standing.get().equals(before)) {
            kept.put(query, new Kept(before, view));
        }
        return view;
    }
}
