package org.ipfund.app.investor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ipfund.app.web.InvalidInput;
import org.ipfund.app.web.NewId;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.investor.InvestorId;
import org.ipfund.domain.investor.InvestorKind;
import org.ipfund.domain.investor.RegisterInvestor;
import org.ipfund.domain.investor.UnifiedSocialCreditCode;

/** {@code POST /api/investors}: a party the service will know as an investor. */
public record RegisterInvestorRequest(
        @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "must be 1 to 64 of A-Z a-z 0-9 . _ -") String investorId,
        @NotBlank @Size(max = 200) String name,
        @NotNull CapitalSource source,
        @NotNull InvestorKind kind,
        String unifiedSocialCreditCode) {

    RegisterInvestor toCommand() {
        UnifiedSocialCreditCode code = unifiedSocialCreditCode == null ? null
                : InvalidInput.of("unifiedSocialCreditCode", () -> new UnifiedSocialCreditCode(unifiedSocialCreditCode));
        return new RegisterInvestor(new InvestorId(NewId.orGiven(investorId)), InvalidInput.notBlank("name", name),
                source, kind, code);
    }
}
