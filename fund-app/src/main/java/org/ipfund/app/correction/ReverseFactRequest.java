package org.ipfund.app.correction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.ipfund.app.web.InvalidInput;
import org.ipfund.app.web.NewId;
import org.ipfund.domain.IdShape;
import org.ipfund.domain.FundId;
import org.ipfund.domain.correction.CorrectionId;
import org.ipfund.domain.correction.ReverseFact;

/** {@code POST /api/funds/{fundId}/corrections}: reverse the recorded fact {@code reverses}, for {@code reason}. */
public record ReverseFactRequest(
        @Pattern(regexp = IdShape.PATTERN, message = IdShape.MESSAGE) String correctionId,
        @NotNull @Pattern(regexp = IdShape.PATTERN, message = IdShape.MESSAGE) String reverses,
        @NotBlank @Size(max = 1000) String reason,
        @NotNull LocalDate date) {

    ReverseFact toCommand(FundId fundId) {
        return new ReverseFact(fundId, new CorrectionId(NewId.orGiven(correctionId)), reverses,
                InvalidInput.notBlank("reason", reason), date);
    }
}
