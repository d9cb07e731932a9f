package org.ipfund.projections.ledger;

import static org.ipfund.projections.ledger.LedgerAccount.CAPITAL_RECEIVABLE;
import static org.ipfund.projections.ledger.LedgerAccount.CASH;
import static org.ipfund.projections.ledger.LedgerAccount.COMMITTED_CAPITAL;
import static org.ipfund.projections.ledger.LedgerAccount.CO_INVESTED_CAPITAL;
import static org.ipfund.projections.ledger.LedgerAccount.CO_INVESTORS_MEMO;
import static org.ipfund.projections.ledger.LedgerAccount.INVESTMENTS_AT_COST;
import static org.ipfund.projections.ledger.LedgerAccount.SUB_FUND_COMMITMENTS;
import static org.ipfund.projections.ledger.LedgerAccount.SUB_FUND_OBLIGATIONS;
import static org.ipfund.projections.ledger.LedgerAccount.UNCALLED_COMMITMENTS;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundId;
import org.ipfund.domain.fund.CallAllocation;
import org.ipfund.domain.fund.CapitalCalled;
import org.ipfund.domain.fund.CommitmentRecorded;
import org.ipfund.domain.fund.CommitmentReversed;
import org.ipfund.domain.fund.ContributionReceived;
import org.ipfund.domain.fund.ContributionReversed;
import org.ipfund.domain.fund.ParentCommitmentToppedUp;
import org.ipfund.domain.fund.SubFundCommitted;
import org.ipfund.domain.fund.SubFundToppedUp;
import org.ipfund.domain.investment.CoInvestmentRecorded;
import org.ipfund.domain.investment.CoInvestmentReversed;
import org.ipfund.domain.investment.InvestmentRecorded;
import org.ipfund.domain.investment.InvestmentReversed;
import org.ipfund.domain.money.Money;
import org.ipfund.projections.EventPositions;
import org.ipfund.projections.RebuildableView;
import org.ipfund.projections.ViewWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Posts every money movement to the double-entry audit ledger as balanced lines, each pointing back to its
 * event. A reversal posts the opposite of the very transfer the reversed fact posted, with the amount the
 * reversal carries, on the correction's date: the original lines stay, as history does. Rows are keyed by
 * the event's identifier and the line, so a replay or a redelivery never doubles a line. Events that move
 * no money (launches, policy amendments) post nothing.
 */
@Component
@ProcessingGroup(AuditLedgerProjection.NAME)
public class AuditLedgerProjection implements RebuildableView {

