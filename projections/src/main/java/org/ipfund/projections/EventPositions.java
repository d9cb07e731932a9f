package org.ipfund.projections;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.ipfund.projections.store.EventStoreTables;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The global position of the event being handled. A gap-aware token (the JDBC event store's) does not always
 * tell it: an event committed after a later one fills a gap, and its token keeps the later index (position
 * 16 arrives with the token of 17). So for those the position is read from the store by the event's
 * identifier, a range of them at a time, so that a replay costs one query per {@value #READ_AHEAD} events,
 * not one per event. Any other token (a plain global sequence) states the event's own position.
 */
public final class EventPositions {

    private static final int READ_AHEAD = 1000;
    private static final int MAX_REMEMBERED = 20_000;

    private final EventStoreTables store;
    private final Map<String, Long> remembered = new HashMap<>();
    private long readFrom = -1;
    private long readUpTo = -1;

    public EventPositions(JdbcTemplate jdbc) {
        this.store = new EventStoreTables(jdbc);
    }

    public synchronized long of(String eventId, TrackingToken token) {
        TrackingToken current = token instanceof ReplayToken replay ? replay.getCurrentToken() : token;
        if (!(current instanceof GapAwareTrackingToken gapAware)) {
            return positionOf(current);
        }
        return lookUp(eventId, gapAware.getIndex());
    }

    private long lookUp(String eventId, long upperBound) {
        Long position = remembered.get(eventId); // a handler may ask more than once for the same event
        if (position == null && (upperBound > readUpTo || upperBound <= readFrom)) {
            // past what was read, or before it (a replay from the start): read the range this event is in
            readAhead(upperBound - 1, upperBound + READ_AHEAD);
            position = remembered.get(eventId);
        }
        if (position == null) {
            // filled a gap below what was read ahead, or forgotten: ask for this one alone
            position = store.positionOf(eventId).orElseThrow(
                    () -> new IllegalStateException("the store holds no event " + eventId));
        }
        return position;
    }

    private static long positionOf(TrackingToken token) {
        return token.position()
                .orElseThrow(() -> new IllegalStateException("the token has no position: " + token));
    }

    private void readAhead(long after, long upTo) {
        if (remembered.size() > MAX_REMEMBERED) {
            remembered.clear(); // events long handled, and events of other segments and types this view never asks about
        }
        long highest = after;
        for (Map.Entry<String, Long> row : store.positionsBetween(after, upTo).entrySet()) {
            remembered.put(row.getKey(), row.getValue());
            highest = Math.max(highest, row.getValue());
        }
        // only what the store held: a later event is read when it comes
        readFrom = after;
        readUpTo = highest;
    }
}
