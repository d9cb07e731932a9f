package org.ipfund.app.audit;

import org.ipfund.audit.history.EventHistory;
import org.ipfund.audit.history.EventHistoryPage;

import org.ipfund.app.web.InvalidInput;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every recorded event with who recorded it, when, from which business date, and which request and command caused
 * it, in the store's order and page by page: each page continues after the last position of the one before.
 */
@RestController
@RequestMapping("/api/audit/events")
public class EventHistoryController {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final EventHistory history;

    public EventHistoryController(EventHistory history) {
        this.history = history;
    }

    /** {@code afterPosition} -1 (or left out) starts at the first event; a page holds at most {@code limit}. */
    @GetMapping
    public EventHistoryPage events(@RequestParam(required = false) String aggregateId,
                                   @RequestParam(required = false) Long afterPosition,
                                   @RequestParam(required = false) Integer limit) {
        long after = afterPosition == null ? -1 : afterPosition;
        if (after < -1) {
            throw new InvalidInput("afterPosition", "must be a position, or -1 to start at the first event");
        }
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidInput("limit", "must be from 1 to " + MAX_LIMIT);
        }
        return history.page(aggregateId == null || aggregateId.isBlank() ? null : aggregateId, after, size);
    }
}
