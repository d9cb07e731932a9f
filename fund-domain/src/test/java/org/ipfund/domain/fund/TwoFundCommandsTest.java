package org.ipfund.domain.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ipfund.domain.FundCalendar.CLOCK;
import static org.ipfund.domain.FundCalendar.LAUNCH;
import static org.ipfund.domain.FundCalendar.MARCH_1;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundId;
import org.ipfund.domain.correction.CorrectionId;
import org.ipfund.domain.FundRuleViolation;
import org.ipfund.domain.holding.ExitId;
import org.ipfund.domain.holding.ExitKind;
import org.ipfund.domain.holding.HoldingExited;
import org.ipfund.domain.investment.InvestmentId;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.ipfund.domain.policy.AmendmentId;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.domain.policy.PolicyAmended;
import org.ipfund.domain.policy.PolicyTerms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A top-up over two funds, each loaded from a store as the service does: the parent judges it (the share cap with the
 * new total, its available capital), both funds record it, or neither does.
 */
/** The commands that change a parent and its sub-fund together: top-ups, and the reversal of the parent's commitment. */
class TwoFundCommandsTest {

    private static final FundId PARENT = new FundId("xiamen-ip-guidance");
    private static final FundId SUB_FUND = new FundId("xiamen-ip-sub-1");
    private static final CommitmentId PARENT_COMMITMENT = new CommitmentId("parent-to-sub-1");
    private static final Currency CNY = Currency.getInstance("CNY");
    private static final LocalDate APRIL_1 = LocalDate.of(2018, 4, 1);

    private EmbeddedEventStore store;
    private SubFundTopUps topUps;
    private SubFundReversals reversals;

    /** Paid in 5,000,000.00; a sub-fund of a 3,000,000.00 target with 2,000,000.00 of the parent's. */
    @BeforeEach
    void aParentAndItsSubFund() {
        store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        var parameters = MultiParameterResolverFactory.ordered(ClasspathParameterResolverFactory.forClass(Fund.class),
                new SimpleResourceParameterResolverFactory(List.of(CLOCK)));
        var funds = EventSourcingRepository.builder(Fund.class).eventStore(store)
                .parameterResolverFactory(parameters).build();
        topUps = new SubFundTopUps(funds, CLOCK);
        reversals = new SubFundReversals(funds, CLOCK);
        Money target = cny("3000000.00");
        Money committed = cny("2000000.00");
        stream(PARENT,
                new FundLaunched(PARENT, "Guidance", FundType.GUIDANCE, CNY, LAUNCH, FundPolicy.none()),
                new CommitmentRecorded(PARENT, new CommitmentId("city"), "Bureau", CapitalSource.LOCAL_FISCAL,
                        cny("5000000.00"), LAUNCH),
                new CapitalCalled(PARENT, new CallId("call-1"), cny("5000000.00"), LAUNCH, null,
                        List.of(new CallAllocation(new CommitmentId("city"), CapitalSource.LOCAL_FISCAL,
                                cny("5000000.00")))),
                new ContributionReceived(PARENT, new ContributionId("paid-1"), new CommitmentId("city"),
                        new CallId("call-1"), CapitalSource.LOCAL_FISCAL, cny("5000000.00"), LAUNCH),
                new SubFundCommitted(PARENT, SUB_FUND, "Sub-Fund I", target, PARENT_COMMITMENT, committed,
                        CapitalSource.LOCAL_FISCAL, MARCH_1));
        stream(SUB_FUND,
                new SubFundLaunched(SUB_FUND, "Sub-Fund I", CNY, MARCH_1, FundPolicy.none(), PARENT, target,
                        PARENT_COMMITMENT),
                new CommitmentRecorded(SUB_FUND, PARENT_COMMITMENT, PARENT.value(), CapitalSource.LOCAL_FISCAL,
                        committed, MARCH_1));
    }

