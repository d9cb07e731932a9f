package org.ipfund.projections.distribution;

import org.axonframework.eventhandling.TrackingToken;
import org.ipfund.domain.fund.CapitalDistributed;
import org.ipfund.domain.fund.DistributionReversed;

/** Lets tests of other packages feed the distributions view any event, as its processor delivers it. */
public final class DistributionEvents {

    private DistributionEvents() {
    }

    /** Delivers an event the distributions view handles; any other is left out. */
    public static void deliver(DistributionsProjection projection, Object event, String eventId, TrackingToken token) {
        if (event instanceof CapitalDistributed e) {
            projection.on(e, eventId, token);
        } else if (event instanceof DistributionReversed e) {
            projection.on(e);
        }
    }
}
