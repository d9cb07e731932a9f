package org.ipfund.projections.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.ipfund.projections.progress.ViewsStanding;
import org.junit.jupiter.api.Test;

/**
 * A fund's figures are kept only for the standing of the views they were computed from (their resets and tokens), and
 * only if no view committed a batch while they were computed.
 */
class KeptPerformanceTest {

    private static final FindPerformance QUERY = new FindPerformance("fund-1", LocalDate.parse("2024-12-31"));

    private final Views views = new Views();
    private final AtomicInteger computed = new AtomicInteger();
    private final KeptPerformance kept = new KeptPerformance(views);

    @Test
    void aReadWhileTheViewsStandStillIsAnsweredWithTheFiguresComputedForThem() {
        PerformanceView first = kept.answer(QUERY, this::compute);

        assertThat(kept.answer(QUERY, this::compute)).isSameAs(first);
        assertThat(computed).hasValue(1);
    }

    @Test
    void aReadAfterAViewMovedComputesAgain() {
        PerformanceView first = kept.answer(QUERY, this::compute);
        views.now = standing(0, 11);

        PerformanceView second = kept.answer(QUERY, this::compute);

        assertThat(second).isNotSameAs(first);
        assertThat(kept.answer(QUERY, this::compute)).as("kept for the new standing").isSameAs(second);
        assertThat(computed).hasValue(2);
    }

    @Test
    void aReadAfterARebuildThatEndedOnTheSameTokensComputesAgain() {
        PerformanceView first = kept.answer(QUERY, this::compute);
        views.now = standing(1, 10);

        assertThat(kept.answer(QUERY, this::compute)).isNotSameAs(first);
        assertThat(computed).hasValue(2);
    }

    @Test
    void figuresComputedWhileAViewMovedAreAnsweredButNotKept() {
        PerformanceView halfAndHalf = kept.answer(QUERY, () -> {
            views.now = standing(0, 11); // a batch commits while the rows are read
            return compute();
        });

        // neither under the standing before the batch nor under the one after it
        views.now = standing(0, 10);
        PerformanceView next = kept.answer(QUERY, this::compute);
        views.now = standing(0, 11);
        PerformanceView after = kept.answer(QUERY, this::compute);

        assertThat(next).isNotSameAs(halfAndHalf);
        assertThat(after).isNotSameAs(halfAndHalf).isNotSameAs(next);
        assertThat(computed).hasValue(3);
    }

    @Test
    void figuresComputedWhileAViewWasRebuiltToTheSameTokensAreNeverAnsweredAfterIt() {
        PerformanceView duringTheRebuild = kept.answer(QUERY, () -> {
            views.now = standing(1, 10); // emptied and built again while the rows are read
            return compute();
        });

        assertThat(kept.answer(QUERY, this::compute)).isNotSameAs(duringTheRebuild);
        assertThat(computed).hasValue(2);
    }

    @Test
    void eachFundAndDateIsKeptApart() {
        FindPerformance dayBefore = new FindPerformance("fund-1", LocalDate.parse("2024-12-30"));
        FindPerformance otherFund = new FindPerformance("fund-2", LocalDate.parse("2024-12-31"));

        PerformanceView first = kept.answer(QUERY, this::compute);
        PerformanceView before = kept.answer(dayBefore, this::compute);
        PerformanceView other = kept.answer(otherFund, this::compute);

        assertThat(before).isNotSameAs(first);
        assertThat(other).isNotSameAs(first).isNotSameAs(before);
        assertThat(kept.answer(dayBefore, this::compute)).isSameAs(before);
        assertThat(computed).hasValue(3);
    }

    @Test
    void anUnknownFundIsAskedAgainEachTime() {
        assertThat(kept.answer(QUERY, () -> unknown())).isNull();
        assertThat(kept.answer(QUERY, () -> unknown())).isNull();

        assertThat(computed).hasValue(2);
    }

    @Test
    void withoutAStandingToJudgeByEveryReadComputes() {
        KeptPerformance never = KeptPerformance.never();

        never.answer(QUERY, this::compute);
        never.answer(QUERY, this::compute);

        assertThat(computed).hasValue(2);
    }

    private PerformanceView compute() {
        computed.incrementAndGet();
        return new PerformanceView(QUERY.fundId(), QUERY.asOf(), null, null, null, null, null, null, null, null, null,
                null, List.of(), List.of(), null);
    }

    private PerformanceView unknown() {
        computed.incrementAndGet();
        return null;
    }

    /** One view of one segment, {@code resets} times reset, its token at {@code index}. */
    private static ViewsStanding standing(long resets, long index) {
        return new ViewsStanding(List.of("portfolio"), List.of(resets),
                List.of(Map.of(0, GapAwareTrackingToken.newInstance(index, Set.of()))));
    }

    /** Views that stand where the test puts them; moved when their tokens differ, as ProjectionProgress judges. */
    private static final class Views implements KeptPerformance.Views {

        private volatile ViewsStanding now = KeptPerformanceTest.standing(0, 10);

        @Override
        public ViewsStanding standing() {
            return now;
        }

        @Override
        public boolean movedSince(ViewsStanding standing) {
            return !now.tokens().equals(standing.tokens());
        }
    }
}
