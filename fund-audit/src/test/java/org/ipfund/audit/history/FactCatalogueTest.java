package org.ipfund.audit.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.ipfund.domain.RecordedFact;
import org.ipfund.domain.fund.ParentCommitmentToppedUp;
import org.ipfund.domain.fund.SubFundToppedUp;
import org.ipfund.domain.investor.InvestorRegistered;
import org.ipfund.domain.fund.FundLaunched;
import org.ipfund.domain.fund.SubFundLaunched;
import org.ipfund.domain.fund.CapitalCalled;
import org.ipfund.domain.fund.CommitmentRecorded;
import org.ipfund.domain.fund.CommitmentReversed;
import org.ipfund.domain.fund.ContributionReceived;
import org.ipfund.domain.fund.ContributionReversed;
import org.ipfund.domain.fund.SubFundCommitmentReversed;
import org.ipfund.domain.fund.SubFundCommitted;
import org.ipfund.domain.fund.CapitalCallReversed;
import org.ipfund.domain.fund.CapitalDistributed;
import org.ipfund.domain.fund.DistributionReversed;
import org.ipfund.domain.holding.ExitReversed;
import org.ipfund.domain.holding.HoldingExited;
import org.ipfund.domain.holding.ValuationRecorded;
import org.ipfund.domain.holding.ValuationReversed;
import org.ipfund.domain.investment.CoInvestmentRecorded;
import org.ipfund.domain.investment.CoInvestmentReversed;
import org.ipfund.domain.investment.DirectInvestmentRecorded;
import org.ipfund.domain.investment.FollowOnInvestmentRecorded;
import org.ipfund.domain.investment.InvestmentReversed;
import org.ipfund.domain.policy.PolicyAmended;
import org.ipfund.projections.capital.CapitalPositionProjection;
import org.ipfund.projections.distribution.DistributionsProjection;
import org.ipfund.projections.ledger.AuditLedgerProjection;
import org.ipfund.projections.ledger.LedgerPostings;
import org.ipfund.projections.portfolio.PortfolioProjection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * The catalogue of facts: every {@link RecordedFact} (a fund's or an investor's) on the classpath (found, not listed by hand) must round-trip through
 * the stored JSON, have a handler in every view, a posting in the audit ledger and a rule in the bitemporal fold, or
 * be declared below as moving nothing there. A new fact that forgets one of them fails here, with the place to add it.
 */
class FactCatalogueTest {

    /** The one place that says which facts deliberately move nothing in a consumer. */
    private static final Map<Class<?>, Set<Class<? extends RecordedFact>>> MOVES_NOTHING_HERE = Map.of(
            // an investor's registration fills the register (InvestorRegisterProjection, in the same processor)
            // a valuation states what a holding is worth, and moves no capital
            CapitalPositionProjection.class, Set.of(CoInvestmentRecorded.class, CoInvestmentReversed.class,
                    InvestorRegistered.class, ValuationRecorded.class, ValuationReversed.class),
            // a sub-fund stake's cost and payments are read from the capital view; distributions from their own
            PortfolioProjection.class, Set.of(FundLaunched.class, SubFundLaunched.class, PolicyAmended.class,
                    CommitmentRecorded.class, CapitalCalled.class, ContributionReceived.class,
                    CommitmentReversed.class, ContributionReversed.class, SubFundCommitted.class,
                    SubFundToppedUp.class, ParentCommitmentToppedUp.class, InvestorRegistered.class,
                    SubFundCommitmentReversed.class, CapitalCallReversed.class, CapitalDistributed.class,
                    DistributionReversed.class),
            // the distributions view holds the distributions alone; the figures read the rest from the other views
            DistributionsProjection.class, Set.of(FundLaunched.class, SubFundLaunched.class, PolicyAmended.class,
                    InvestorRegistered.class, CommitmentRecorded.class, CommitmentReversed.class,
                    CapitalCalled.class, CapitalCallReversed.class, ContributionReceived.class,
                    ContributionReversed.class, SubFundCommitted.class, SubFundToppedUp.class,
                    ParentCommitmentToppedUp.class, SubFundCommitmentReversed.class, DirectInvestmentRecorded.class,
                    FollowOnInvestmentRecorded.class, InvestmentReversed.class, CoInvestmentRecorded.class,
                    CoInvestmentReversed.class, ValuationRecorded.class, ValuationReversed.class,
                    HoldingExited.class, ExitReversed.class),
            AuditLedgerProjection.class, Set.of(FundLaunched.class, SubFundLaunched.class, PolicyAmended.class,
                    InvestorRegistered.class));

    private static List<Class<? extends RecordedFact>> facts;

    @BeforeAll
    static void everyFactOnTheClasspath() {
        facts = catalogue();
        assertThat(facts).as("the domain's facts").hasSizeGreaterThanOrEqualTo(14);
    }

