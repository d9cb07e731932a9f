package org.ipfund.domain.fund;

import java.time.LocalDate;
import java.util.Currency;
import org.ipfund.domain.FundEvent;
import org.ipfund.domain.FundId;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.policy.FundPolicy;

/**
 * A sub-fund's first fact: launched by {@code parentFundId} with its target size (认缴规模). The parent's
 * commitment follows as the sub-fund's commitment {@code parentCommitmentId}.
 */
public record SubFundLaunched(FundId fundId, String name, Currency currency, LocalDate launchDate,
                              FundPolicy policy, FundId parentFundId, Money targetSize,
                              CommitmentId parentCommitmentId) implements FundEvent {

    @Override
    public LocalDate businessDate() {
        return launchDate;
    }
}
