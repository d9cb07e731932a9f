package org.ipfund.app.recording;

import org.ipfund.audit.history.AuditMetadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.ipfund.app.testing.EndToEndTest;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundId;
import org.ipfund.domain.fund.CallCapital;
import org.ipfund.domain.fund.CallId;
import org.ipfund.domain.fund.CommitmentId;
import org.ipfund.domain.fund.CommitmentRecorded;
import org.ipfund.domain.fund.FundType;
import org.ipfund.domain.fund.LaunchFund;
import org.ipfund.domain.fund.RecordCommitment;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.policy.FundPolicy;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fund kept in memory is used only while the store holds nothing newer: a fund another instance changed is
 * read from the store again, so a command judges it by every fact recorded, and appends after the last one.
 */
class VerifiedFundCacheEndToEndTest extends EndToEndTest {

    private static final LocalDate LAUNCH = LocalDate.of(2017, 3, 1);

    @Autowired
    private CommandGateway commands;
    @Autowired
    private EventStore events;
    @Autowired
    private TransactionTemplate transactions;

    @Test
    void aFundChangedBehindItsKeptCopyIsReadAgainFromTheStore() {
        FundId fund = launch();
        send(commitment(fund, "kept-1"));

        // another instance records a commitment: it reaches the store, not this instance's kept copy of the fund
        CommitmentId elsewhere = recordedByAnotherInstance(fund, 2);

        // a call on that commitment is accepted only by a fund that knows it; it appends after it
        send(callOn(fund, elsewhere));

        assertThat(jdbc.queryForList("SELECT sequencenumber FROM domainevententry WHERE aggregateidentifier = ?"
                + " ORDER BY sequencenumber", Long.class, fund.value())).containsExactly(0L, 1L, 2L, 3L);
        assertThat(jdbc.queryForObject("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ?"
                + " AND sequencenumber = 3", String.class, fund.value())).endsWith(".CapitalCalled");
    }

    @Test
    void aFundKeptInATransactionThatRolledBackIsNotUsedEvenWhenTheStoreCatchesUpToItsVersion() {
        FundId fund = launch();
        // the command commits its unit of work, but the transaction around it (a keyed request's) rolls back
        transactions.executeWithoutResult(status -> {
            send(commitment(fund, "rolled-back"));
            status.setRollbackOnly();
        });
        // another instance then records a different fact at the same sequence number
        CommitmentId elsewhere = recordedByAnotherInstance(fund, 1);

        // judged by the facts recorded: the call on the commitment recorded elsewhere is accepted
        send(callOn(fund, elsewhere));

        assertThat(jdbc.queryForList("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ?"
                + " ORDER BY sequencenumber", String.class, fund.value()))
                .extracting(type -> type.substring(type.lastIndexOf('.') + 1))
                .containsExactly("FundLaunched", "CommitmentRecorded", "CapitalCalled");
    }

    private FundId launch() {
        FundId fund = new FundId("cache-" + UUID.randomUUID());
        send(new LaunchFund(fund, "Kept fund", FundType.GUIDANCE, Currency.getInstance("CNY"), LAUNCH, FundPolicy.none()));
        return fund;
    }

    private static RecordCommitment commitment(FundId fund, String id) {
        return new RecordCommitment(fund, new CommitmentId(id), "Investor one", CapitalSource.SOCIAL,
                Money.of("1000.00", "CNY"), LAUNCH.plusDays(1));
    }

    /** A commitment appended straight to the store at {@code sequence}, as another instance's write would be. */
    private CommitmentId recordedByAnotherInstance(FundId fund, long sequence) {
        CommitmentId elsewhere = new CommitmentId("elsewhere-" + sequence);
        // in a unit of work, as another instance records: its event is signed as the service signs every event
        transactions.executeWithoutResult(status -> DefaultUnitOfWork.startAndGet(null).execute(() ->
                events.publish(new GenericDomainEventMessage<>("Fund", fund.value(), sequence,
                        new CommitmentRecorded(fund, elsewhere, "Investor two", CapitalSource.SOCIAL,
                                Money.of("500.00", "CNY"), LAUNCH.plusDays(2)),
                        Map.of(AuditMetadata.ACTOR, "another instance")))));
        return elsewhere;
    }

    private static CallCapital callOn(FundId fund, CommitmentId commitment) {
        return new CallCapital(fund, new CallId("call-1"), Money.of("500.00", "CNY"), LAUNCH.plusDays(3),
                LAUNCH.plusDays(30), List.of(commitment));
    }

    private void send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(AuditMetadata.ACTOR, "cache test")));
    }
}
