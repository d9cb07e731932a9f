package org.ipfund.projections.capital;

import org.axonframework.eventhandling.TrackingToken;
import org.ipfund.domain.fund.CapitalCallReversed;
import org.ipfund.domain.fund.CapitalCalled;
import org.ipfund.domain.fund.CapitalDistributed;
import org.ipfund.domain.fund.DistributionReversed;
import org.ipfund.domain.fund.ParentCommitmentToppedUp;
import org.ipfund.domain.fund.SubFundToppedUp;
import org.ipfund.domain.holding.ExitReversed;
import org.ipfund.domain.holding.HoldingExited;
import org.ipfund.domain.fund.CommitmentRecorded;
import org.ipfund.domain.fund.CommitmentReversed;
import org.ipfund.domain.fund.ContributionReceived;
import org.ipfund.domain.fund.ContributionReversed;
import org.ipfund.domain.fund.FundLaunched;
import org.ipfund.domain.fund.SubFundCommitted;
import org.ipfund.domain.fund.SubFundLaunched;
import org.ipfund.domain.investment.InvestmentRecorded;
import org.ipfund.domain.investment.InvestmentReversed;
import org.ipfund.domain.policy.PolicyAmended;

/** Lets tests of other packages feed the capital views any event, as its processor delivers it. */
public final class CapitalEvents {

    private CapitalEvents() {
    }

    /** Delivers an event the capital views handle; any other is left out. */
    public static void deliver(CapitalPositionProjection projection, Object event, String eventId, long sequence,
                               TrackingToken token) {
        if (event instanceof FundLaunched e) {
            projection.on(e, eventId, token);
        } else if (event instanceof SubFundLaunched e) {
            projection.on(e, eventId, token);
        } else if (event instanceof PolicyAmended e) {
            projection.on(e, sequence);
        } else if (event instanceof CommitmentRecorded e) {
            projection.on(e, eventId, token);
        } else if (event instanceof CapitalCalled e) {
            projection.on(e, eventId, token);
        } else if (event instanceof ContributionReceived e) {
            projection.on(e, eventId, token);
        } else if (event instanceof CommitmentReversed e) {
            projection.on(e, eventId, token);
        } else if (event instanceof ContributionReversed e) {
            projection.on(e, eventId, token);
        } else if (event instanceof InvestmentRecorded e) {
            projection.on(e, eventId, token);
        } else if (event instanceof InvestmentReversed e) {
            projection.on(e, eventId, token);
        } else if (event instanceof SubFundCommitted e) {
            projection.on(e, eventId, token);
        } else if (event instanceof SubFundToppedUp e) {
            projection.on(e, eventId, token);
        } else if (event instanceof ParentCommitmentToppedUp e) {
            projection.on(e, eventId, token);
        } else if (event instanceof CapitalCallReversed e) {
            projection.on(e, eventId, token);
        } else if (event instanceof HoldingExited e) {
            projection.on(e, eventId, token);
        } else if (event instanceof ExitReversed e) {
            projection.on(e, eventId, token);
        } else if (event instanceof CapitalDistributed e) {
            projection.on(e, eventId, token);
        } else if (event instanceof DistributionReversed e) {
            projection.on(e, eventId, token);
        }
    }
}
