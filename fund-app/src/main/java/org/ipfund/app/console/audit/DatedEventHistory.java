package org.ipfund.app.console.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ipfund.audit.history.EventHistory;
import org.ipfund.audit.history.EventHistoryEntry;
import org.ipfund.audit.history.EventHistoryPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The event history as the API pages it ({@code GET /api/audit/events}: a fund or all, after a position, at most a
 * limit), narrowed to a period of business dates. The API's history has no business-date filter, so the pages are
 * read on in the store's order, keeping the events dated in the period, until the page is full or the history ends;
 * the next page continues after the last event kept, as the API's does. An event without a business date is outside
 * every period.
 */
@Component
class DatedEventHistory {

    /** How many events one read of the store takes while looking for those in the period. */
    static final int SCAN = 1000;

    private final EventHistory history;
    private final int scan;

    @Autowired
    DatedEventHistory(EventHistory history) {
        this(history, SCAN);
    }

    DatedEventHistory(EventHistory history, int scan) {
        this.history = history;
        this.scan = scan;
    }

    EventHistoryPage page(String aggregateId, LocalDate from, LocalDate to, long afterPosition, int limit) {
        if (from == null && to == null) {
            return history.page(aggregateId, afterPosition, limit);
        }
        List<EventHistoryEntry> kept = new ArrayList<>();
        long after = afterPosition;
        while (kept.size() < limit) {
            EventHistoryPage read = history.page(aggregateId, after, scan);
            for (EventHistoryEntry event : read.events()) {
                if (kept.size() < limit && dated(event, from, to)) {
                    kept.add(event);
                }
            }
            if (read.events().size() < scan) {
                break;
            }
            after = read.nextAfterPosition();
        }
        return new EventHistoryPage(kept, kept.isEmpty() ? null : kept.get(kept.size() - 1).position());
    }

    private static boolean dated(EventHistoryEntry event, LocalDate from, LocalDate to) {
        LocalDate date = event.businessDate();
        return date != null && (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
