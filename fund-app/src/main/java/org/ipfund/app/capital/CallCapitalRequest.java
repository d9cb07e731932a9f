package org.ipfund.app.capital;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ipfund.app.web.InvalidInput;
import org.ipfund.app.web.MoneyInput;
import org.ipfund.app.web.NewId;
import org.ipfund.domain.IdShape;
import org.ipfund.domain.fund.CallCapital;
import org.ipfund.domain.fund.CallId;
import org.ipfund.domain.fund.CommitmentId;
import org.ipfund.domain.FundId;
import org.ipfund.domain.money.Money;

/** {@code POST /api/funds/{fundId}/capital-calls}: pro rata across unfunded commitments unless some are named. */
public record CallCapitalRequest(
        @Pattern(regexp = IdShape.PATTERN, message = IdShape.MESSAGE) String callId,
        @NotNull @Valid MoneyInput amount,
        @NotNull LocalDate date,
        LocalDate dueDate,
        List<@NotNull @Pattern(regexp = IdShape.PATTERN, message = IdShape.MESSAGE) String> commitmentIds) {

    CallCapital toCommand(FundId fundId) {
        CallId call = InvalidInput.of("callId", () -> new CallId(NewId.orGiven(callId)));
        if (amount == null) {
            throw new InvalidInput("amount", "must not be null");
        }
        Money money = amount.toMoney("amount");
        if (date == null) {
            throw new InvalidInput("date", "must not be null");
        }
        List<CommitmentId> named = new ArrayList<>();
        List<String> given = commitmentIds == null ? List.of() : commitmentIds;
        for (int i = 0; i < given.size(); i++) {
            String commitmentId = given.get(i);
            named.add(InvalidInput.of("commitmentIds[" + i + "]", () -> new CommitmentId(commitmentId)));
        }
        // every other argument is checked above: what the command can still refuse is the due date
        return InvalidInput.of("dueDate", () -> new CallCapital(fundId, call, money, date, dueDate, named));
    }
}
