package org.ipfund.projections.portfolio;

import org.axonframework.eventhandling.TrackingToken;
import org.ipfund.domain.holding.ExitReversed;
import org.ipfund.domain.holding.HoldingExited;
import org.ipfund.domain.holding.ValuationRecorded;
import org.ipfund.domain.holding.ValuationReversed;
import org.ipfund.domain.investment.CoInvestmentRecorded;
import org.ipfund.domain.investment.CoInvestmentReversed;
import org.ipfund.domain.investment.InvestmentRecorded;
import org.ipfund.domain.investment.InvestmentReversed;

/** Lets tests of other packages feed the portfolio view any event, as its processor delivers it. */
public final class PortfolioEvents {

    private PortfolioEvents() {
    }

    /** Delivers an event the portfolio view handles; any other is left out. */
    public static void deliver(PortfolioProjection projection, Object event, String eventId, TrackingToken token) {
        if (event instanceof InvestmentRecorded e) {
            projection.on(e, eventId, token);
        } else if (event instanceof CoInvestmentRecorded e) {
            projection.on(e, eventId, token);
        } else if (event instanceof InvestmentReversed e) {
            projection.on(e);
        } else if (event instanceof CoInvestmentReversed e) {
            projection.on(e);
        } else if (event instanceof ValuationRecorded e) {
            projection.on(e, eventId, token);
        } else if (event instanceof ValuationReversed e) {
            projection.on(e);
        } else if (event instanceof HoldingExited e) {
            projection.on(e, eventId, token);
        } else if (event instanceof ExitReversed e) {
            projection.on(e);
        }
    }
}
