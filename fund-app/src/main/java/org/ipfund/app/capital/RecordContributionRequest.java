package org.ipfund.app.capital;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.ipfund.app.web.MoneyInput;
import org.ipfund.app.web.NewId;
import org.ipfund.domain.fund.CallId;
import org.ipfund.domain.fund.CommitmentId;
import org.ipfund.domain.fund.ContributionId;
import org.ipfund.domain.FundId;
import org.ipfund.domain.fund.RecordContribution;

/** {@code POST /api/funds/{fundId}/contributions}: money paid in by one commitment against one call. */
public record RecordContributionRequest(
        @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "must be 1 to 64 of A-Z a-z 0-9 . _ -") String contributionId,
        @NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String commitmentId,
        @NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String callId,
        @NotNull @Valid MoneyInput amount,
        @NotNull LocalDate date) {

    RecordContribution toCommand(FundId fundId) {
        return new RecordContribution(fundId, new ContributionId(NewId.orGiven(contributionId)),
                new CommitmentId(commitmentId), new CallId(callId), amount.toMoney("amount"), date);
    }
}
