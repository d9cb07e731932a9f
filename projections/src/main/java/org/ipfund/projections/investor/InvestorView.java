package org.ipfund.projections.investor;

import java.time.LocalDate;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.investor.InvestorKind;

/** A registered investor as the register shows it. */
public record InvestorView(String investorId, String name, CapitalSource source, InvestorKind kind,
                           String unifiedSocialCreditCode, LocalDate registeredOn) {
}
