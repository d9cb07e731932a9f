package org.ipfund.app.capital;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.ipfund.app.web.MoneyInput;
import org.ipfund.app.web.NewId;
import org.ipfund.domain.IdShape;
import org.ipfund.domain.fund.CallId;
import org.ipfund.domain.fund.CommitmentId;
import org.ipfund.domain.fund.ContributionId;
import org.ipfund.domain.FundId;
import org.ipfund.domain.fund.RecordContribution;

/** {@code POST /api/funds/{fundId}/contributions}: money paid in by one commitment against one call. */
public record RecordContributionRequest(
        @Pattern(regexp = IdShape.PATTERN, message = IdShape.MESSAGE) String contributionId,
        @NotNull @Pattern(regexp = IdShape.PATTERN, message = IdShape.MESSAGE) String commitmentId,
        @NotNull @Pattern(regexp = IdShape.PATTERN, message = IdShape.MESSAGE) String callId,
        @NotNull @Valid MoneyInput amount,
        @NotNull LocalDate date) {

    RecordContribution toCommand(FundId fundId) {
        return new RecordContribution(fundId, new ContributionId(NewId.orGiven(contributionId)),
                new CommitmentId(commitmentId), new CallId(callId), amount.toMoney("amount"), date);
    }
}
