package org.ipfund.app.holding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
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
import org.ipfund.domain.holding.ExitId;
import org.ipfund.domain.holding.ExitKind;
import org.ipfund.domain.holding.RecordExit;
import org.ipfund.domain.investment.InvestmentId;
import org.ipfund.domain.money.Ratio;

/**
 * {@code POST /api/funds/{fundId}/investments/{investmentId}/exits}: the fund sold ({@code SALE}), ceded
 * ({@code CEDED}, 让利退出, to a named {@code buyer}) or wrote off ({@code WRITE_OFF}, for nothing) {@code share} of
 * what remains of the holding; {@code "1"} closes it. A foreign holding exits in its currency, with that day's
 * {@code exchangeRate}. The share is kept as given, to at most ten decimal places (a third is 0.3333333333).
 */
public record RecordExitRequest(
        @Pattern(regexp = IdShape.PATTERN, message = IdShape.MESSAGE) String exitId,
        @NotNull ExitKind kind,
        @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be above 0: a share of what remains")
        @DecimalMax(value = "1", message = "must be at most 1: 1 closes the holding")
        @Digits(integer = 1, fraction = 10) BigDecimal share,
        @NotNull @Valid MoneyOrZeroInput proceeds,
        BigDecimal exchangeRate,
        @Size(max = 200) String buyer,
        @NotNull LocalDate date) {

    RecordExit toCommand(FundId fundId, InvestmentId investmentId) {
        return new RecordExit(fundId, investmentId, new ExitId(NewId.orGiven(exitId)), kind, new Ratio(share),
                proceeds.toMoney("proceeds"), ExchangeRates.from(exchangeRate), buyer, date);
    }
}
