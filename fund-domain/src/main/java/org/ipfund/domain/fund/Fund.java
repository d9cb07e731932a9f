package org.ipfund.domain.fund;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.ipfund.domain.money.CurrencyMismatch;
import org.ipfund.domain.money.Money;

/**
 * A fund's capital: what investors committed, what the fund called and what was paid in. It is the
 * consistency boundary for the fund's money, so every rule about that money is judged here, against the
 * facts recorded so far, before a new fact is accepted.
 */
public class Fund {

    @AggregateIdentifier
    private FundId id;
    private Currency currency;
    private LocalDate launchDate;
    private final Set<String> recordedIds = new HashSet<>();
    private Commitments commitments;

    protected Fund() {
        // for Axon: the fund is rebuilt from its events
    }

    @CommandHandler
    public Fund(LaunchFund command, Clock clock) {
        requireNotInFuture("launchDate", command.launchDate(), clock);
        apply(new FundLaunched(command.fundId(), command.name(), command.type(), command.currency(),
                command.launchDate(), command.policy()));
    }

    @CommandHandler
    void handle(RecordCommitment command, Clock clock) {
        requireNewId(command.commitmentId().value());
        requireFundMoney(command.amount());
        requireBusinessDate(command.date(), clock);
        apply(new CommitmentRecorded(id, command.commitmentId(), command.investor(), command.source(),
                command.amount(), command.date()));
    }

    @CommandHandler
    void handle(CallCapital command, Clock clock) {
        requireNewId(command.callId().value());
        requireFundMoney(command.amount());
        requireBusinessDate(command.date(), clock);
        var allocations = commitments.allocate(command.amount(), command.date(), command.commitmentIds());
        apply(new CapitalCalled(id, command.callId(), command.amount(), command.date(), command.dueDate(),
                allocations));
    }

    @CommandHandler
    void handle(RecordContribution command, Clock clock) {
        requireNewId(command.contributionId().value());
        requireFundMoney(command.amount());
        requireBusinessDate(command.date(), clock);
        CapitalSource source = commitments.acceptContribution(command.commitmentId(), command.callId(),
                command.amount(), command.date());
        apply(new ContributionReceived(id, command.contributionId(), command.commitmentId(),
                command.callId(), source, command.amount(), command.date()));
    }

    @EventSourcingHandler
    void on(FundLaunched event) {
        id = event.fundId();
        currency = event.currency();
        launchDate = event.launchDate();
        commitments = new Commitments(event.fundId(), event.currency());
    }

    @EventSourcingHandler
    void on(CommitmentRecorded event) {
        recordedIds.add(event.commitmentId().value());
        commitments.record(event);
    }

    @EventSourcingHandler
    void on(CapitalCalled event) {
        recordedIds.add(event.callId().value());
        commitments.record(event);
    }

    @EventSourcingHandler
    void on(ContributionReceived event) {
        recordedIds.add(event.contributionId().value());
        commitments.record(event);
    }

    private void requireNewId(String factId) {
        if (recordedIds.contains(factId)) {
            throw new DuplicateId(factId);
        }
    }

    private void requireFundMoney(Money amount) {
        if (!amount.hasCurrency(currency)) {
            throw new CurrencyMismatch(currency, amount.currency());
        }
        if (!amount.exceedsZero()) {
            throw new AmountNotPositive(amount);
        }
    }

    private void requireBusinessDate(LocalDate date, Clock clock) {
        requireNotInFuture("date", date, clock);
        if (date.isBefore(launchDate)) {
            throw new DateBeforeLaunch(date, launchDate);
        }
    }

    private static void requireNotInFuture(String field, LocalDate date, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw new DateInFuture(field, date, today);
        }
    }
}
