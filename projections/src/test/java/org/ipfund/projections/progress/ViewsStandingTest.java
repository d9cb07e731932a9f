package org.ipfund.projections.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

/** Two standings are equal only where every segment of every view holds the same token. */
class ViewsStandingTest {

    @Test
    void theSameTokensStandTheSame() {
        assertThat(standing(GapAwareTrackingToken.newInstance(10, Set.of(7L))))
                .isEqualTo(standing(GapAwareTrackingToken.newInstance(10, Set.of(7L))));
    }

    @Test
    void aGapFilledLateMovesTheStandingThoughTheLastPositionIsTheSame() {
        assertThat(standing(GapAwareTrackingToken.newInstance(10, Set.of(7L))))
                .isNotEqualTo(standing(GapAwareTrackingToken.newInstance(10, Set.of())));
    }

    @Test
    void aSegmentResetToTheStartStandsApartFromOneThatHandledEvents() {
        assertThat(standing(null)).isEqualTo(standing(null))
                .isNotEqualTo(standing(GapAwareTrackingToken.newInstance(0, Set.of())));
    }

    @Test
    void theStandingIsACopyThatLaterChangesToTheTokensLeaveAlone() {
        Map<Integer, TrackingToken> segments = new HashMap<>();
        segments.put(0, GapAwareTrackingToken.newInstance(3, Set.of()));
        ViewsStanding standing = new ViewsStanding(List.of("portfolio"), List.of(0L), List.of(segments));
        segments.put(0, GapAwareTrackingToken.newInstance(4, Set.of()));

        assertThat(standing).isEqualTo(standing(GapAwareTrackingToken.newInstance(3, Set.of())));
    }

    @Test
    void aViewRebuiltToItsFormerTokensStandsApartFromWhatItWasBefore() {
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(10, Set.of());
        assertThat(standing(token, 1)).isNotEqualTo(standing(token, 0));
    }

    private static ViewsStanding standing(TrackingToken token) {
        return standing(token, 0);
    }

    private static ViewsStanding standing(TrackingToken token, long resets) {
        Map<Integer, TrackingToken> segments = new HashMap<>();
        segments.put(0, token);
        return new ViewsStanding(List.of("portfolio"), List.of(resets), List.of(segments));
    }
}