    @Test
    void recordsTheTopUpInTheParentAndInTheSubFundUpToTheWholeTargetSize() {
        topUp("top-1", "1000000.00");

        assertThat(payloads(PARENT)).last().isEqualTo(new SubFundToppedUp(PARENT, SUB_FUND, new TopUpId("top-1"),
                PARENT_COMMITMENT, cny("1000000.00"), CapitalSource.LOCAL_FISCAL, APRIL_1));
        assertThat(payloads(SUB_FUND)).last().isEqualTo(new ParentCommitmentToppedUp(SUB_FUND, PARENT,
                new TopUpId("top-1"), PARENT_COMMITMENT, CapitalSource.LOCAL_FISCAL, cny("1000000.00"), APRIL_1));
    }

    @Test
    void refusesATopUpOneFenPastTheShareCapWithTheNewTotalAndRecordsNothing() {
        assertRefused(() -> topUp("top-1", "1000000.01"), "SHARE_CAP_EXCEEDED", "amount");
    }

    @Test
    void refusesATopUpBeyondTheParentsAvailableCapital() {
        topUp("top-1", "1000000.00");
        streamFrom(PARENT, 6, new SubFundCommitted(PARENT, new FundId("sub-2"), "Sub-Fund II", cny("9000000.00"),
                new CommitmentId("parent-to-sub-2"), cny("2000000.00"), CapitalSource.LOCAL_FISCAL, MARCH_1));
        int before = payloads(PARENT).size();

        assertRefused(() -> topUp(new FundId("sub-2"), "top-2", "0.01"), "INSUFFICIENT_CAPITAL", "amount");
        assertThat(payloads(PARENT)).hasSize(before);
    }

    @Test
    void refusesATopUpOfAFundThatIsNotItsSubFund() {
        assertRefused(() -> topUp(new FundId("someone-elses"), "top-1", "1.00"), "SUB_FUND_NOT_FOUND", "subFundId");
    }

    @Test
    void refusesATopUpWhoseIdTheSubFundAlreadyRecordedAndRecordsItInNeitherFund() {
        assertRefused(() -> topUp(PARENT_COMMITMENT.value(), "1.00"), "DUPLICATE_ID", null);
        assertThat(payloads(PARENT)).hasSize(5);
    }

    /** The sub-fund's government money may be 80% of its target: 2,400,000.00, of which the parent holds 2,000,000.00. */
    private void aGovernmentShareCapOfEightyPercent() {
        streamFrom(SUB_FUND, 2, new PolicyAmended(SUB_FUND, new AmendmentId("government-cap"),
                new PolicyTerms(MARCH_1, null, null, null, null, null, null, Ratio.of("0.80"))));
    }

    @Test
    void acceptsATopUpOfGovernmentMoneyUpToTheSubFundsGovernmentShareCap() {
        aGovernmentShareCapOfEightyPercent();
        topUp("top-1", "400000.00");
        assertThat(payloads(SUB_FUND)).last().isInstanceOf(ParentCommitmentToppedUp.class);
    }

    @Test
    void refusesATopUpOfGovernmentMoneyOneFenPastTheSubFundsGovernmentShareCapInEitherFund() {
        aGovernmentShareCapOfEightyPercent();
        assertRefused(() -> topUp("top-1", "400000.01"), "GOVERNMENT_SHARE_CAP_EXCEEDED", "amount");
    }

    @Test
    void reversesTheParentsCommitmentInBothFundsTopUpsIncluded() {
        topUp("top-1", "500000.00");

        reverse("fix-1", APRIL_1);

        assertThat(payloads(PARENT)).last().isEqualTo(new SubFundCommitmentReversed(PARENT,
                new CorrectionId("fix-1"), SUB_FUND, PARENT_COMMITMENT, cny("2500000.00"), CapitalSource.LOCAL_FISCAL,
                "recorded against the wrong sub-fund", APRIL_1));
        assertThat(payloads(SUB_FUND)).last().isEqualTo(new CommitmentReversed(SUB_FUND, new CorrectionId("fix-1"),
                PARENT_COMMITMENT, CapitalSource.LOCAL_FISCAL, cny("2500000.00"), "recorded against the wrong sub-fund",
                APRIL_1));
    }

    @Test
    void theParentHasItsMoneyBackAndNoStakeToTopUpOnceReversed() {
        reverse("fix-1", APRIL_1);

        assertRefused(() -> topUp("top-1", "1.00"), "SUB_FUND_NOT_FOUND", "subFundId");
        streamFrom(PARENT, 6, new SubFundCommitted(PARENT, new FundId("sub-2"), "Sub-Fund II", cny("20000000.00"),
                new CommitmentId("parent-to-sub-2"), cny("5000000.00"), CapitalSource.LOCAL_FISCAL, APRIL_1));
        assertThat(payloads(PARENT)).hasSize(7);
    }

