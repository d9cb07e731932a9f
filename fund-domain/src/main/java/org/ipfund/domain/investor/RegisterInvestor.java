package org.ipfund.domain.investor;

import java.util.Objects;
import org.ipfund.domain.CapitalSource;

/** Registers a party as an investor; {@code unifiedSocialCreditCode} is null for a party without one. */
public record RegisterInvestor(InvestorId investorId, String name, CapitalSource source, InvestorKind kind,
                               UnifiedSocialCreditCode unifiedSocialCreditCode) {

    public RegisterInvestor {
        Objects.requireNonNull(investorId, "investorId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
    }
}
