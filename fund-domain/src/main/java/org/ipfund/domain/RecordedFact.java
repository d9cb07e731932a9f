package org.ipfund.domain;

import java.time.LocalDate;

/**
 * A fact the service recorded, in the stream of whichever aggregate holds it: a fund's ({@link FundEvent}) or a
 * registered investor's ({@code investor.InvestorEvent}). Each kind names its own aggregate; all carry the business
 * date they take effect. The catalogue test walks every implementation of this interface.
 */
public interface RecordedFact {

    LocalDate businessDate();
}
