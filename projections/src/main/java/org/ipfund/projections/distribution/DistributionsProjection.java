package org.ipfund.projections.distribution;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.ipfund.domain.fund.CapitalDistributed;
import org.ipfund.domain.fund.DistributionAllocation;
import org.ipfund.domain.fund.DistributionReversed;
import org.ipfund.projections.EventPositions;
import org.ipfund.projections.RebuildableView;
import org.ipfund.projections.ViewWrites;
import org.ipfund.projections.progress.ViewResets;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds the distributions view from the events: each distribution (分配) to a fund's investors and what each
 * commitment received of it, capital returned and gain. Rows are keyed by the distribution (and its line), so a
 * replay rewrites them; a reversal marks the distribution, whose rows stay.
 */
@Component
@ProcessingGroup(DistributionsProjection.NAME)
public class DistributionsProjection implements RebuildableView {

    public static final String NAME = "distributions";

    private final JdbcTemplate jdbc;
    private final EventPositions positions;
    private final ViewWrites writes;

    public DistributionsProjection(JdbcTemplate jdbc) {
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
        return List.of("distribution_view", "distribution_allocation_view");
    }

    /** Before a replay from the first event: the view is rebuilt from nothing but the events. */
    @ResetHandler
    void reset() {
        new ViewResets(jdbc).empty(this);
    }

    @EventHandler
    void on(CapitalDistributed event, @MessageIdentifier String eventId, TrackingToken token) {
        String fundId = event.fundId().value();
        String distributionId = event.distributionId().value();
        writes.insert("""
                INSERT INTO distribution_view (fund_id, distribution_id, amount, currency, from_proceeds, from_capital,
                    business_date, event_position)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (fund_id, distribution_id) DO NOTHING""",
                fundId, distributionId, event.amount().amount(), event.amount().currency().getCurrencyCode(),
                event.fromProceeds().amount(), event.fromCapital().amount(), event.date(),
                positions.of(eventId, token));
        List<Object[]> lines = new ArrayList<>();
        for (int line = 0; line < event.allocations().size(); line++) {
            DistributionAllocation allocation = event.allocations().get(line);
            lines.add(new Object[] {fundId, distributionId, line, allocation.commitmentId().value(),
                    allocation.investor(), allocation.source().name(), allocation.amount().amount(),
                    allocation.returnOfCapital().amount(), allocation.gain().amount()});
        }
        writes.insertAll("""
                INSERT INTO distribution_allocation_view (fund_id, distribution_id, line, commitment_id, investor,
                    source, amount, return_of_capital, gain)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (fund_id, distribution_id, line) DO NOTHING""", lines);
    }

    @EventHandler
    void on(DistributionReversed event) {
        writes.update("""
                UPDATE distribution_view SET reversed_by = ?, reversed_on = ?, reason = ?
                WHERE fund_id = ? AND distribution_id = ?""",
                event.correctionId().value(), event.date(), event.reason(), event.fundId().value(),
                event.distributionId().value());
    }
}
