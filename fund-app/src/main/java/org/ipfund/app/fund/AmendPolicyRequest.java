package org.ipfund.app.fund;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ipfund.app.web.InvalidInput;
import org.ipfund.app.web.MoneyInput;
import org.ipfund.domain.FundId;
import org.ipfund.domain.money.Ratio;
import org.ipfund.domain.policy.AmendPolicy;
import org.ipfund.domain.policy.PolicyTerms;

/** {@code POST /api/funds/{fundId}/policy}: rules in force from {@code effectiveFrom}; a rule left out stays as it was. */
public record AmendPolicyRequest(@NotNull LocalDate effectiveFrom,
                                 @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal shareCap,
                                 @Valid MoneyInput shareCapAmount,
                                 @DecimalMin("0") BigDecimal returnInvestmentMultiple,
                                 @DecimalMin(value = "0", inclusive = false) BigDecimal followOnMaxShareOfLead,
                                 @PositiveOrZero Integer followOnWindowDays,
                                 Boolean investUncalledCommitments) {

    AmendPolicy toCommand(FundId fundId) {
        PolicyTerms terms = InvalidInput.of("policy", () -> new PolicyTerms(effectiveFrom,
                shareCap == null ? null : new Ratio(shareCap),
                shareCapAmount == null ? null : shareCapAmount.toMoney("shareCapAmount"),
                returnInvestmentMultiple == null ? null : new Ratio(returnInvestmentMultiple),
                followOnMaxShareOfLead == null ? null : new Ratio(followOnMaxShareOfLead),
                followOnWindowDays,
                investUncalledCommitments));
        return new AmendPolicy(fundId, terms);
    }
}
