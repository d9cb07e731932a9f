package org.ipfund.projections.capital;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.ipfund.domain.fund.CallAllocation;
import org.ipfund.domain.fund.CapitalCallReversed;
import org.ipfund.domain.fund.CapitalDistributed;
import org.ipfund.domain.fund.CapitalMovements;
import org.ipfund.domain.fund.DistributionReversed;
import org.ipfund.domain.fund.CapitalCalled;
import org.ipfund.domain.holding.ExitReversed;
import org.ipfund.domain.holding.HoldingExited;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.fund.CommitmentRecorded;
import org.ipfund.domain.fund.ContributionReceived;
import org.ipfund.domain.fund.CommitmentReversed;
import org.ipfund.domain.fund.ContributionReversed;
import org.ipfund.domain.fund.FundLaunched;
import org.ipfund.domain.fund.FundType;
import org.ipfund.domain.fund.ParentCommitmentToppedUp;
import org.ipfund.domain.fund.SubFundCommitmentReversed;
import org.ipfund.domain.fund.SubFundCommitted;
import org.ipfund.domain.fund.SubFundToppedUp;
import org.ipfund.domain.fund.SubFundLaunched;
import org.ipfund.domain.investment.InvestmentRecorded;
import org.ipfund.domain.investment.InvestmentReversed;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.policy.PolicyAmended;
import org.ipfund.domain.policy.PolicyTerms;
import org.ipfund.projections.EventPositions;
import org.ipfund.projections.EventRows;
import org.ipfund.projections.RebuildableView;
import org.ipfund.projections.ViewWrites;
import org.ipfund.projections.progress.ViewResets;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds the capital views from the events: the funds and their policies, each commitment and capital
 * call, and every money movement, from which {@link CapitalQueries} sums any position as of any date.
 * Every write is an upsert keyed by the event or the fact, so a replay never counts anything twice.
 */
@Component
@ProcessingGroup(CapitalPositionProjection.NAME)
public class CapitalPositionProjection implements RebuildableView {

    public static final String NAME = "capital-position";
    /** Each event's movements of the investors' capital, numbered. */
    private static final EventRows MOVEMENTS = EventRows.of("capital_movement", "event_id, line", """
            event_id, line, fund_id, fact_id, kind, source, commitment_id, call_id, amount, business_date, reverses,
            event_position""");
    /** The fund's money put to work (or back) by an event. */
    private static final EventRows DEPLOYMENTS = EventRows.of("capital_deployment", "event_id",
            "event_id, fund_id, fact_id, kind, amount, reverses, business_date, event_position");

    private final JdbcTemplate jdbc;
    private final EventPositions positions;
    private final ViewWrites writes;

    public CapitalPositionProjection(JdbcTemplate jdbc) {
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
        return List.of("fund_view", "fund_policy_view", "commitment_view", "capital_call_view", MOVEMENTS.table(),
                DEPLOYMENTS.table());
    }

    @Override
    public List<EventRows> eventRows() {
        return List.of(MOVEMENTS, DEPLOYMENTS);
    }

    /** Before a replay from the first event: the view is rebuilt from nothing but the events. */
    @ResetHandler
    void reset() {
        new ViewResets(jdbc).empty(this);
    }

    @EventHandler
    void on(FundLaunched event, @MessageIdentifier String eventId, TrackingToken token) {
        fund(event.fundId().value(), event.name(), event.type(), event.currency(), event.launchDate(), null, null,
                null, positions.of(eventId, token));
        policy(event.fundId().value(), 0, event.policy().terms());
    }

    @EventHandler
    void on(SubFundLaunched event, @MessageIdentifier String eventId, TrackingToken token) {
        fund(event.fundId().value(), event.name(), FundType.SUB, event.currency(), event.launchDate(),
                event.parentFundId().value(), event.targetSize(), event.parentCommitmentId().value(),
                positions.of(eventId, token));
        policy(event.fundId().value(), 0, event.policy().terms());
    }

    @EventHandler
    void on(PolicyAmended event, @SequenceNumber long sequence) {
        policy(event.fundId().value(), sequence, List.of(event.terms()));
    }

    private void fund(String fundId, String name, FundType type, Currency currency, LocalDate launchDate,
                      String parentFundId, Money targetSize, String parentCommitmentId, long position) {
        writes.insert("""
                INSERT INTO fund_view (fund_id, name, type, currency, launch_date, parent_fund_id, target_size,
                    parent_commitment_id, event_position)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (fund_id) DO UPDATE SET name = excluded.name, type = excluded.type,
                    currency = excluded.currency, launch_date = excluded.launch_date,
                    parent_fund_id = excluded.parent_fund_id, target_size = excluded.target_size,
                    parent_commitment_id = excluded.parent_commitment_id, event_position = excluded.event_position""",
                fundId, name, type.name(), currency.getCurrencyCode(), launchDate, parentFundId,
                targetSize == null ? null : targetSize.amount(), parentCommitmentId, position);
    }

