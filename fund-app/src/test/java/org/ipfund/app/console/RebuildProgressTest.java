package org.ipfund.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipfund.app.admin.ProjectionStatus;
import org.junit.jupiter.api.Test;

class RebuildProgressTest {

    @Test
    void aViewUpToDateBeforeItsRebuildRestartedIsNotTakenForARebuiltOne() {
        RebuildProgress asked = RebuildProgress.following(caughtUp(), 3, 3);

        assertThat(asked.started()).isFalse();
        assertThat(asked.done()).isFalse();
        assertThat(asked.polling()).isTrue();
        assertThat(asked.value()).as("nothing read yet, whatever the view's state before").isZero();
    }

    @Test
    void aRestartedViewStillReadingIsFollowedWithItsShareOfTheStream() {
        RebuildProgress replaying = RebuildProgress.following(
                new ProjectionStatus("portfolio", true, true, 40L, 100, 60L, 0.4, 2, null), 3, 4);

        assertThat(replaying.started()).isTrue();
        assertThat(replaying.done()).isFalse();
        assertThat(replaying.polling()).isTrue();
        assertThat(replaying.percent()).isEqualTo(40);
    }

    @Test
    void aRestartedViewThatReachedTheHeadIsDoneAndNoLongerPolled() {
        RebuildProgress rebuilt = RebuildProgress.following(caughtUp(), 3, 4);

        assertThat(rebuilt.done()).isTrue();
        assertThat(rebuilt.polling()).isFalse();
        assertThat(rebuilt.percent()).isEqualTo(100);
    }

    @Test
    void aRestartedViewWithoutSegmentsYetIsNotDone() {
        RebuildProgress claiming = RebuildProgress.following(
                new ProjectionStatus("portfolio", true, false, null, 100, null, 1.0, 0, null), 3, 4);

        assertThat(claiming.done()).isFalse();
        assertThat(claiming.polling()).isTrue();
    }

    @Test
    void aViewNobodyAskedToRebuildIsNotPolled() {
        RebuildProgress idle = RebuildProgress.idle(caughtUp(), 4);

        assertThat(idle.polling()).isFalse();
        assertThat(idle.started()).isFalse();
    }

    private static ProjectionStatus caughtUp() {
        return new ProjectionStatus("portfolio", true, false, 100L, 100, 0L, 1.0, 2, null);
    }
}
