package org.ipfund.app.fund;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.ipfund.app.web.InvalidInput;
import org.ipfund.app.web.MoneyInput;
import org.ipfund.domain.money.Ratio;
import org.ipfund.domain.policy.PolicyTerms;

/** One dated version of a fund's policy as the API receives it; a field left out leaves that rule as it was. */
public record PolicyInput(LocalDate effectiveFrom,
                          @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal shareCap,
                          @Valid MoneyInput shareCapAmount,
                          @DecimalMin("0") BigDecimal returnInvestmentMultiple,
                          @DecimalMin(value = "0", inclusive = false) BigDecimal followOnMaxShareOfLead,
                          @PositiveOrZero Integer followOnWindowDays,
                          Boolean investUncalledCommitments) {

    PolicyTerms toTerms(String field, LocalDate defaultEffectiveFrom, Currency fundCurrency) {
        return InvalidInput.of(field, () -> new PolicyTerms(
                effectiveFrom == null ? defaultEffectiveFrom : effectiveFrom,
                shareCap == null ? null : new Ratio(shareCap),
                shareCapAmount == null ? null : shareCapAmount.toMoney(field + ".shareCapAmount"),
                returnInvestmentMultiple == null ? null : new Ratio(returnInvestmentMultiple),
                followOnMaxShareOfLead == null ? null : new Ratio(followOnMaxShareOfLead),
                followOnWindowDays,
                investUncalledCommitments));
    }
}
