package org.ipfund.domain.investor;

import org.ipfund.domain.RecordedFact;

/** A fact in a registered investor's own stream: it names the investor, not a fund. */
public interface InvestorEvent extends RecordedFact {

    InvestorId investorId();
}
