package org.ipfund.app.investment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ipfund.app.web.ExchangeRates;
import org.ipfund.app.web.InvalidInput;
import org.ipfund.app.web.MoneyInput;
import org.ipfund.app.web.NewId;
import org.ipfund.domain.IdShape;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundId;
import org.ipfund.domain.investment.CoInvestmentId;
import org.ipfund.domain.investment.InvestmentId;
import org.ipfund.domain.investment.RecordCoInvestment;

/** {@code POST /api/funds/{fundId}/investments/{investmentId}/co-investors}: other capital the deal drew in. */
public record RecordCoInvestmentRequest(
        @Pattern(regexp = IdShape.PATTERN, message = IdShape.MESSAGE) String coInvestmentId,
        @NotBlank @Size(max = 200) String investor,
        @NotNull CapitalSource source,
        @NotNull @Valid MoneyInput amount,
        BigDecimal exchangeRate,
        @NotNull LocalDate date) {

    RecordCoInvestment toCommand(FundId fundId, InvestmentId investmentId) {
        return new RecordCoInvestment(fundId, investmentId, new CoInvestmentId(NewId.orGiven(coInvestmentId)),
                InvalidInput.notBlank("investor", investor), source, amount.toMoney("amount"),
                ExchangeRates.from(exchangeRate), date);
    }
}