    @Test
    void refusesReversingTheCommitmentOnceTheSubFundCalledFromItAndRecordsItInNeitherFund() {
        streamFrom(SUB_FUND, 2, new CapitalCalled(SUB_FUND, new CallId("sub-call-1"), cny("100.00"), MARCH_1, null,
                List.of(new CallAllocation(PARENT_COMMITMENT, CapitalSource.LOCAL_FISCAL, cny("100.00")))));

        assertRefused(() -> reverse("fix-1", APRIL_1), "COMMITMENT_ALREADY_CALLED", "reverses");
    }

    @Test
    void refusesReversingASubFundTheParentDidNotCreateOrDatedBeforeIt() {
        assertRefused(() -> inUnitOfWork(() -> reversals.handle(new ReverseSubFundCommitment(PARENT,
                new FundId("someone-elses"), new CorrectionId("fix-1"), "wrong", APRIL_1))), "SUB_FUND_NOT_FOUND",
                "subFundId");
        assertRefused(() -> reverse("fix-1", MARCH_1.minusDays(1)), "CORRECTION_BEFORE_FACT", "date");
    }

    @Test
    void refusesATopUpOfAStakeTheParentExitedAndAnExitClosingItBeforeATopUp() {
        streamFrom(PARENT, 5, new HoldingExited(PARENT, new InvestmentId(SUB_FUND.value()), new ExitId("exit-1"),
                ExitKind.SALE, Ratio.of("1"), cny("2000000.00"), null, cny("2000000.00"), cny("2000000.00"),
                cny("0.00"), null, "Sub-fund LP", false, true, MARCH_1.plusDays(10)));

        assertRefused(() -> topUp("top-1", "1.00"), "HOLDING_CLOSED", "date");
    }

    @Test
    void refusesReversingItTwice() {
        reverse("fix-1", APRIL_1);

        assertRefused(() -> reverse("fix-2", APRIL_1), "FACT_ALREADY_REVERSED", "reverses");
    }

    private void reverse(String correctionId, LocalDate date) {
        inUnitOfWork(() -> reversals.handle(new ReverseSubFundCommitment(PARENT, SUB_FUND,
                new CorrectionId(correctionId), "recorded against the wrong sub-fund", date)));
    }

    private void inUnitOfWork(ThrowingRunnable command) {
        var result = DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> {
            command.run();
            return null;
        });
        if (result.isExceptional()) {
            Throwable failed = result.exceptionResult();
            throw failed instanceof RuntimeException runtime ? runtime : new IllegalStateException(failed);
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private void assertRefused(Runnable topUp, String code, String field) {
        int parentEvents = payloads(PARENT).size();
        int subFundEvents = payloads(SUB_FUND).size();
        assertThatThrownBy(topUp::run).isInstanceOfSatisfying(FundRuleViolation.class, refused -> {
            assertThat(refused.code()).isEqualTo(code);
            assertThat(refused.field()).isEqualTo(field);
        });
        assertThat(payloads(PARENT)).hasSize(parentEvents);
        assertThat(payloads(SUB_FUND)).hasSize(subFundEvents);
    }

    private void topUp(String id, String amount) {
        topUp(SUB_FUND, id, amount);
    }

    private void topUp(FundId subFund, String id, String amount) {
        inUnitOfWork(() -> topUps.handle(new TopUpSubFund(PARENT, subFund, new TopUpId(id), cny(amount), APRIL_1)));
    }

    private void stream(FundId fund, Object... events) {
        streamFrom(fund, 0, events);
    }

    private void streamFrom(FundId fund, long firstSequence, Object... events) {
        for (int i = 0; i < events.length; i++) {
            store.publish(new GenericDomainEventMessage<>("Fund", fund.value(), firstSequence + i, events[i]));
        }
    }

    private List<Object> payloads(FundId fund) {
        return store.readEvents(fund.value()).asStream().map(event -> (Object) event.getPayload()).toList();
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
