package org.ipfund.app.investment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ipfund.app.web.ExchangeRates;
import org.ipfund.app.web.InvalidInput;
import org.ipfund.app.web.MoneyInput;
import org.ipfund.app.web.NewId;
import org.ipfund.domain.IdShape;
import org.ipfund.domain.FundId;
import org.ipfund.domain.investment.InvestmentId;
import org.ipfund.domain.investment.InvestmentKind;
import org.ipfund.domain.investment.RecordDirectInvestment;
import org.ipfund.domain.investment.RecordFollowOnInvestment;
import org.ipfund.domain.money.ExchangeRate;

/**
 * {@code POST /api/funds/{fundId}/investments}: a direct investment (直投) or a follow-on (跟投), the latter
 * alongside a {@code lead} or, without one, a later round in a company the fund holds. {@code exchangeRate}
 * (fund currency per unit of the deal's) goes with an amount in another currency than the fund's.
 */
public record RecordInvestmentRequest(
        @Pattern(regexp = IdShape.PATTERN, message = IdShape.MESSAGE) String investmentId,
        @NotNull InvestmentKind kind,
        @NotNull @Valid CompanyInput company,
        @NotNull @Valid MoneyInput amount,
        BigDecimal exchangeRate,
        @NotNull LocalDate date,
        @Valid LeadInput lead,
        Boolean inTargetRegion) {

    /** The id the investment is recorded under: the one given, or a new one. */
    InvestmentId newInvestmentId() {
        return new InvestmentId(NewId.orGiven(investmentId));
    }

    /** A {@code RecordDirectInvestment} or a {@code RecordFollowOnInvestment}, as {@code kind} says. */
    Object toCommand(FundId fundId, InvestmentId id) {
        ExchangeRate rate = ExchangeRates.from(exchangeRate);
        boolean qualifies = Boolean.TRUE.equals(inTargetRegion);
        if (kind == InvestmentKind.DIRECT) {
            if (lead != null) {
                throw new InvalidInput("lead", "only a FOLLOW_ON investment follows a lead");
            }
            return new RecordDirectInvestment(fundId, id, company.toCompany(), amount.toMoney("amount"), rate, date,
                    qualifies);
        }
        return new RecordFollowOnInvestment(fundId, id, company.toCompany(), amount.toMoney("amount"), rate, date,
                lead == null ? null : lead.toLead(), qualifies);
    }
}
