package org.ipfund.projections.returninvestment;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.ipfund.domain.figures.ReturnInvestment;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.policy.PolicyTerms;
import org.ipfund.projections.capital.FundPolicies;
import org.ipfund.projections.returninvestment.ReturnInvestmentView.SubFundReturnInvestment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Judges 返投 as of a date with the domain's {@link ReturnInvestment}: a sub-fund's qualifying investments (its
 * deals marked {@code inTargetRegion}, not reversed by then) must reach the policy's multiple of what the parent
 * actually paid into it. The multiple is
 * the parent's rule in force on the date asked (a city's rule binds its sub-funds), or the sub-fund's own where
 * the parent sets none; without any, nothing is required.
 */
@Component
public class ReturnInvestmentQueries {

    private final JdbcTemplate jdbc;
    private final FundPolicies policies;

    public ReturnInvestmentQueries(JdbcTemplate jdbc, FundPolicies policies) {
        this.jdbc = jdbc;
        this.policies = policies;
    }

    @QueryHandler
    public ReturnInvestmentView handle(FindReturnInvestment query) {
        List<String> currencies = jdbc.queryForList("SELECT currency FROM fund_view WHERE fund_id = ?", String.class,
                query.fundId());
        if (currencies.isEmpty()) {
            return null;
        }
        Currency currency = Currency.getInstance(currencies.get(0));
        LocalDate asOf = query.asOf();
        PolicyTerms parentRules = policies.inForce(query.fundId(), currency, query.asOf());
        List<SubFundRow> rows = jdbc.query("""
                SELECT f.fund_id, f.name,
                       (SELECT COALESCE(SUM(m.amount), 0) FROM capital_movement m
                        WHERE m.fund_id = f.fund_id AND m.commitment_id = f.parent_commitment_id
                          AND m.kind = 'PAID_IN' AND m.business_date <= ?) AS parent_paid_in,
                       (SELECT COALESCE(SUM(i.fund_amount), 0) FROM investment_view i
                        WHERE i.fund_id = f.fund_id AND i.in_target_region AND i.business_date <= ?
                          AND (i.reversed_on IS NULL OR i.reversed_on > ?)) AS qualifying
                FROM fund_view f
                WHERE f.parent_fund_id = ? AND f.launch_date <= ?
                ORDER BY f.launch_date, f.fund_id""",
                (rs, row) -> new SubFundRow(rs.getString("fund_id"), rs.getString("name"),
                        new Money(rs.getBigDecimal("parent_paid_in"), currency),
                        new Money(rs.getBigDecimal("qualifying"), currency)),
                asOf, asOf, asOf, query.fundId(), asOf);
        List<SubFundReturnInvestment> subFunds = rows.stream().map(subFund -> {
            ReturnInvestment judged = ReturnInvestment.judge(parentRules,
                    policies.inForce(subFund.fundId(), currency, query.asOf()), subFund.parentPaidIn(),
                    subFund.qualifying());
            return new SubFundReturnInvestment(subFund.fundId(), subFund.name(), judged.requiredMultiple(),
                    judged.parentPaidIn(), judged.required(), judged.qualifying(), judged.multiple(),
                    judged.compliant());
        }).toList();
        return new ReturnInvestmentView(query.fundId(), query.asOf(), subFunds);
    }

    private record SubFundRow(String fundId, String name, Money parentPaidIn, Money qualifying) {
    }
}
