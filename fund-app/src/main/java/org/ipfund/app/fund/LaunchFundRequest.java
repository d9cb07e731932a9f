package org.ipfund.app.fund;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.ipfund.app.web.InvalidInput;
import org.ipfund.app.web.MoneyInput;
import org.ipfund.domain.IdShape;
import org.ipfund.domain.FundId;
import org.ipfund.domain.fund.FundType;
import org.ipfund.domain.fund.LaunchFund;

/** {@code POST /api/funds}: {@code policy} is one dated version of the rules, or a list of them. */
public record LaunchFundRequest(
        @Pattern(regexp = IdShape.PATTERN, message = IdShape.MESSAGE) String fundId,
        @NotBlank @Size(max = 200) String name,
        @NotNull FundType type,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as CNY") String currency,
        @NotNull LocalDate launchDate,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<@Valid PolicyInput> policy) {

    LaunchFund toCommand() {
        FundId id = new FundId(fundId == null ? UUID.randomUUID().toString() : fundId);
        Currency fundCurrency = MoneyInput.currency("currency", currency);
        return new LaunchFund(id, InvalidInput.notBlank("name", name), type, fundCurrency, launchDate,
                PolicyInput.policy(policy, launchDate, fundCurrency));
    }
}