    /** The versions one event adopted, keyed by that event so that a replay rewrites the same rows. */
    private void policy(String fundId, long eventSequence, List<PolicyTerms> terms) {
        for (int version = 0; version < terms.size(); version++) {
            PolicyTerms t = terms.get(version);
            writes.insert("""
                    INSERT INTO fund_policy_view (fund_id, event_sequence, version, effective_from, share_cap,
                        share_cap_amount, return_investment_multiple, follow_on_max_share_of_lead,
                        follow_on_window_days, invest_uncalled_commitments, government_share_cap,
                        ceded_exit_free_years, ceded_exit_annual_rate, ceded_exit_pricing, recycle_proceeds)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (fund_id, event_sequence, version) DO NOTHING""",
                    fundId, eventSequence, version, t.effectiveFrom(),
                    t.shareCap() == null ? null : t.shareCap().value(),
                    t.shareCapAmount() == null ? null : t.shareCapAmount().amount(),
                    t.returnInvestmentMultiple() == null ? null : t.returnInvestmentMultiple().value(),
                    t.followOnMaxShareOfLead() == null ? null : t.followOnMaxShareOfLead().value(),
                    t.followOnWindowDays(), t.investUncalledCommitments(),
                    t.governmentShareCap() == null ? null : t.governmentShareCap().value(),
                    t.cededExit() == null ? null : t.cededExit().freeYears(),
                    t.cededExit() == null ? null : t.cededExit().annualRate(),
                    t.cededExit() == null ? null : t.cededExit().pricing().name(),
                    t.recycleProceeds());
        }
    }

    @EventHandler
    void on(CommitmentRecorded event, @MessageIdentifier String eventId, TrackingToken token) {
        String fundId = event.fundId().value();
        String commitmentId = event.commitmentId().value();
        writes.insert("""
                INSERT INTO commitment_view (fund_id, commitment_id, investor, source, amount, business_date,
                    event_position)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (fund_id, commitment_id) DO NOTHING""",
                fundId, commitmentId, event.investor(), event.source().name(), event.amount().amount(),
                event.date(), positions.of(eventId, token));
        move(new Movement(eventId, 0, fundId, commitmentId, MovementKind.COMMITTED, event.source(), commitmentId,
                null, event.amount(), event.date(), null), token);
    }

    @EventHandler
    void on(CapitalCalled event, @MessageIdentifier String eventId, TrackingToken token) {
        String fundId = event.fundId().value();
        String callId = event.callId().value();
        writes.insert("""
                INSERT INTO capital_call_view (fund_id, call_id, amount, business_date, due_date, event_position)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (fund_id, call_id) DO NOTHING""",
                fundId, callId, event.amount().amount(), event.date(),
                event.dueDate(), positions.of(eventId, token));
        for (int line = 0; line < event.allocations().size(); line++) {
            CallAllocation allocation = event.allocations().get(line);
            move(new Movement(eventId, line, fundId, callId, MovementKind.CALLED, allocation.source(),
                    allocation.commitmentId().value(), callId, allocation.amount(), event.date(), null), token);
        }
    }

    @EventHandler
    void on(ContributionReceived event, @MessageIdentifier String eventId, TrackingToken token) {
        move(new Movement(eventId, 0, event.fundId().value(), event.contributionId().value(), MovementKind.PAID_IN,
                event.source(), event.commitmentId().value(), event.callId().value(), event.amount(),
                event.date(), null), token);
    }

    @EventHandler
    void on(CommitmentReversed event, @MessageIdentifier String eventId, TrackingToken token) {
        String fundId = event.fundId().value();
        writes.update("""
                UPDATE commitment_view SET reversed_by = ?, reversed_on = ?, reason = ?
                WHERE fund_id = ? AND commitment_id = ?""",
                event.correctionId().value(), event.date(), event.reason(), fundId,
                event.commitmentId().value());
        move(new Movement(eventId, 0, fundId, event.correctionId().value(), MovementKind.COMMITTED, event.source(),
                event.commitmentId().value(), null, negated(event.amount()), event.date(),
                event.commitmentId().value()), token);
    }

    @EventHandler
    void on(ContributionReversed event, @MessageIdentifier String eventId, TrackingToken token) {
        move(new Movement(eventId, 0, event.fundId().value(), event.correctionId().value(), MovementKind.PAID_IN,
                event.source(), event.commitmentId().value(), event.callId().value(), negated(event.amount()),
                event.date(), event.contributionId().value()), token);
    }

    /** The call no longer counts from the correction's date: each commitment's called amount falls back by its part. */
    @EventHandler
    void on(CapitalCallReversed event, @MessageIdentifier String eventId, TrackingToken token) {
        String fundId = event.fundId().value();
        String callId = event.callId().value();
        writes.update("""
                UPDATE capital_call_view SET reversed_by = ?, reversed_on = ?, reason = ?
                WHERE fund_id = ? AND call_id = ?""",
                event.correctionId().value(), event.date(), event.reason(), fundId, callId);
        for (int line = 0; line < event.allocations().size(); line++) {
            CallAllocation allocation = event.allocations().get(line);
            move(new Movement(eventId, line, fundId, event.correctionId().value(), MovementKind.CALLED,
                    allocation.source(), allocation.commitmentId().value(), callId, negated(allocation.amount()),
                    event.date(), callId), token);
        }
    }

