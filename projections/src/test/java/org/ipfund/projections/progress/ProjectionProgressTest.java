package org.ipfund.projections.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.Test;

class ProjectionProgressTest {

    @Test
    void aTokenCoversThePositionsItHasHandled() {
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(10, Set.of());
        assertThat(ProjectionProgress.covers(token, 10)).isTrue();
        assertThat(ProjectionProgress.covers(token, 3)).isTrue();
        assertThat(ProjectionProgress.covers(token, 11)).isFalse();
    }

    @Test
    void aGapIsNotYetHandled() {
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(10, Set.of(7L));
        assertThat(ProjectionProgress.covers(token, 7)).isFalse();
        assertThat(ProjectionProgress.covers(token, 8)).isTrue();
    }

    @Test
    void aSegmentThatHasNotStartedCoversNothing() {
        assertThat(ProjectionProgress.covers(null, 0)).isFalse();
    }

    @Test
    void duringAReplayOnlyWhatWasReplayedCounts() {
        GapAwareTrackingToken replayedUpTo = GapAwareTrackingToken.newInstance(4, Set.of());
        GapAwareTrackingToken before = GapAwareTrackingToken.newInstance(10, Set.of());
        var replay = ReplayToken.createReplayToken(before, replayedUpTo);
        assertThat(ProjectionProgress.covers(replay, 4)).isTrue();
        assertThat(ProjectionProgress.covers(replay, 5)).isFalse();
    }

    @Test
    void aPlainSequenceTokenCoversUpToItsPosition() {
        assertThat(ProjectionProgress.covers(new GlobalSequenceTrackingToken(5), 5)).isTrue();
        assertThat(ProjectionProgress.covers(new GlobalSequenceTrackingToken(5), 6)).isFalse();
    }
}
