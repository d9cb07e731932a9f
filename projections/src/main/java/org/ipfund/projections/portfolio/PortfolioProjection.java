package org.ipfund.projections.portfolio;

import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.ipfund.domain.holding.ExitReversed;
import org.ipfund.domain.holding.HoldingExited;
import org.ipfund.domain.holding.ValuationRecorded;
import org.ipfund.domain.holding.ValuationReversed;
import org.ipfund.domain.investment.CoInvestmentRecorded;
import org.ipfund.domain.investment.CoInvestmentReversed;
import org.ipfund.domain.investment.Company;
import org.ipfund.domain.investment.FollowOnInvestmentRecorded;
import org.ipfund.domain.investment.InvestmentRecorded;
import org.ipfund.domain.investment.InvestmentReversed;
import org.ipfund.domain.investment.Lead;
import org.ipfund.domain.money.ExchangeRate;
import org.ipfund.projections.EventPositions;
import org.ipfund.projections.RebuildableView;
import org.ipfund.projections.ViewWrites;
import org.ipfund.projections.progress.ViewResets;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds the portfolio from the events: each deal with its company, cost and lead, each co-investor it drew in, and
 * each valuation and exit of a holding (a deal, or a stake in a sub-fund). Rows are keyed by the fact, so a replay or
 * a redelivery rewrites them rather than adding any.
 */
@Component
@ProcessingGroup(PortfolioProjection.NAME)
public class PortfolioProjection implements RebuildableView {

    public static final String NAME = "portfolio";

    private final JdbcTemplate jdbc;
    private final EventPositions positions;
    private final ViewWrites writes;

    public PortfolioProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.positions = new EventPositions(jdbc);
        this.writes = new ViewWrites(jdbc);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> tables() {
        return List.of("investment_view", "co_investment_view", "valuation_view", "exit_view");
    }

    /** Before a replay from the first event: the view is rebuilt from nothing but the events. */
    @ResetHandler
    void reset() {
        new ViewResets(jdbc).empty(this);
    }

    @EventHandler
    void on(InvestmentRecorded event, @MessageIdentifier String eventId, TrackingToken token) {
        Company company = event.company();
        Lead lead = event instanceof FollowOnInvestmentRecorded followOn ? followOn.lead() : null;
        writes.insert("""
                INSERT INTO investment_view (fund_id, investment_id, kind, company_name, sector, country, region,
                    amount, currency, exchange_rate, fund_amount, fund_currency, business_date, lead_name,
                    lead_amount, lead_currency, lead_date, in_target_region, event_position)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (fund_id, investment_id) DO NOTHING""",
                event.fundId().value(), event.investmentId().value(), event.kind().name(), company.name(),
                company.sector(), company.country(), company.region(), event.amount().amount(),
                event.amount().currency().getCurrencyCode(), rate(event.exchangeRate()), event.fundAmount().amount(),
                event.fundAmount().currency().getCurrencyCode(), event.date(), lead == null ? null : lead.name(),
                lead == null ? null : lead.amount().amount(),
                lead == null ? null : lead.amount().currency().getCurrencyCode(),
                lead == null ? null : lead.date(), event.inTargetRegion(),
                positions.of(eventId, token));
    }

    @EventHandler
    void on(CoInvestmentRecorded event, @MessageIdentifier String eventId, TrackingToken token) {
        writes.insert("""
                INSERT INTO co_investment_view (fund_id, co_investment_id, investment_id, investor, source, amount,
                    currency, exchange_rate, fund_amount, fund_currency, business_date, event_position)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (fund_id, co_investment_id) DO NOTHING""",
                event.fundId().value(), event.coInvestmentId().value(), event.investmentId().value(),
                event.investor(), event.source().name(), event.amount().amount(),
                event.amount().currency().getCurrencyCode(), rate(event.exchangeRate()), event.fundAmount().amount(),
                event.fundAmount().currency().getCurrencyCode(), event.date(),
                positions.of(eventId, token));
    }

    @EventHandler
    void on(InvestmentReversed event) {
        writes.update("""
                UPDATE investment_view SET reversed_by = ?, reversed_on = ?, reason = ?
                WHERE fund_id = ? AND investment_id = ?""",
                event.correctionId().value(), event.date(), event.reason(), event.fundId().value(),
                event.investmentId().value());
    }

    @EventHandler
    void on(CoInvestmentReversed event) {
        writes.update("""
                UPDATE co_investment_view SET reversed_by = ?, reversed_on = ?, reason = ?
                WHERE fund_id = ? AND co_investment_id = ?""",
                event.correctionId().value(), event.date(), event.reason(), event.fundId().value(),
                event.coInvestmentId().value());
    }

    @EventHandler
    void on(ValuationRecorded event, @MessageIdentifier String eventId, TrackingToken token) {
        writes.insert("""
                INSERT INTO valuation_view (fund_id, valuation_id, investment_id, fair_value, currency, exchange_rate,
                    fund_fair_value, fund_currency, business_date, method, note, event_position)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (fund_id, valuation_id) DO NOTHING""",
                event.fundId().value(), event.valuationId().value(), event.investmentId().value(),
                event.fairValue().amount(), event.fairValue().currency().getCurrencyCode(),
                rate(event.exchangeRate()), event.fundFairValue().amount(),
                event.fundFairValue().currency().getCurrencyCode(), event.date(), event.method().name(),
                event.note(), positions.of(eventId, token));
    }

    @EventHandler
    void on(ValuationReversed event) {
        writes.update("""
                UPDATE valuation_view SET reversed_by = ?, reversed_on = ?, reason = ?
                WHERE fund_id = ? AND valuation_id = ?""",
                event.correctionId().value(), event.date(), event.reason(), event.fundId().value(),
                event.valuationId().value());
    }

    @EventHandler
    void on(HoldingExited event, @MessageIdentifier String eventId, TrackingToken token) {
        writes.insert("""
                INSERT INTO exit_view (fund_id, exit_id, investment_id, kind, share, proceeds, currency, exchange_rate,
                    fund_proceeds, fund_currency, cost_released, realised_gain, ceded_price, buyer, reinvestable,
                    closes, business_date, event_position)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (fund_id, exit_id) DO NOTHING""",
                event.fundId().value(), event.exitId().value(), event.investmentId().value(), event.kind().name(),
                event.share().value(), event.proceeds().amount(), event.proceeds().currency().getCurrencyCode(),
                rate(event.exchangeRate()), event.fundProceeds().amount(),
                event.fundProceeds().currency().getCurrencyCode(), event.costReleased().amount(),
                event.realisedGain().amount(), event.cededPrice() == null ? null : event.cededPrice().amount(),
                event.buyer(), event.reinvestable(), event.closes(), event.date(), positions.of(eventId, token));
    }

    @EventHandler
    void on(ExitReversed event) {
        writes.update("""
                UPDATE exit_view SET reversed_by = ?, reversed_on = ?, reason = ?
                WHERE fund_id = ? AND exit_id = ?""",
                event.correctionId().value(), event.date(), event.reason(), event.fundId().value(),
                event.exitId().value());
    }

    private static java.math.BigDecimal rate(ExchangeRate rate) {
        return rate == null ? null : rate.value();
    }
}
