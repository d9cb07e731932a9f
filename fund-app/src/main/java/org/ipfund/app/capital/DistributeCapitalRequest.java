package org.ipfund.app.capital;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.ipfund.app.web.MoneyInput;
import org.ipfund.app.web.NewId;
import org.ipfund.domain.FundId;
import org.ipfund.domain.IdShape;
import org.ipfund.domain.fund.DistributeCapital;
import org.ipfund.domain.fund.DistributionId;

/**
 * {@code POST /api/funds/{fundId}/distributions}: pay {@code amount} of the fund's cash to its investors on
 * {@code date}; the fund splits it among their commitments, capital first, then gain.
 */
public record DistributeCapitalRequest(
        @Pattern(regexp = IdShape.PATTERN, message = IdShape.MESSAGE) String distributionId,
        @NotNull @Valid MoneyInput amount,
        @NotNull LocalDate date) {

    DistributeCapital toCommand(FundId fundId) {
        return new DistributeCapital(fundId, new DistributionId(NewId.orGiven(distributionId)),
                amount.toMoney("amount"), date);
    }
}
