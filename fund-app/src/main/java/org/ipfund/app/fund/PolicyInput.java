package org.ipfund.app.fund;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.ipfund.app.web.InvalidInput;
import org.ipfund.app.web.MoneyInput;
import org.ipfund.domain.money.Ratio;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.domain.policy.PolicyTerms;

/**
 * One dated version of a fund's policy as the API receives it; a field left out leaves that rule as it was.
 * {@code cededExit} prices a ceded exit (让利退出); {@code recycleProceeds} lets exit proceeds be invested again.
 */
public record PolicyInput(LocalDate effectiveFrom,
                          @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal shareCap,
                          @Valid MoneyInput shareCapAmount,
                          @DecimalMin("0") BigDecimal returnInvestmentMultiple,
                          @DecimalMin(value = "0", inclusive = false) BigDecimal followOnMaxShareOfLead,
                          @PositiveOrZero Integer followOnWindowDays,
                          Boolean investUncalledCommitments,
                          @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal governmentShareCap,
                          @Valid CededExitInput cededExit,
                          Boolean recycleProceeds) {

    /** A new fund's policy: one version or a list; a version without {@code effectiveFrom} starts at launch. */
    static FundPolicy policy(List<PolicyInput> versions, LocalDate launchDate, Currency fundCurrency) {
        List<PolicyTerms> terms = new ArrayList<>();
        List<PolicyInput> given = versions == null ? List.of() : versions;
        for (int i = 0; i < given.size(); i++) {
            String field = given.size() == 1 ? "policy" : "policy[" + i + "]";
            terms.add(given.get(i).toTerms(field, launchDate, fundCurrency));
        }
        return new FundPolicy(terms);
    }

    PolicyTerms toTerms(String field, LocalDate defaultEffectiveFrom, Currency fundCurrency) {
        if (shareCapAmount != null && !fundCurrency.getCurrencyCode().equals(shareCapAmount.currency())) {
            throw new InvalidInput(field + ".shareCapAmount.currency",
                    "must be the fund's currency " + fundCurrency.getCurrencyCode());
        }
        return terms(field, effectiveFrom == null ? defaultEffectiveFrom : effectiveFrom);
    }

    /** Rules in force from {@code effectiveFrom}, which an amendment must name; a rule left out stays as it was. */
    PolicyTerms toAmendedTerms() {
        if (effectiveFrom == null) {
            throw new InvalidInput("effectiveFrom", "must not be null: an amendment says from when it applies");
        }
        return terms("policy", effectiveFrom);
    }

    private PolicyTerms terms(String field, LocalDate from) {
        return InvalidInput.of(field, () -> new PolicyTerms(from,
                shareCap == null ? null : new Ratio(shareCap),
                shareCapAmount == null ? null : shareCapAmount.toMoney(field + ".shareCapAmount"),
                returnInvestmentMultiple == null ? null : new Ratio(returnInvestmentMultiple),
                followOnMaxShareOfLead == null ? null : new Ratio(followOnMaxShareOfLead),
                followOnWindowDays,
                investUncalledCommitments,
                governmentShareCap == null ? null : new Ratio(governmentShareCap),
                cededExit == null ? null : cededExit.toTerms(),
                recycleProceeds));
    }
}
