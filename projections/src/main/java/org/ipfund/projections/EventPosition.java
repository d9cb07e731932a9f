package org.ipfund.projections;

import org.axonframework.eventhandling.TrackingToken;

/** The global position of the event being handled, as its tracking token tells it. */
public final class EventPosition {

    private EventPosition() {
    }

    public static long of(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("the token has no position: " + token));
    }
}