    public static final String NAME = "audit-ledger";

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
        return List.of("ledger_entry");
    }

    /** Before a replay from the first event: the ledger is rebuilt from nothing but the events. */
    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE " + String.join(", ", tables()));
    }

    @EventHandler
    void on(CommitmentRecorded event, @MessageIdentifier String eventId, TrackingToken token) {
        post(eventId, token, event.fundId(), event.date(), event.commitmentId().value(),
                List.of(commitment(event.source(), event.amount())));
    }

    @EventHandler
    void on(CapitalCalled event, @MessageIdentifier String eventId, TrackingToken token) {
        post(eventId, token, event.fundId(), event.date(), event.callId().value(),
                event.allocations().stream().map(AuditLedgerProjection::call).toList());
    }

    @EventHandler
    void on(ContributionReceived event, @MessageIdentifier String eventId, TrackingToken token) {
        post(eventId, token, event.fundId(), event.date(), event.contributionId().value(),
                List.of(contribution(event.source(), event.amount())));
    }

    @EventHandler
    void on(InvestmentRecorded event, @MessageIdentifier String eventId, TrackingToken token) {
        post(eventId, token, event.fundId(), event.date(), event.investmentId().value(),
                List.of(investment(event.fundAmount())));
    }

    @EventHandler
    void on(SubFundCommitted event, @MessageIdentifier String eventId, TrackingToken token) {
        post(eventId, token, event.fundId(), event.date(), event.subFundId().value(),
                List.of(new Transfer(SUB_FUND_COMMITMENTS, SUB_FUND_OBLIGATIONS, event.source(), event.amount())));
    }

    @EventHandler
    void on(SubFundToppedUp event, @MessageIdentifier String eventId, TrackingToken token) {
        post(eventId, token, event.fundId(), event.date(), event.topUpId().value(),
                List.of(new Transfer(SUB_FUND_COMMITMENTS, SUB_FUND_OBLIGATIONS, event.source(), event.amount())));
    }

    @EventHandler
    void on(ParentCommitmentToppedUp event, @MessageIdentifier String eventId, TrackingToken token) {
        post(eventId, token, event.fundId(), event.date(), event.topUpId().value(),
                List.of(commitment(event.source(), event.amount())));
    }

    @EventHandler
    void on(CoInvestmentRecorded event, @MessageIdentifier String eventId, TrackingToken token) {
        post(eventId, token, event.fundId(), event.date(), event.coInvestmentId().value(),
                List.of(coInvestment(event.source(), event.fundAmount())));
    }

    @EventHandler
    void on(CommitmentReversed event, @MessageIdentifier String eventId, TrackingToken token) {
        post(eventId, token, event.fundId(), event.date(), event.correctionId().value(),
                List.of(commitment(event.source(), event.amount()).reversed()));
    }

    @EventHandler
    void on(ContributionReversed event, @MessageIdentifier String eventId, TrackingToken token) {
        post(eventId, token, event.fundId(), event.date(), event.correctionId().value(),
                List.of(contribution(event.source(), event.amount()).reversed()));
    }

    @EventHandler
    void on(InvestmentReversed event, @MessageIdentifier String eventId, TrackingToken token) {
        post(eventId, token, event.fundId(), event.date(), event.correctionId().value(),
                List.of(investment(event.fundAmount()).reversed()));
    }

    @EventHandler
    void on(CoInvestmentReversed event, @MessageIdentifier String eventId, TrackingToken token) {
        post(eventId, token, event.fundId(), event.date(), event.correctionId().value(),
                List.of(coInvestment(event.source(), event.fundAmount()).reversed()));
    }

    // What each kind of fact posts; its reversal posts the same transfer reversed, so the two cannot drift apart.

    private static Transfer commitment(CapitalSource source, Money amount) {
        return new Transfer(UNCALLED_COMMITMENTS, COMMITTED_CAPITAL, source, amount);
    }

    private static Transfer call(CallAllocation allocation) {
        return new Transfer(CAPITAL_RECEIVABLE, UNCALLED_COMMITMENTS, allocation.source(), allocation.amount());
    }

    private static Transfer contribution(CapitalSource source, Money amount) {
        return new Transfer(CASH, CAPITAL_RECEIVABLE, source, amount);
    }

    private static Transfer investment(Money fundAmount) {
        return new Transfer(INVESTMENTS_AT_COST, CASH, null, fundAmount);
    }

    private static Transfer coInvestment(CapitalSource source, Money fundAmount) {
        return new Transfer(CO_INVESTED_CAPITAL, CO_INVESTORS_MEMO, source, fundAmount);
    }

    /**
     * Transfer {@code i} of an event is lines {@code 2i} and {@code 2i + 1}, so a line number depends on the
     * event alone and a replay writes the same keys; a reversal's line {@code k} is then the opposite of line
     * {@code k} of the fact it reverses: the same account, the other side. A zero amount moved no money and
     * posts nothing (a line must carry one non-zero side); a negative one is refused by the table's check,
     * which stops the processor rather than let a wrong line into the books.
     */
    private void post(String eventId, TrackingToken token, FundId fundId, LocalDate date, String factId,
                      List<Transfer> transfers) {
        long position = positions.of(eventId, token);
        List<Object[]> lines = new ArrayList<>();
        for (int i = 0; i < transfers.size(); i++) {
            Transfer transfer = transfers.get(i);
            if (transfer.amount().isZero()) {
                continue;
            }
            BigDecimal amount = transfer.amount().amount();
            BigDecimal zero = Money.zero(transfer.amount().currency()).amount();
            BigDecimal toDebited = transfer.reversal() ? zero : amount;
            BigDecimal toCredited = transfer.reversal() ? amount : zero;
            String currency = transfer.amount().currency().getCurrencyCode();
            String source = transfer.source() == null ? null : transfer.source().name();
            lines.add(new Object[] {eventId, 2 * i, fundId.value(), position, Date.valueOf(date),
                    transfer.debited().name(), source, factId, toDebited, toCredited, currency});
            lines.add(new Object[] {eventId, 2 * i + 1, fundId.value(), position, Date.valueOf(date),
                    transfer.credited().name(), source, factId, toCredited, toDebited, currency});
        }
        writes.insertAll("""
                INSERT INTO ledger_entry (event_id, line, fund_id, event_position, business_date, account, source,
                    fact_id, debit, credit, currency)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id, line) DO NOTHING""", lines);
    }

    /**
     * An amount moved by a fact: a debit to {@code debited} and a credit to {@code credited}; its reversal
     * names the same accounts and moves the amount back, a credit to {@code debited} and a debit to
     * {@code credited}.
     */
    private record Transfer(LedgerAccount debited, LedgerAccount credited, CapitalSource source, Money amount,
                            boolean reversal) {

        Transfer(LedgerAccount debited, LedgerAccount credited, CapitalSource source, Money amount) {
            this(debited, credited, source, amount, false);
        }

        Transfer reversed() {
            return new Transfer(debited, credited, source, amount, !reversal);
        }
    }
}
