package org.ipfund.app.investment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.ipfund.app.web.InvalidInput;
import org.ipfund.app.web.MoneyInput;
import org.ipfund.domain.investment.Lead;

/** The lead investor a follow-on invests alongside: who, how much and when. */
public record LeadInput(@NotBlank @Size(max = 200) String name,
                        @NotNull @Valid MoneyInput amount,
                        @NotNull LocalDate date) {

    Lead toLead() {
        return new Lead(InvalidInput.notBlank("lead.name", name), amount.toMoney("lead.amount"), date);
    }
}
