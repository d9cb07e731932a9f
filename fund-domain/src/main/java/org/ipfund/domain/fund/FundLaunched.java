package org.ipfund.domain.fund;

import java.time.LocalDate;
import java.util.Currency;
import org.ipfund.domain.BusinessFact;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.domain.FundId;

public record FundLaunched(FundId fundId, String name, FundType type, Currency currency,
                           LocalDate launchDate, FundPolicy policy) implements BusinessFact {

    @Override
    public LocalDate businessDate() {
        return launchDate;
    }
}
