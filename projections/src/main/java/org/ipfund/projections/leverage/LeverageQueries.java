package org.ipfund.projections.leverage;

import java.time.LocalDate;
import java.sql.ResultSet;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundId;
import org.ipfund.domain.fund.FundFamily;
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
        LocalDate asOf = query.asOf();
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
                        subFund.parentCommitment(), subFund.familyCommitments())).toList(),
                paidInBySource(query.fundId(), asOf, currency));
        return new LeverageView(query.fundId(), query.asOf(), invested, leverage(coInvested, invested), deals, subFunds,
                new FamilyLeverage(family.capitalMobilised(), family.fiscalPaidIn(), family.ratio()));
    }

    private List<DealLeverage> deals(String fundId, LocalDate asOf, Currency currency) {
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

    /**
     * Each sub-fund's commitments as of the date: its parent's commitment (with its top-ups), in total, and what funds
     * of the family committed as if they were ordinary investors (by a fund's id or name, however recorded, also
     * before that was refused): the family's own money, never capital drawn in.
     */
    private List<SubFundAmplification> subFunds(String fundId, LocalDate asOf, Currency currency) {
        FundFamily family = family(fundId);
        Map<String, Money[]> bySubFund = new LinkedHashMap<>();
        List<String[]> names = new java.util.ArrayList<>();
        jdbc.query("""
                SELECT f.fund_id, f.name FROM fund_view f
                WHERE f.parent_fund_id = ? AND f.launch_date <= ?
                ORDER BY f.launch_date, f.fund_id""",
                (ResultSet rs) -> {
                    names.add(new String[] {rs.getString("fund_id"), rs.getString("name")});
                    bySubFund.put(rs.getString("fund_id"),
                            new Money[] {Money.zero(currency), Money.zero(currency), Money.zero(currency)});
                }, fundId, asOf);
        jdbc.query("""
                SELECT m.fund_id, m.commitment_id, m.commitment_id = f.parent_commitment_id AS by_parent,
                       c.investor, SUM(m.amount) AS committed
                FROM fund_view f
                JOIN capital_movement m ON m.fund_id = f.fund_id AND m.kind = 'COMMITTED' AND m.business_date <= ?
                LEFT JOIN commitment_view c ON c.fund_id = m.fund_id AND c.commitment_id = m.commitment_id
                WHERE f.parent_fund_id = ? AND f.launch_date <= ?
                GROUP BY m.fund_id, m.commitment_id, f.parent_commitment_id, c.investor""",
                (ResultSet rs) -> {
                    Money[] sums = bySubFund.get(rs.getString("fund_id"));
                    Money committed = new Money(rs.getBigDecimal("committed"), currency);
                    sums[0] = sums[0].plus(committed);
                    if (rs.getBoolean("by_parent")) {
                        sums[1] = sums[1].plus(committed);
                    } else if (family.includes(rs.getString("investor"))) {
                        sums[2] = sums[2].plus(committed);
                    }
                }, asOf, fundId, asOf);
        return names.stream().map(name -> {
            Money[] sums = bySubFund.get(name[0]);
            return new SubFundAmplification(name[0], name[1], sums[1], sums[0],
                    Leverage.amplification(sums[0], sums[1]), sums[2]);
        }).toList();
    }

    /** The parent and every sub-fund the views know, by id and name. */
    private FundFamily family(String fundId) {
        Map<FundId, String> members = new LinkedHashMap<>();
        jdbc.query("SELECT fund_id, name FROM fund_view WHERE fund_id = ? OR parent_fund_id = ?",
                (ResultSet rs) -> {
                    members.put(new FundId(rs.getString("fund_id")), rs.getString("name"));
                }, fundId, fundId);
        return new FundFamily(new FundId(fundId), members);
    }

    private Map<CapitalSource, Money> paidInBySource(String fundId, LocalDate asOf, Currency currency) {
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
