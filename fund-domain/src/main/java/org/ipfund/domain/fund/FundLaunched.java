package org.ipfund.domain.fund;

import java.time.LocalDate;
import java.util.Currency;
import org.ipfund.domain.FundEvent;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.domain.FundId;

public record FundLaunched(FundId fundId, String name, FundType type, Currency currency,
                           LocalDate launchDate, FundPolicy policy) implements FundEvent {

    @Override
    public LocalDate businessDate() {
        return launchDate;
    }
}
