package org.ipfund.app.fund;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ipfund.app.web.MoneyInput;
import org.ipfund.app.web.NewId;
import org.ipfund.domain.IdShape;
import org.ipfund.domain.FundId;
import org.ipfund.domain.policy.AmendPolicy;
import org.ipfund.domain.policy.AmendmentId;

/**
 * {@code POST /api/funds/{fundId}/policy}: one policy version as in {@link PolicyInput}, with {@code effectiveFrom}
 * required, and an optional {@code amendmentId} (made by the server when absent) so that a retried amendment is
 * recorded once.
 */
public record AmendPolicyRequest(
        @Pattern(regexp = IdShape.PATTERN, message = IdShape.MESSAGE) String amendmentId,
        LocalDate effectiveFrom,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal shareCap,
        @Valid MoneyInput shareCapAmount,
        @DecimalMin("0") BigDecimal returnInvestmentMultiple,
        @DecimalMin(value = "0", inclusive = false) BigDecimal followOnMaxShareOfLead,
        @PositiveOrZero Integer followOnWindowDays,
        Boolean investUncalledCommitments,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal governmentShareCap,
        @Valid CededExitInput cededExit,
        Boolean recycleProceeds) {

    AmendPolicy toCommand(FundId fundId) {
        PolicyInput version = new PolicyInput(effectiveFrom, shareCap, shareCapAmount, returnInvestmentMultiple,
                followOnMaxShareOfLead, followOnWindowDays, investUncalledCommitments, governmentShareCap, cededExit,
                recycleProceeds);
        return new AmendPolicy(fundId, new AmendmentId(NewId.orGiven(amendmentId)), version.toAmendedTerms());
    }
}
