package org.ipfund.projections.portfolio;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.investment.Company;
import org.ipfund.domain.investment.InvestmentKind;
import org.ipfund.domain.money.Money;
import org.ipfund.projections.ReversalView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the portfolio queries from the tables {@link PortfolioProjection} keeps, as of any date. */
@Component
public class PortfolioQueries {

    private static final String HOLDINGS = """
            SELECT investment_id, kind, company_name, sector, country, region, amount, currency, exchange_rate,
                   fund_amount, fund_currency, business_date, lead_name, lead_amount, lead_currency, lead_date,
                   in_target_region, reversed_by, reversed_on, reason
            FROM investment_view WHERE fund_id = ? AND business_date <= ?""";

    private final JdbcTemplate jdbc;

    public PortfolioQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public PortfolioView handle(FindPortfolio query) {
        List<String> currencies = jdbc.queryForList("SELECT currency FROM fund_view WHERE fund_id = ?", String.class,
                query.fundId());
        if (currencies.isEmpty()) {
            return null;
        }
        Currency currency = Currency.getInstance(currencies.get(0));
        List<HoldingView> holdings = holdings(query.fundId(), query.asOf(), HOLDINGS
                + " ORDER BY business_date, event_position", query.fundId(), query.asOf());
        Money invested = holdings.stream().map(HoldingView::cost).reduce(Money.zero(currency), Money::plus);
        return new PortfolioView(query.fundId(), query.asOf(), invested, holdings);
    }

    @QueryHandler
    public HoldingView handle(FindInvestment query) {
        List<HoldingView> found = holdings(query.fundId(), query.asOf(), HOLDINGS + " AND investment_id = ?",
                query.fundId(), query.asOf(), query.investmentId());
        return found.isEmpty() ? null : found.get(0);
    }

    private List<HoldingView> holdings(String fundId, LocalDate asOf, String sql, Object... arguments) {
        Map<String, List<CoInvestorView>> coInvestors = coInvestors(fundId, asOf);
        return jdbc.query(sql, (rs, row) -> {
            String investmentId = rs.getString("investment_id");
            Currency fundCurrency = Currency.getInstance(rs.getString("fund_currency"));
            ReversalView reversal = reversal(rs, asOf);
            Money recordedCost = new Money(rs.getBigDecimal("fund_amount"), fundCurrency);
            List<CoInvestorView> others = coInvestors.getOrDefault(investmentId, List.of());
            Map<CapitalSource, Money> bySource = new EnumMap<>(CapitalSource.class);
            for (CoInvestorView other : others) {
                bySource.merge(other.source(), other.inFundCurrency(), Money::plus);
            }
            return new HoldingView(investmentId, InvestmentKind.valueOf(rs.getString("kind")),
                    new Company(rs.getString("company_name"), rs.getString("sector"), rs.getString("country"),
                            rs.getString("region")),
                    money(rs, "amount", "currency"), rs.getBigDecimal("exchange_rate"), recordedCost,
                    reversal == null ? recordedCost : Money.zero(fundCurrency),
                    rs.getObject("business_date", LocalDate.class), lead(rs), rs.getBoolean("in_target_region"),
                    reversal, others, bySource);
        }, arguments);
    }

    private Map<String, List<CoInvestorView>> coInvestors(String fundId, LocalDate asOf) {
        Map<String, List<CoInvestorView>> byDeal = new HashMap<>();
        jdbc.query("""
                SELECT co_investment_id, investment_id, investor, source, amount, currency, exchange_rate,
                       fund_amount, fund_currency, business_date, reversed_by, reversed_on, reason
                FROM co_investment_view WHERE fund_id = ? AND business_date <= ?
                ORDER BY business_date, event_position""",
                (ResultSet rs) -> {
                    ReversalView reversal = reversal(rs, asOf);
                    Currency fundCurrency = Currency.getInstance(rs.getString("fund_currency"));
                    Money inFundCurrency = reversal == null
                            ? new Money(rs.getBigDecimal("fund_amount"), fundCurrency) : Money.zero(fundCurrency);
                    byDeal.computeIfAbsent(rs.getString("investment_id"), id -> new ArrayList<>())
                            .add(new CoInvestorView(rs.getString("co_investment_id"), rs.getString("investor"),
                                    CapitalSource.valueOf(rs.getString("source")), money(rs, "amount", "currency"),
                                    rs.getBigDecimal("exchange_rate"), inFundCurrency,
                                    rs.getObject("business_date", LocalDate.class), reversal));
                }, fundId, asOf);
        return byDeal;
    }

    /** The reversal, when the correction took effect on or before {@code asOf}; before that the fact stood. */
    private static ReversalView reversal(ResultSet rs, LocalDate asOf) throws SQLException {
        LocalDate reversedOn = rs.getObject("reversed_on", LocalDate.class);
        if (reversedOn == null || reversedOn.isAfter(asOf)) {
            return null;
        }
        return new ReversalView(rs.getString("reversed_by"), reversedOn, rs.getString("reason"));
    }

    private static HoldingView.LeadView lead(ResultSet rs) throws SQLException {
        String name = rs.getString("lead_name");
        if (name == null) {
            return null;
        }
        return new HoldingView.LeadView(name, money(rs, "lead_amount", "lead_currency"),
                rs.getObject("lead_date", LocalDate.class));
    }

    private static Money money(ResultSet rs, String amountColumn, String currencyColumn) throws SQLException {
        BigDecimal amount = rs.getBigDecimal(amountColumn);
        return new Money(amount, Currency.getInstance(rs.getString(currencyColumn)));
    }
}
