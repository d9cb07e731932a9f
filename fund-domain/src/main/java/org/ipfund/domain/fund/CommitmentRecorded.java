package org.ipfund.domain.fund;

import java.time.LocalDate;
import org.ipfund.domain.FundEvent;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.FundId;
import org.ipfund.domain.CapitalSource;

/** An investor (LP) promised to put an amount into the fund (认缴). */
public record CommitmentRecorded(FundId fundId, CommitmentId commitmentId, String investor,
                                 CapitalSource source, Money amount, LocalDate date) implements FundEvent {

    @Override
    public LocalDate businessDate() {
        return date;
    }
}
