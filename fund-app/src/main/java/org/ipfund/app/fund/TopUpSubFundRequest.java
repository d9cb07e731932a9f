package org.ipfund.app.fund;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.ipfund.app.web.MoneyInput;
import org.ipfund.app.web.NewId;
import org.ipfund.domain.FundId;
import org.ipfund.domain.fund.TopUpId;
import org.ipfund.domain.fund.TopUpSubFund;

/** {@code POST /api/funds/{fundId}/sub-funds/{subFundId}/top-ups}: the parent commits {@code amount} more. */
public record TopUpSubFundRequest(
        @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "must be 1 to 64 of A-Z a-z 0-9 . _ -") String topUpId,
        @NotNull @Valid MoneyInput amount,
        @NotNull LocalDate date) {

    TopUpSubFund toCommand(FundId parent, FundId subFund) {
        return new TopUpSubFund(parent, subFund, new TopUpId(NewId.orGiven(topUpId)), amount.toMoney("amount"), date);
    }
}
