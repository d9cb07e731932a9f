package org.ipfund.projections.capital;

import org.axonframework.eventhandling.TrackingToken;
import org.ipfund.domain.fund.FundLaunched;

/** Lets the tests of other read models launch a fund in the capital views, whose fund row they read. */
public final class LaunchedFunds {

    private LaunchedFunds() {
    }

    public static void launch(CapitalPositionProjection projection, FundLaunched event, TrackingToken token) {
        projection.on(event, java.util.UUID.randomUUID().toString(), token);
    }
}
