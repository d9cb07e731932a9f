package org.ipfund.app.fund;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.ipfund.app.web.InvalidInput;
import org.ipfund.app.web.MoneyInput;
import org.ipfund.app.web.NewId;
import org.ipfund.domain.IdShape;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundId;
import org.ipfund.domain.fund.CommitmentId;
import org.ipfund.domain.fund.CreateSubFund;

/**
 * {@code POST /api/funds/{fundId}/sub-funds}: the sub-fund (its own id, launched on {@code date}) and the
 * parent's commitment to it, in one step. {@code source} is the parent's kind of money; by default local
 * fiscal for a guidance fund, state-owned for a mother fund. {@code policy} is the sub-fund's own; where it sets no
 * {@code governmentShareCap} in force on {@code date}, the sub-fund takes its parent's then in force.
 */
public record CreateSubFundRequest(
        @Pattern(regexp = IdShape.PATTERN, message = IdShape.MESSAGE) String subFundId,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Valid MoneyInput targetSize,
        @NotNull @Valid MoneyInput parentCommitment,
        @Pattern(regexp = IdShape.PATTERN, message = IdShape.MESSAGE) String commitmentId,
        CapitalSource source,
        @NotNull LocalDate date,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<@Valid PolicyInput> policy) {

    CreateSubFund toCommand(FundId parent) {
        var targetMoney = targetSize.toMoney("targetSize");
        FundId subFund = new FundId(NewId.orGiven(subFundId));
        return new CreateSubFund(parent, subFund, InvalidInput.notBlank("name", name), targetMoney,
                new CommitmentId(NewId.orGiven(commitmentId)), parentCommitment.toMoney("parentCommitment"), source,
                date, PolicyInput.policy(policy, date, targetMoney.currency()));
    }
}
