package org.ipfund.projections.returninvestment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.util.Currency;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.ipfund.projections.capital.FundPolicies;
import org.ipfund.projections.returninvestment.ReturnInvestmentView.SubFundReturnInvestment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Judges 返投 as of a date: a sub-fund's qualifying investments (its deals marked {@code inTargetRegion}, not
 * reversed by then) must reach the policy's multiple of what the parent actually paid into it. The multiple is
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
        Date asOf = Date.valueOf(query.asOf());
        Ratio parentMultiple = policies.inForce(query.fundId(), currency, query.asOf()).returnInvestmentMultiple();
        List<SubFundReturnInvestment> subFunds = jdbc.query("""
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
                (rs, row) -> {
                    String subFundId = rs.getString("fund_id");
                    Ratio multiple = parentMultiple != null ? parentMultiple
                            : policies.inForce(subFundId, currency, query.asOf()).returnInvestmentMultiple();
                    Money paidIn = new Money(rs.getBigDecimal("parent_paid_in"), currency);
                    Money qualifying = new Money(rs.getBigDecimal("qualifying"), currency);
                    Money required = required(multiple, paidIn);
                    return new SubFundReturnInvestment(subFundId, rs.getString("name"), multiple, paidIn, required,
                            qualifying, Ratio.between(qualifying, paidIn), !qualifying.isLessThan(required));
                }, asOf, asOf, asOf, query.fundId(), asOf);
        return new ReturnInvestmentView(query.fundId(), query.asOf(), subFunds);
    }

    private static Money required(Ratio multiple, Money paidIn) {
        if (multiple == null) {
            return Money.zero(paidIn.currency());
        }
        BigDecimal exact = paidIn.amount().multiply(multiple.value());
        return new Money(exact.setScale(paidIn.currency().getDefaultFractionDigits(), RoundingMode.UP),
                paidIn.currency());
    }
}
