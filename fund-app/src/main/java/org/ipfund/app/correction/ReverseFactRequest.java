package org.ipfund.app.correction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.ipfund.app.web.InvalidInput;
import org.ipfund.app.web.NewId;
import org.ipfund.domain.FundId;
import org.ipfund.domain.correction.CorrectionId;
import org.ipfund.domain.correction.ReverseFact;

/** {@code POST /api/funds/{fundId}/corrections}: reverse the recorded fact {@code reverses}, for {@code reason}. */
public record ReverseFactRequest(
        @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "must be 1 to 64 of A-Z a-z 0-9 . _ -") String correctionId,
        @NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "must be 1 to 64 of A-Z a-z 0-9 . _ -") String reverses,
        @NotBlank @Size(max = 1000) String reason,
        @NotNull LocalDate date) {

    ReverseFact toCommand(FundId fundId) {
        return new ReverseFact(fundId, new CorrectionId(NewId.orGiven(correctionId)), reverses,
                InvalidInput.notBlank("reason", reason), date);
    }
}
