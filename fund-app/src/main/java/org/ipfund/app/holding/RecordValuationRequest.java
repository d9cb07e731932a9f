package org.ipfund.app.holding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ipfund.app.web.ExchangeRates;
import org.ipfund.app.web.MoneyOrZeroInput;
import org.ipfund.app.web.NewId;
import org.ipfund.domain.FundId;
import org.ipfund.domain.IdShape;
import org.ipfund.domain.holding.RecordValuation;
import org.ipfund.domain.holding.ValuationId;
import org.ipfund.domain.holding.ValuationMethod;
import org.ipfund.domain.investment.InvestmentId;

/**
 * {@code POST /api/funds/{fundId}/investments/{investmentId}/valuations}: what the holding was worth on {@code date}
 * (its measurement date), by an IPEV {@code method}. A foreign holding is valued in its currency, with that day's
 * {@code exchangeRate}.
 */
public record RecordValuationRequest(
        @Pattern(regexp = IdShape.PATTERN, message = IdShape.MESSAGE) String valuationId,
        @NotNull @Valid MoneyOrZeroInput fairValue,
        BigDecimal exchangeRate,
        @NotNull LocalDate date,
        @NotNull ValuationMethod method,
        @Size(max = 1000) String note) {

    RecordValuation toCommand(FundId fundId, InvestmentId investmentId) {
        return new RecordValuation(fundId, investmentId, new ValuationId(NewId.orGiven(valuationId)),
                fairValue.toMoney("fairValue"), ExchangeRates.from(exchangeRate), date, method,
                note == null || note.isBlank() ? null : note);
    }
}
