package org.ipfund.projections.capital;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.ipfund.domain.policy.CededExitPricing;
import org.ipfund.domain.policy.CededExitTerms;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.domain.policy.PolicyTerms;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Each fund's rules as they stood on a date, read from the policy versions {@link CapitalPositionProjection} keeps. */
@Component
public class FundPolicies {

    private final JdbcTemplate jdbc;

    public FundPolicies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Folded from the fund's dated versions exactly as the aggregate folds them ({@link FundPolicy#inForceOn}). */
    public PolicyTerms inForce(String fundId, Currency currency, LocalDate asOf) {
        return new FundPolicy(versions(fundId, currency, asOf)).inForceOn(asOf);
    }

    /** The fund's whole policy: every dated version it adopted, whatever the date it takes effect. */
    public FundPolicy policy(String fundId, Currency currency) {
        return new FundPolicy(versions(fundId, currency, null));
    }

    /** The versions in the order they were adopted, those taking effect after {@code until} left out (null: none). */
    private List<PolicyTerms> versions(String fundId, Currency currency, LocalDate until) {
        List<Object> arguments = until == null ? List.of(fundId) : List.of(fundId, until);
        return jdbc.query("""
                SELECT effective_from, share_cap, share_cap_amount, return_investment_multiple,
                       follow_on_max_share_of_lead, follow_on_window_days, invest_uncalled_commitments,
                       government_share_cap, ceded_exit_free_years, ceded_exit_annual_rate, ceded_exit_pricing,
                       recycle_proceeds
                FROM fund_policy_view WHERE fund_id = ? %s
                ORDER BY effective_from, event_sequence, version""".formatted(
                        until == null ? "" : "AND effective_from <= ?"),
                (rs, row) -> new PolicyTerms(rs.getObject("effective_from", LocalDate.class),
                        ratio(rs.getBigDecimal("share_cap")),
                        rs.getBigDecimal("share_cap_amount") == null ? null
                                : new Money(rs.getBigDecimal("share_cap_amount"), currency),
                        ratio(rs.getBigDecimal("return_investment_multiple")),
                        ratio(rs.getBigDecimal("follow_on_max_share_of_lead")),
                        (Integer) rs.getObject("follow_on_window_days"),
                        (Boolean) rs.getObject("invest_uncalled_commitments"),
                        ratio(rs.getBigDecimal("government_share_cap")),
                        cededExit(rs),
                        (Boolean) rs.getObject("recycle_proceeds")),
                arguments.toArray());
    }

    private static CededExitTerms cededExit(ResultSet rs) throws SQLException {
        String pricing = rs.getString("ceded_exit_pricing");
        return pricing == null ? null : new CededExitTerms(rs.getInt("ceded_exit_free_years"),
                rs.getBigDecimal("ceded_exit_annual_rate"), CededExitPricing.valueOf(pricing));
    }

    private static Ratio ratio(BigDecimal value) {
        return value == null ? null : new Ratio(value);
    }
}
