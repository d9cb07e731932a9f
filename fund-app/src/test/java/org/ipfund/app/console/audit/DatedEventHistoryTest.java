package org.ipfund.app.console.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import org.ipfund.audit.history.EventHistory;
import org.ipfund.audit.history.EventHistoryEntry;
import org.ipfund.audit.history.EventHistoryPage;
import org.junit.jupiter.api.Test;

class DatedEventHistoryTest {

    private static final LocalDate IN_MAY = LocalDate.of(2017, 5, 10);
    private static final LocalDate IN_JUNE = LocalDate.of(2017, 6, 10);

    /** Ten events: the even positions dated in May, the odd ones in June, the last one without a business date. */
    private final List<EventHistoryEntry> store = LongStream.range(0, 10)
            .mapToObj(position -> event(position, position == 9 ? null : position % 2 == 0 ? IN_MAY : IN_JUNE))
            .toList();
    private final EventHistory history = storeReadAsTheApiPagesIt();
    private final DatedEventHistory dated = new DatedEventHistory(history, 3);

    @Test
    void keepsReadingPastPagesWithoutAnEventInThePeriodUntilThePageIsFull() {
        EventHistoryPage first = dated.page(null, IN_MAY, IN_MAY, -1, 2);
        assertThat(positions(first)).containsExactly(0L, 2L);
        assertThat(first.nextAfterPosition()).isEqualTo(2L);

        EventHistoryPage second = dated.page(null, IN_MAY, IN_MAY, first.nextAfterPosition(), 2);
        assertThat(positions(second)).containsExactly(4L, 6L);

        EventHistoryPage last = dated.page(null, IN_MAY, IN_MAY, second.nextAfterPosition(), 2);
        assertThat(positions(last)).containsExactly(8L);
        assertThat(dated.page(null, IN_MAY, IN_MAY, 8, 2).events()).isEmpty();
        assertThat(dated.page(null, IN_MAY, IN_MAY, 8, 2).nextAfterPosition()).isNull();
    }

    @Test
    void aPeriodOpenAtOneEndKeepsEverythingDatedOnTheOtherSideButNothingUndated() {
        assertThat(positions(dated.page(null, IN_JUNE, null, -1, 100))).containsExactly(1L, 3L, 5L, 7L);
        assertThat(positions(dated.page(null, null, IN_JUNE, -1, 100))).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L,
                7L, 8L);
    }

    @Test
    void withoutAPeriodItIsTheApisPageItself() {
        assertThat(positions(dated.page(null, null, null, 3, 4))).containsExactly(4L, 5L, 6L, 7L);
    }

    private EventHistory storeReadAsTheApiPagesIt() {
        EventHistory mock = mock(EventHistory.class);
        when(mock.page(any(), anyLong(), anyInt())).thenAnswer(call -> {
            long after = call.getArgument(1);
            int limit = call.getArgument(2);
            List<EventHistoryEntry> page = store.stream().filter(event -> event.position() > after).limit(limit)
                    .toList();
            return new EventHistoryPage(page, page.isEmpty() ? null : page.get(page.size() - 1).position());
        });
        return mock;
    }

    private static EventHistoryEntry event(long position, LocalDate businessDate) {
        return new EventHistoryEntry(position, "event-" + position, "fund-a", position, "CommitmentRecorded",
                "org.ipfund.domain.fund.CommitmentRecorded", JsonNodeFactory.instance.objectNode(), businessDate,
                Instant.parse("2025-01-01T00:00:00Z"), "tester", "request-" + position, "command-" + position);
    }

    private static List<Long> positions(EventHistoryPage page) {
        return page.events().stream().map(EventHistoryEntry::position).toList();
    }
}
