package org.ipfund.domain.investor;

import java.time.LocalDate;
import org.ipfund.domain.CapitalSource;

/** A party became known to the service as an investor, with the kind of money it brings (its {@code source}). */
public record InvestorRegistered(InvestorId investorId, String name, CapitalSource source, InvestorKind kind,
                                 UnifiedSocialCreditCode unifiedSocialCreditCode, LocalDate registeredOn)
        implements InvestorEvent {

    @Override
    public LocalDate businessDate() {
        return registeredOn;
    }
}
