package org.ipfund.audit.history;

import java.util.List;

/**
 * A page of the event history in the store's order. {@code nextAfterPosition} is the position of the last event
 * on the page (null when the page is empty): asking again after it continues where this page ended.
 */
public record EventHistoryPage(List<EventHistoryEntry> events, Long nextAfterPosition) {

    static EventHistoryPage of(List<EventHistoryEntry> events) {
        return new EventHistoryPage(events, events.isEmpty() ? null : events.get(events.size() - 1).position());
    }
}
