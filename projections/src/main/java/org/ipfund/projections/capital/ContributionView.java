package org.ipfund.projections.capital;

import java.time.LocalDate;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.money.Money;

/** Money one commitment paid in against one capital call. */
public record ContributionView(String contributionId, String commitmentId, String callId, CapitalSource source,
                               Money amount, LocalDate date) {
}
