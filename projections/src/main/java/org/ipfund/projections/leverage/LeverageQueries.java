package org.ipfund.projections.leverage;

import java.sql.Date;
import java.sql.ResultSet;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.figures.Leverage;
import org.ipfund.domain.figures.Leverage.SubFundCommitments;
import org.ipfund.domain.money.Money;
import org.ipfund.projections.leverage.LeverageView.DealLeverage;
import org.ipfund.projections.leverage.LeverageView.FamilyLeverage;
import org.ipfund.projections.leverage.LeverageView.SourceLeverage;
import org.ipfund.projections.leverage.LeverageView.SubFundAmplification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Computes leverage as of a date from the portfolio (deals and co-investors) and the capital views (sub-fund
 * commitments, paid-in by source), with the domain's {@link Leverage} figures. Facts count from their business
 * date; a reversal counts from its own date.
 */
@Component
public class LeverageQueries {

    private final JdbcTemplate jdbc;

    public LeverageQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public LeverageView handle(FindLeverage query) {
        List<String> currencies = jdbc.queryForList("SELECT currency FROM fund_view WHERE fund_id = ?", String.class,
                query.fundId());
        if (currencies.isEmpty()) {
            return null;
        }
        Currency currency = Currency.getInstance(currencies.get(0));
        Date asOf = Date.valueOf(query.asOf());
        List<DealLeverage> deals = deals(query.fundId(), asOf, currency);
        Money invested = Money.zero(currency);
        Map<CapitalSource, Money> coInvested = zeroBySource(currency);
        for (DealLeverage deal : deals) {
            invested = invested.plus(deal.fundInvested());
            deal.bySource().forEach((source, leverage) -> coInvested.merge(source, leverage.capital(), Money::plus));
        }
        List<SubFundAmplification> subFunds = subFunds(query.fundId(), asOf, currency);
        Leverage.FamilyLeverage family = Leverage.ofFamily(invested, coInvested.values(),
                subFunds.stream().map(subFund -> new SubFundCommitments(subFund.totalCommitments(),
                        subFund.parentCommitment())).toList(),
                paidInBySource(query.fundId(), asOf, currency));
        return new LeverageView(query.fundId(), query.asOf(), invested, leverage(coInvested, invested), deals, subFunds,
                new FamilyLeverage(family.capitalMobilised(), family.fiscalPaidIn(), family.ratio()));
    }

    private List<DealLeverage> deals(String fundId, Date asOf, Currency currency) {
        Map<String, Map<CapitalSource, Money>> coInvested = new LinkedHashMap<>();
        jdbc.query("""
                SELECT investment_id, source, SUM(fund_amount) AS capital FROM co_investment_view
                WHERE fund_id = ? AND business_date <= ? AND (reversed_on IS NULL OR reversed_on > ?)
                GROUP BY investment_id, source""",
                (ResultSet rs) -> {
                    coInvested.computeIfAbsent(rs.getString("investment_id"), id -> zeroBySource(currency))
                            .put(CapitalSource.valueOf(rs.getString("source")),
                                    new Money(rs.getBigDecimal("capital"), currency));
                }, fundId, asOf, asOf);
        return jdbc.query("""
                SELECT investment_id, company_name, fund_amount FROM investment_view
                WHERE fund_id = ? AND business_date <= ? AND (reversed_on IS NULL OR reversed_on > ?)
                ORDER BY business_date, event_position""",
                (rs, row) -> {
                    String investmentId = rs.getString("investment_id");
                    Money cost = new Money(rs.getBigDecimal("fund_amount"), currency);
                    Map<CapitalSource, Money> others = coInvested.getOrDefault(investmentId, zeroBySource(currency));
                    return new DealLeverage(investmentId, rs.getString("company_name"), cost, leverage(others, cost));
                }, fundId, asOf, asOf);
    }

    private List<SubFundAmplification> subFunds(String fundId, Date asOf, Currency currency) {
        return jdbc.query("""
                SELECT f.fund_id, f.name,
                       COALESCE(SUM(m.amount) FILTER (WHERE m.commitment_id = f.parent_commitment_id), 0) AS parent,
                       COALESCE(SUM(m.amount), 0) AS total
                FROM fund_view f
                LEFT JOIN capital_movement m ON m.fund_id = f.fund_id AND m.kind = 'COMMITTED'
                     AND m.business_date <= ?
                WHERE f.parent_fund_id = ? AND f.launch_date <= ?
                GROUP BY f.fund_id, f.name, f.launch_date
                ORDER BY f.launch_date, f.fund_id""",
                (rs, row) -> {
                    Money parent = new Money(rs.getBigDecimal("parent"), currency);
                    Money total = new Money(rs.getBigDecimal("total"), currency);
                    return new SubFundAmplification(rs.getString("fund_id"), rs.getString("name"), parent, total,
                            Leverage.amplification(total, parent));
                }, asOf, fundId, asOf);
    }

    private Map<CapitalSource, Money> paidInBySource(String fundId, Date asOf, Currency currency) {
        Map<CapitalSource, Money> paidIn = zeroBySource(currency);
        jdbc.query("""
                SELECT source, SUM(amount) AS paid_in FROM capital_movement
                WHERE fund_id = ? AND kind = 'PAID_IN' AND business_date <= ? GROUP BY source""",
                (ResultSet rs) -> {
                    paidIn.put(CapitalSource.valueOf(rs.getString("source")),
                            new Money(rs.getBigDecimal("paid_in"), currency));
                }, fundId, asOf);
        return paidIn;
    }

    private static Map<CapitalSource, SourceLeverage> leverage(Map<CapitalSource, Money> capital, Money fundMoney) {
        Map<CapitalSource, SourceLeverage> bySource = new EnumMap<>(CapitalSource.class);
        capital.forEach((source, amount) -> bySource.put(source,
                new SourceLeverage(amount, Leverage.ofDeal(amount, fundMoney))));
        return bySource;
    }

    private static Map<CapitalSource, Money> zeroBySource(Currency currency) {
        Map<CapitalSource, Money> bySource = new EnumMap<>(CapitalSource.class);
        for (CapitalSource source : CapitalSource.values()) {
            bySource.put(source, Money.zero(currency));
        }
        return bySource;
    }
}