    @EventHandler
    void on(InvestmentRecorded event, @MessageIdentifier String eventId, TrackingToken token) {
        deploy(eventId, event.fundId().value(), event.investmentId().value(), DeploymentKind.INVESTED,
                event.fundAmount(), null, event.date(), token);
    }

    @EventHandler
    void on(InvestmentReversed event, @MessageIdentifier String eventId, TrackingToken token) {
        deploy(eventId, event.fundId().value(), event.correctionId().value(), DeploymentKind.INVESTED,
                negated(event.fundAmount()), event.investmentId().value(), event.date(), token);
    }

    @EventHandler
    void on(SubFundCommitted event, @MessageIdentifier String eventId, TrackingToken token) {
        deploy(eventId, event.fundId().value(), event.subFundId().value(), DeploymentKind.SUB_FUND,
                event.amount(), null, event.date(), token);
    }

    /**
     * The parent's commitment to a sub-fund, top-ups included, is its own again from the correction's date (the
     * sub-fund records the same correction as the reversal of that commitment).
     */
    @EventHandler
    void on(SubFundCommitmentReversed event, @MessageIdentifier String eventId, TrackingToken token) {
        deploy(eventId, event.fundId().value(), event.correctionId().value(), DeploymentKind.SUB_FUND,
                negated(event.amount()), event.subFundId().value(), event.date(), token);
    }

    @EventHandler
    void on(SubFundToppedUp event, @MessageIdentifier String eventId, TrackingToken token) {
        deploy(eventId, event.fundId().value(), event.topUpId().value(), DeploymentKind.SUB_FUND, event.amount(), null,
                event.date(), token);
    }

    /** The parent's commitment grows by a dated movement of its own: its amount as of a date sums them. */
    @EventHandler
    void on(ParentCommitmentToppedUp event, @MessageIdentifier String eventId, TrackingToken token) {
        String fundId = event.fundId().value();
        String commitmentId = event.commitmentId().value();
        move(new Movement(eventId, 0, fundId, event.topUpId().value(), MovementKind.COMMITTED, event.source(),
                commitmentId, null, event.amount(), event.date(), null), token);
    }

    /** Investable proceeds add to the cash the fund may invest: a negative deployment. */
    @EventHandler
    void on(HoldingExited event, @MessageIdentifier String eventId, TrackingToken token) {
        CapitalMovements.investable(event).ifPresent(movement -> deploy(eventId, event.fundId().value(),
                event.exitId().value(), DeploymentKind.PROCEEDS, negated(movement.cash()), null, event.date(), token));
    }

    @EventHandler
    void on(ExitReversed event, @MessageIdentifier String eventId, TrackingToken token) {
        CapitalMovements.investable(event).ifPresent(movement -> deploy(eventId, event.fundId().value(),
                event.correctionId().value(), DeploymentKind.PROCEEDS, negated(movement.cash()),
                event.exitId().value(), event.date(), token));
    }

    /** The part of a distribution paid out of investable cash; the rest came from proceeds that could only return. */
    @EventHandler
    void on(CapitalDistributed event, @MessageIdentifier String eventId, TrackingToken token) {
        CapitalMovements.investable(event).ifPresent(movement -> deploy(eventId, event.fundId().value(),
                event.distributionId().value(), DeploymentKind.DISTRIBUTED, negated(movement.cash()), null,
                event.date(), token));
    }

    @EventHandler
    void on(DistributionReversed event, @MessageIdentifier String eventId, TrackingToken token) {
        CapitalMovements.investable(event).ifPresent(movement -> deploy(eventId, event.fundId().value(),
                event.correctionId().value(), DeploymentKind.DISTRIBUTED, negated(movement.cash()),
                event.distributionId().value(), event.date(), token));
    }

    private void deploy(String eventId, String fundId, String factId, DeploymentKind kind, Money amount,
                        String reverses, LocalDate date, TrackingToken token) {
        writes.insert(DEPLOYMENTS, eventId, fundId, factId, kind.name(), amount.amount(), reverses, date,
                positions.of(eventId, token));
    }

    private static Money negated(Money amount) {
        return Money.zero(amount.currency()).minus(amount);
    }

    private void move(Movement movement, TrackingToken token) {
        writes.insert(MOVEMENTS, movement.eventId(), movement.line(), movement.fundId(), movement.factId(),
                movement.kind().name(), movement.source().name(), movement.commitmentId(), movement.callId(),
                movement.amount().amount(), movement.date(), movement.reverses(),
                positions.of(movement.eventId(), token));
    }

    private record Movement(String eventId, int line, String fundId, String factId, MovementKind kind,
                            CapitalSource source, String commitmentId, String callId, Money amount,
                            LocalDate date, String reverses) {
    }
}
