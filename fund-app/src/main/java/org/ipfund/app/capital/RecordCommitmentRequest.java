package org.ipfund.app.capital;

import jakarta.validation.Valid;
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

/**
 * {@code POST /api/funds/{fundId}/commitments}: the investor named by {@code investorId} (a registered investor or a
 * fund of the service) or, for a one-off party, by its name in {@code investor}.
 */
public record RecordCommitmentRequest(
        @Pattern(regexp = IdShape.PATTERN, message = IdShape.MESSAGE) String commitmentId,
        @Size(max = 200) String investor,
        @Pattern(regexp = IdShape.PATTERN, message = IdShape.MESSAGE) String investorId,
        @NotNull CapitalSource source,
        @NotNull @Valid MoneyInput amount,
        @NotNull LocalDate date) {

    /** The command as the request gives it; the cross-fund check adds what the store knows of the investor. */
    RecordCommitment toCommand(FundId fundId) {
        if (investorId == null && (investor == null || investor.isEmpty())) {
            throw new InvalidInput("investor", "must not be blank (or name a registered investor by investorId)");
        }
        String name = investor == null ? investorId : InvalidInput.notBlank("investor", investor);
        return new RecordCommitment(fundId, new CommitmentId(NewId.orGiven(commitmentId)), name, source,
                amount.toMoney("amount"), date, investorId, null, null);
    }
}
