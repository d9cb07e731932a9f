package org.ipfund.projections.holding;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipfund.domain.figures.HoldingValue;
import org.ipfund.domain.holding.ExitKind;
import org.ipfund.domain.holding.ValuationMethod;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.ipfund.projections.ReversalView;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each holding's valuations and exits as recorded, dated on or before a date, reversed ones with their reversal: what a
 * fund manager names to correct one, and what a holding's figures ({@link HoldingValue}) are read from (those that
 * stand on the date). Read once per question about a fund.
 */
public final class HoldingFacts {

    private final Map<String, List<ValuationView>> valuations = new HashMap<>();
    private final Map<String, List<ExitView>> exits = new HashMap<>();

    private HoldingFacts() {
    }

    public static HoldingFacts of(JdbcTemplate jdbc, String fundId, LocalDate asOf) {
        HoldingFacts facts = new HoldingFacts();
        jdbc.query("""
                SELECT investment_id, valuation_id, fair_value, currency, exchange_rate, fund_fair_value, fund_currency,
                       business_date, method, note, reversed_by, reversed_on, reason, event_position
                FROM valuation_view WHERE fund_id = ? AND business_date <= ? ORDER BY business_date, event_position""",
                (ResultSet rs) -> {
                    facts.valuations.computeIfAbsent(rs.getString("investment_id"), id -> new ArrayList<>())
                            .add(new ValuationView(rs.getString("valuation_id"), money(rs, "fair_value", "currency"),
                                    rs.getBigDecimal("exchange_rate"), money(rs, "fund_fair_value", "fund_currency"),
                                    rs.getObject("business_date", LocalDate.class),
                                    ValuationMethod.valueOf(rs.getString("method")), rs.getString("note"),
                                    rs.getLong("event_position"), ReversalView.of(rs, asOf)));
                }, fundId, asOf);
        jdbc.query("""
                SELECT investment_id, exit_id, kind, share, proceeds, currency, exchange_rate, fund_proceeds,
                       fund_currency, cost_released, realised_gain, ceded_price, buyer, reinvestable, closes,
                       business_date, reversed_by, reversed_on, reason, event_position
                FROM exit_view WHERE fund_id = ? AND business_date <= ? ORDER BY business_date, event_position""",
                (ResultSet rs) -> {
                    BigDecimal cededPrice = rs.getBigDecimal("ceded_price");
                    facts.exits.computeIfAbsent(rs.getString("investment_id"), id -> new ArrayList<>())
                            .add(new ExitView(rs.getString("exit_id"), ExitKind.valueOf(rs.getString("kind")),
                                    new Ratio(rs.getBigDecimal("share")), money(rs, "proceeds", "currency"),
                                    rs.getBigDecimal("exchange_rate"), money(rs, "fund_proceeds", "fund_currency"),
                                    money(rs, "cost_released", "fund_currency"),
                                    money(rs, "realised_gain", "fund_currency"),
                                    cededPrice == null ? null : new Money(cededPrice,
                                            Currency.getInstance(rs.getString("fund_currency"))),
                                    rs.getString("buyer"), rs.getBoolean("reinvestable"), rs.getBoolean("closes"),
                                    rs.getObject("business_date", LocalDate.class), rs.getLong("event_position"),
                                    ReversalView.of(rs, asOf)));
                }, fundId, asOf);
        return facts;
    }

    /** A holding's valuations as recorded, reversed ones included. */
    public List<ValuationView> valuationsOf(String investmentId) {
        return List.copyOf(valuations.getOrDefault(investmentId, List.of()));
    }

    /** A holding's exits as recorded, reversed ones included. */
    public List<ExitView> exitsOf(String investmentId) {
        return List.copyOf(exits.getOrDefault(investmentId, List.of()));
    }

    /** A holding's valuations that stand on the date, as its value is figured from them. */
    List<HoldingValue.Valuation> standingValuationsOf(String investmentId) {
        return valuationsOf(investmentId).stream().filter(valuation -> valuation.reversal() == null)
                .map(valuation -> new HoldingValue.Valuation(valuation.date(), valuation.fundFairValue(),
                        valuation.position()))
                .toList();
    }

    /** A holding's exits that stand on the date, as its value is figured from them. */
    List<HoldingValue.Exit> standingExitsOf(String investmentId) {
        return exitsOf(investmentId).stream().filter(exit -> exit.reversal() == null)
                .map(exit -> new HoldingValue.Exit(exit.date(), exit.share(), exit.fundProceeds(),
                        exit.costReleased(), exit.realisedGain(), exit.closes(), exit.position()))
                .toList();
    }

    private static Money money(ResultSet rs, String amountColumn, String currencyColumn) throws SQLException {
        return new Money(rs.getBigDecimal(amountColumn), Currency.getInstance(rs.getString(currencyColumn)));
    }

    /** A valuation of a holding: in its currency, at the day's rate where foreign, and in the fund's. */
    public record ValuationView(String valuationId, Money fairValue, BigDecimal exchangeRate, Money fundFairValue,
                                LocalDate date, ValuationMethod method, String note, long position,
                                ReversalView reversal) {
    }

    /** An exit from a holding with what it was judged with: its cost released, gain and, ceded, its policy price. */
    public record ExitView(String exitId, ExitKind kind, Ratio share, Money proceeds, BigDecimal exchangeRate,
                           Money fundProceeds, Money costReleased, Money realisedGain, Money cededPrice, String buyer,
                           boolean reinvestable, boolean closes, LocalDate date, long position,
                           ReversalView reversal) {
    }
}
