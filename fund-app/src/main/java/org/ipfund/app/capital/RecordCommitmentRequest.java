package org.ipfund.app.capital;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.ipfund.app.web.InvalidInput;
import org.ipfund.app.web.MoneyInput;
import org.ipfund.app.web.NewId;
import org.ipfund.domain.IdShape;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.fund.CommitmentId;
import org.ipfund.domain.FundId;
import org.ipfund.domain.fund.RecordCommitment;

/** {@code POST /api/funds/{fundId}/commitments}. */
public record RecordCommitmentRequest(
        @Pattern(regexp = IdShape.PATTERN, message = IdShape.MESSAGE) String commitmentId,
        @NotBlank @Size(max = 200) String investor,
        @NotNull CapitalSource source,
        @NotNull @Valid MoneyInput amount,
        @NotNull LocalDate date) {

    RecordCommitment toCommand(FundId fundId) {
        return new RecordCommitment(fundId, new CommitmentId(NewId.orGiven(commitmentId)),
                InvalidInput.notBlank("investor", investor), source,
                amount.toMoney("amount"), date);
    }
}
