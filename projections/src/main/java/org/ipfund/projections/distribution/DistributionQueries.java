package org.ipfund.projections.distribution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.money.Money;
import org.ipfund.projections.ReversalView;
import org.ipfund.projections.distribution.DistributionsView.Allocation;
import org.ipfund.projections.distribution.DistributionsView.Distribution;
import org.ipfund.projections.distribution.DistributionsView.Totals;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the distributions query from the tables {@link DistributionsProjection} keeps, as of any date. */
@Component
public class DistributionQueries {

    private final JdbcTemplate jdbc;

    public DistributionQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public DistributionsView handle(FindDistributions query) {
        List<String> currencies = jdbc.queryForList("SELECT currency FROM fund_view WHERE fund_id = ?", String.class,
                query.fundId());
        if (currencies.isEmpty()) {
            return null;
        }
        Currency currency = Currency.getInstance(currencies.get(0));
        LocalDate asOf = query.asOf();
        Map<String, List<Allocation>> allocations = allocations(query.fundId(), asOf, currency);
        List<Distribution> distributions = jdbc.query("""
                SELECT distribution_id, amount, business_date, from_proceeds, from_capital, reversed_by, reversed_on,
                       reason
                FROM distribution_view WHERE fund_id = ? AND business_date <= ?
                ORDER BY business_date, event_position""",
                (rs, row) -> new Distribution(rs.getString("distribution_id"), money(rs, "amount", currency),
                        rs.getObject("business_date", LocalDate.class), money(rs, "from_proceeds", currency),
                        money(rs, "from_capital", currency), ReversalView.of(rs, asOf),
                        allocations.getOrDefault(rs.getString("distribution_id"), List.of())),
                query.fundId(), asOf);
        Totals total = Totals.zero(currency);
        Map<String, Totals> byInvestor = new LinkedHashMap<>();
        Map<CapitalSource, Totals> bySource = new EnumMap<>(CapitalSource.class);
        for (CapitalSource source : CapitalSource.values()) {
            bySource.put(source, Totals.zero(currency));
        }
        for (Distribution distribution : distributions) {
            if (distribution.reversal() != null) {
                continue;
            }
            for (Allocation allocation : distribution.allocations()) {
                total = total.plus(allocation);
                byInvestor.merge(allocation.investor(), Totals.zero(currency).plus(allocation),
                        (sum, more) -> sum.plus(allocation));
                bySource.put(allocation.source(), bySource.get(allocation.source()).plus(allocation));
            }
        }
        return new DistributionsView(query.fundId(), asOf, total, byInvestor, bySource, distributions);
    }

    /** The distribution, or null when the fund made none of that id dated on or before the day asked. */
    @QueryHandler
    public Distribution handle(FindDistribution query) {
        DistributionsView all = handle(new FindDistributions(query.fundId(), query.asOf()));
        if (all == null) {
            return null;
        }
        return all.distributions().stream()
                .filter(distribution -> distribution.distributionId().equals(query.distributionId()))
                .findFirst().orElse(null);
    }

    private Map<String, List<Allocation>> allocations(String fundId, LocalDate asOf, Currency currency) {
        Map<String, List<Allocation>> byDistribution = new HashMap<>();
        jdbc.query("""
                SELECT a.distribution_id, a.commitment_id, a.investor, a.source, a.amount, a.return_of_capital, a.gain
                FROM distribution_allocation_view a
                JOIN distribution_view d ON d.fund_id = a.fund_id AND d.distribution_id = a.distribution_id
                WHERE a.fund_id = ? AND d.business_date <= ?
                ORDER BY a.distribution_id, a.line""",
                (ResultSet rs) -> {
                    byDistribution.computeIfAbsent(rs.getString("distribution_id"), id -> new ArrayList<>())
                            .add(new Allocation(rs.getString("commitment_id"), rs.getString("investor"),
                                    CapitalSource.valueOf(rs.getString("source")), money(rs, "amount", currency),
                                    money(rs, "return_of_capital", currency), money(rs, "gain", currency)));
                }, fundId, asOf);
        return byDistribution;
    }

    private static Money money(ResultSet rs, String column, Currency currency) throws SQLException {
        return new Money(rs.getBigDecimal(column), currency);
    }
}
