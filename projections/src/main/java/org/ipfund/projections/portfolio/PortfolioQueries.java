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
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.investment.Company;
import org.ipfund.domain.figures.HoldingValue;
import org.ipfund.domain.money.Money;
import org.ipfund.projections.ReversalView;
import org.ipfund.projections.holding.FundBooks;
import org.ipfund.projections.holding.HoldingFacts;
import org.ipfund.projections.holding.FundPosition;
import org.ipfund.projections.holding.HoldingKind;
import org.ipfund.projections.holding.ValuedHolding;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers the portfolio queries from the tables {@link PortfolioProjection} keeps, as of any date, each holding valued
 * by {@link FundBooks} (which also reads the capital and distributions views, for the stakes in sub-funds).
 */
@Component
public class PortfolioQueries {

    private static final String HOLDINGS = """
            SELECT investment_id, kind, company_name, sector, country, region, amount, currency, exchange_rate,
                   fund_amount, fund_currency, business_date, lead_name, lead_amount, lead_currency, lead_date,
                   in_target_region, reversed_by, reversed_on, reason
            FROM investment_view WHERE fund_id = ? AND business_date <= ?""";

    private final JdbcTemplate jdbc;
    private final FundBooks books;

    public PortfolioQueries(JdbcTemplate jdbc, FundBooks books) {
        this.jdbc = jdbc;
        this.books = books;
    }

    @QueryHandler
    public PortfolioView handle(FindPortfolio query) {
        Optional<Currency> known = books.currencyOf(query.fundId());
        if (known.isEmpty()) {
            return null;
        }
        Currency currency = known.get();
        FundPosition position = books.position(query.fundId(), currency, query.asOf());
        List<HoldingView> holdings = new ArrayList<>(deals(position, HOLDINGS + " ORDER BY business_date, event_position",
                query.fundId(), query.asOf()));
        Money invested = holdings.stream().map(HoldingView::cost).reduce(Money.zero(currency), Money::plus);
        List<HoldingView> stakes = stakes(position, books.subFunds(query.fundId(), query.asOf()));
        Money committedToSubFunds = stakes.stream().map(HoldingView::cost).reduce(Money.zero(currency), Money::plus);
        holdings.addAll(stakes);
        return new PortfolioView(query.fundId(), query.asOf(), invested, committedToSubFunds, position.fairValue(),
                holdings);
    }

    /** A deal, or a stake in a sub-fund named by the sub-fund's id. */
    @QueryHandler
    public HoldingView handle(FindInvestment query) {
        Optional<Currency> known = books.currencyOf(query.fundId());
        if (known.isEmpty()) {
            return null;
        }
        FundPosition position = books.position(query.fundId(), known.get(), query.asOf());
        List<HoldingView> found = new ArrayList<>(deals(position, HOLDINGS + " AND investment_id = ?",
                query.fundId(), query.asOf(), query.investmentId()));
        stakes(position, books.subFunds(query.fundId(), query.asOf())).stream()
                .filter(stake -> stake.investmentId().equals(query.investmentId())).forEach(found::add);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * The fund's stakes in its sub-funds, in the order the sub-funds were launched: those it holds, valued, and those
     * whose commitment was reversed, listed with the reversal at nothing.
     */
    private List<HoldingView> stakes(FundPosition position, List<FundBooks.SubFund> subFunds) {
        HoldingFacts facts = position.facts();
        Map<String, ValuedHolding> held = new HashMap<>();
        position.holdings().stream().filter(holding -> holding.kind() == HoldingKind.SUB_FUND)
                .forEach(holding -> held.put(holding.investmentId(), holding));
        Money zero = Money.zero(position.currency());
        List<HoldingView> stakes = new ArrayList<>();
        for (FundBooks.SubFund subFund : subFunds) {
            Money recorded = new Money(subFund.committed(), position.currency());
            ValuedHolding holding = held.get(subFund.fundId());
            if (holding == null) {
                stakes.add(new HoldingView(subFund.fundId(), HoldingKind.SUB_FUND, null, recorded, null, recorded,
                        zero, subFund.launchDate(), null, false, subFund.reversal(), List.of(), Map.of(), zero, null,
                        zero, zero, zero, zero, null, false, new HoldingView.StakeView(subFund.fundId(),
                                subFund.name(), subFund.parentCommitmentId(), zero, zero, null, zero),
                        facts.valuationsOf(subFund.fundId()), facts.exitsOf(subFund.fundId())));
                continue;
            }
            HoldingValue value = holding.value();
            ValuedHolding.Stake stake = holding.stake();
            stakes.add(new HoldingView(holding.investmentId(), HoldingKind.SUB_FUND, null, recorded, null, recorded,
                    value.cost(), holding.date(), null, false, null, List.of(), Map.of(), value.fairValue(),
                    value.valuationDate(), value.proceeds(), value.costReleased(), value.realisedGain(),
                    value.unrealisedGain(), holding.moic(), value.closed(),
                    new HoldingView.StakeView(stake.subFundId(), holding.name(), stake.commitmentId(),
                            stake.paidIn(), stake.received(), stake.share(), stake.subFundNav()),
                    facts.valuationsOf(holding.investmentId()), facts.exitsOf(holding.investmentId())));
        }
        return stakes;
    }

    private List<HoldingView> deals(FundPosition position, String sql, Object... arguments) {
        String fundId = position.fundId();
        LocalDate asOf = position.asOf();
        Map<String, ValuedHolding> valued = new HashMap<>();
        position.holdings().forEach(holding -> valued.put(holding.investmentId(), holding));
        Map<String, List<CoInvestorView>> coInvestors = coInvestors(fundId, asOf);
        HoldingFacts facts = position.facts();
        return jdbc.query(sql, (rs, row) -> {
            String investmentId = rs.getString("investment_id");
            Currency fundCurrency = Currency.getInstance(rs.getString("fund_currency"));
            ReversalView reversal = ReversalView.of(rs, asOf);
            Money recordedCost = new Money(rs.getBigDecimal("fund_amount"), fundCurrency);
            List<CoInvestorView> others = coInvestors.getOrDefault(investmentId, List.of());
            Map<CapitalSource, Money> bySource = new EnumMap<>(CapitalSource.class);
            for (CoInvestorView other : others) {
                bySource.merge(other.source(), other.inFundCurrency(), Money::plus);
            }
            Money zero = Money.zero(fundCurrency);
            // a deal that stands is valued; a reversed one stays listed at nothing
            ValuedHolding holding = reversal == null ? valued.get(investmentId) : null;
            HoldingValue value = holding == null
                    ? new HoldingValue(zero, zero, zero, zero, zero, zero, null, zero, null, false) : holding.value();
            return new HoldingView(investmentId, HoldingKind.valueOf(rs.getString("kind")),
                    new Company(rs.getString("company_name"), rs.getString("sector"), rs.getString("country"),
                            rs.getString("region")),
                    money(rs, "amount", "currency"), rs.getBigDecimal("exchange_rate"), recordedCost,
                    reversal == null ? recordedCost : zero,
                    rs.getObject("business_date", LocalDate.class), lead(rs), rs.getBoolean("in_target_region"),
                    reversal, others, bySource, value.fairValue(), value.valuationDate(), value.proceeds(),
                    value.costReleased(), value.realisedGain(), value.unrealisedGain(),
                    holding == null ? null : holding.moic(), value.closed(), null, facts.valuationsOf(investmentId),
                    facts.exitsOf(investmentId));
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
                    ReversalView reversal = ReversalView.of(rs, asOf);
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