    @SuppressWarnings("unchecked")
    static List<Class<? extends RecordedFact>> catalogue() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(RecordedFact.class));
        List<Class<? extends RecordedFact>> found = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.ipfund")) {
            try {
                found.add((Class<? extends RecordedFact>) Class.forName(candidate.getBeanClassName()));
            } catch (ClassNotFoundException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }
        found.sort(Comparator.comparing(Class::getName));
        return found;
    }

    @Test
    void everyFactReadsBackFromItsStoredJsonAsItWasWritten() {
        Serializer stored = StoredMessageJson.serializer();
        List<String> missing = new ArrayList<>();
        for (Class<? extends RecordedFact> fact : facts) {
            try {
                RecordedFact example = ExampleFacts.of(fact);
                SerializedObject<byte[]> json = stored.serialize(example, byte[].class);
                Object read = stored.deserialize(json);
                if (!example.equals(read)) {
                    missing.add(fact.getSimpleName() + " reads back as " + read + ", not " + example);
                }
            } catch (RuntimeException failed) {
                missing.add(fact.getSimpleName() + " does not round-trip through StoredMessageJson: " + failed);
            }
        }
        assertThat(missing).as("facts that are not read back as written: make them plain records of values"
                + " StoredMessageJson (fund-audit history/) writes, or teach it their type").isEmpty();
    }

    @Test
    void everyViewHandlesEveryFactOrSaysItMovesNothingThere() {
        List<String> missing = new ArrayList<>();
        for (Class<?> view : List.of(CapitalPositionProjection.class, PortfolioProjection.class,
                DistributionsProjection.class)) {
            unhandled(view).forEach(fact -> missing.add(fact + " has no @EventHandler in " + view.getName()));
        }
        assertThat(missing).as("facts a view does not handle: add an @EventHandler to the view, or declare in"
                + " FactCatalogueTest.MOVES_NOTHING_HERE that the fact moves nothing in that view").isEmpty();
    }

    @Test
    void theAuditLedgerPostsEveryFactOrSaysItMovesNoMoney() {
        assertThat(unhandled(AuditLedgerProjection.class)).as("facts the audit ledger posts nothing for: add an"
                + " @EventHandler with its balanced transfers to projections/ledger/AuditLedgerProjection, or declare in"
                + " FactCatalogueTest.MOVES_NOTHING_HERE that they move no money").isEmpty();
    }

    @Test
    void theLedgersPostingRulesAnswerForEveryFactThatMovesMoney() {
        Set<Class<? extends RecordedFact>> noMoney = MOVES_NOTHING_HERE.get(AuditLedgerProjection.class);
        List<String> missing = facts.stream()
                .filter(fact -> !noMoney.contains(fact))
                .filter(fact -> LedgerPostings.of(ExampleFacts.of(fact)).isEmpty())
                .map(Class::getName)
                .toList();
        assertThat(missing).as("facts LedgerPostings posts no line for (the chain would refuse the lines the"
                + " projection writes): add an of(...) rule to projections/ledger/LedgerPostings").isEmpty();
    }

    @Test
    void theBitemporalFoldHasARuleForEveryFact() {
        FundLaunched launched = ExampleFacts.of(FundLaunched.class);
        List<String> missing = new ArrayList<>();
        for (Class<? extends RecordedFact> fact : facts) {
            var stream = List.of(new FundStreamEvent(1, 0, Instant.parse("2017-05-01T08:00:00Z"), launched),
                    new FundStreamEvent(2, 1, Instant.parse("2017-05-01T09:00:00Z"), ExampleFacts.of(fact)));
            try {
                FundStateAsKnown.rebuild(stream, LocalDate.parse("2017-12-31"), Instant.now());
            } catch (RuntimeException failed) {
                missing.add(fact.getSimpleName() + ": " + failed.getMessage());
            }
        }
        assertThat(missing).as("facts the bitemporal fold cannot take in: add a rule to"
                + " fund-audit history/FundStateAsKnown#apply").isEmpty();
    }

    private static List<String> unhandled(Class<?> consumer) {
        List<Class<?>> handled = Arrays.stream(consumer.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(EventHandler.class))
                .map(FactCatalogueTest::eventType)
                .toList();
        Set<Class<? extends RecordedFact>> nothing = MOVES_NOTHING_HERE.getOrDefault(consumer, Set.of());
        return facts.stream()
                .filter(fact -> handled.stream().noneMatch(type -> type.isAssignableFrom(fact)))
                .filter(fact -> !nothing.contains(fact))
                .map(Class::getName)
                .toList();
    }

    private static Class<?> eventType(Method handler) {
        EventHandler annotation = handler.getAnnotation(EventHandler.class);
        return annotation.payloadType() != Object.class ? annotation.payloadType() : handler.getParameterTypes()[0];
    }
}
