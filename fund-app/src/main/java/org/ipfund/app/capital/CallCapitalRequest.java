package org.ipfund.app.capital;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.ipfund.app.web.InvalidInput;
import org.ipfund.app.web.MoneyInput;
import org.ipfund.app.web.NewId;
import org.ipfund.domain.fund.CallCapital;
import org.ipfund.domain.fund.CallId;
import org.ipfund.domain.fund.CommitmentId;
import org.ipfund.domain.FundId;

/** {@code POST /api/funds/{fundId}/capital-calls}: pro rata across unfunded commitments unless some are named. */
public record CallCapitalRequest(
        @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "must be 1 to 64 of A-Z a-z 0-9 . _ -") String callId,
        @NotNull @Valid MoneyInput amount,
        @NotNull LocalDate date,
        LocalDate dueDate,
        List<@NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String> commitmentIds) {

    CallCapital toCommand(FundId fundId) {
        List<CommitmentId> named = commitmentIds == null ? List.of()
                : commitmentIds.stream().map(CommitmentId::new).toList();
        return InvalidInput.of("dueDate", () -> new CallCapital(fundId, new CallId(NewId.orGiven(callId)),
                amount.toMoney("amount"), date, dueDate, named));
    }
}
