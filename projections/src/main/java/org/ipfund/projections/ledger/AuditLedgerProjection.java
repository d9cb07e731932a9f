package org.ipfund.projections.ledger;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.ipfund.domain.fund.CapitalCallReversed;
import org.ipfund.domain.fund.CapitalCalled;
import org.ipfund.domain.fund.CapitalDistributed;
import org.ipfund.domain.fund.CommitmentRecorded;
import org.ipfund.domain.fund.CommitmentReversed;
import org.ipfund.domain.fund.ContributionReceived;
import org.ipfund.domain.fund.ContributionReversed;
import org.ipfund.domain.fund.DistributionReversed;
import org.ipfund.domain.fund.ParentCommitmentToppedUp;
import org.ipfund.domain.fund.SubFundCommitmentReversed;
import org.ipfund.domain.fund.SubFundCommitted;
import org.ipfund.domain.fund.SubFundToppedUp;
import org.ipfund.domain.holding.ExitReversed;
import org.ipfund.domain.holding.HoldingExited;
import org.ipfund.domain.holding.ValuationRecorded;
import org.ipfund.domain.holding.ValuationReversed;
import org.ipfund.domain.investment.CoInvestmentRecorded;
import org.ipfund.domain.investment.CoInvestmentReversed;
import org.ipfund.domain.investment.InvestmentRecorded;
import org.ipfund.domain.investment.InvestmentReversed;
import org.ipfund.projections.EventPositions;
import org.ipfund.projections.EventRows;
import org.ipfund.projections.RebuildableView;
import org.ipfund.projections.ViewWrites;
import org.ipfund.projections.progress.ViewResets;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Posts every money movement to the double-entry audit ledger as balanced lines ({@link LedgerPostings}), each
 * pointing back to its event. A reversal posts the opposite of the very transfer the reversed fact posted: the
 * original lines stay, as history does. Rows are keyed by
 * the event's identifier and the line, so a replay or a redelivery never doubles a line. Events that move
 * no money (launches, policy amendments) post nothing; a valuation moves none but posts what it stated in memo
 * accounts.
 */
@Component
@ProcessingGroup(AuditLedgerProjection.NAME)
public class AuditLedgerProjection implements RebuildableView {

    public static final String NAME = "audit-ledger";
    /** The ledger's lines: an event's postings, numbered. */
    private static final EventRows LINES = EventRows.of("ledger_entry", "event_id, line", """
            event_id, line, fund_id, event_position, business_date, account, source, fact_id, debit, credit,
            currency""");

    private final JdbcTemplate jdbc;
    private final EventPositions positions;
    private final ViewWrites writes;

    public AuditLedgerProjection(JdbcTemplate jdbc) {
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
        return List.of(LINES.table());
    }

    @Override
    public List<EventRows> eventRows() {
        return List.of(LINES);
    }

    /** Before a replay from the first event: the ledger is rebuilt from nothing but the events. */
    @ResetHandler
    void reset() {
        new ViewResets(jdbc).empty(this);
    }

    @EventHandler
    void on(CommitmentRecorded event, @MessageIdentifier String eventId, TrackingToken token) {
        post(eventId, token, LedgerPostings.of(event));
    }

    @EventHandler
    void on(CapitalCalled event, @MessageIdentifier String eventId, TrackingToken token) {
        post(eventId, token, LedgerPostings.of(event));
    }

    @EventHandler
    void on(ContributionReceived event, @MessageIdentifier String eventId, TrackingToken token) {
        post(eventId, token, LedgerPostings.of(event));
    }

    @EventHandler
    void on(InvestmentRecorded event, @MessageIdentifier String eventId, TrackingToken token) {
        post(eventId, token, LedgerPostings.of(event));
    }

    @EventHandler
    void on(SubFundCommitted event, @MessageIdentifier String eventId, TrackingToken token) {
        post(eventId, token, LedgerPostings.of(event));
    }

    @EventHandler
    void on(SubFundToppedUp event, @MessageIdentifier String eventId, TrackingToken token) {
        post(eventId, token, LedgerPostings.of(event));
    }

    @EventHandler
    void on(SubFundCommitmentReversed event, @MessageIdentifier String eventId, TrackingToken token) {
        post(eventId, token, LedgerPostings.of(event));
    }

    @EventHandler
    void on(ParentCommitmentToppedUp event, @MessageIdentifier String eventId, TrackingToken token) {
        post(eventId, token, LedgerPostings.of(event));
    }

    @EventHandler
    void on(CoInvestmentRecorded event, @MessageIdentifier String eventId, TrackingToken token) {
        post(eventId, token, LedgerPostings.of(event));
    }

    @EventHandler
    void on(CommitmentReversed event, @MessageIdentifier String eventId, TrackingToken token) {
        post(eventId, token, LedgerPostings.of(event));
    }

    @EventHandler
    void on(ContributionReversed event, @MessageIdentifier String eventId, TrackingToken token) {
        post(eventId, token, LedgerPostings.of(event));
    }

    @EventHandler
    void on(InvestmentReversed event, @MessageIdentifier String eventId, TrackingToken token) {
        post(eventId, token, LedgerPostings.of(event));
    }

    @EventHandler
    void on(CoInvestmentReversed event, @MessageIdentifier String eventId, TrackingToken token) {
        post(eventId, token, LedgerPostings.of(event));
    }

    @EventHandler
    void on(ValuationRecorded event, @MessageIdentifier String eventId, TrackingToken token) {
        post(eventId, token, LedgerPostings.of(event));
    }

    @EventHandler
    void on(HoldingExited event, @MessageIdentifier String eventId, TrackingToken token) {
        post(eventId, token, LedgerPostings.of(event));
    }

    @EventHandler
    void on(CapitalDistributed event, @MessageIdentifier String eventId, TrackingToken token) {
        post(eventId, token, LedgerPostings.of(event));
    }

    @EventHandler
    void on(CapitalCallReversed event, @MessageIdentifier String eventId, TrackingToken token) {
        post(eventId, token, LedgerPostings.of(event));
    }

    @EventHandler
    void on(ValuationReversed event, @MessageIdentifier String eventId, TrackingToken token) {
        post(eventId, token, LedgerPostings.of(event));
    }

    @EventHandler
    void on(ExitReversed event, @MessageIdentifier String eventId, TrackingToken token) {
        post(eventId, token, LedgerPostings.of(event));
    }

    @EventHandler
    void on(DistributionReversed event, @MessageIdentifier String eventId, TrackingToken token) {
        post(eventId, token, LedgerPostings.of(event));
    }

    /**
     * Writes an event's lines ({@link LedgerPostings}) with its id and position. A negative amount is refused by
     * the table's check, which stops the processor rather than let a wrong line into the books.
     */
    private void post(String eventId, TrackingToken token, List<LedgerPostings.Posting> postings) {
        long position = positions.of(eventId, token);
        List<Object[]> lines = new ArrayList<>();
        for (LedgerPostings.Posting posting : postings) {
            lines.add(new Object[] {eventId, posting.line(), posting.fundId(), position,
                    posting.businessDate(), posting.account().name(),
                    posting.source() == null ? null : posting.source().name(), posting.factId(), posting.debit(),
                    posting.credit(), posting.currency()});
        }
        writes.insertAll(LINES, lines);
    }
}
