package org.ipfund.projections.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.flywaydb.core.Flyway;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.figures.CapitalPosition;
import org.ipfund.domain.figures.CapitalTimeline;
import org.ipfund.domain.figures.Leverage;
import org.ipfund.domain.figures.Leverage.SubFundCommitments;
import org.ipfund.domain.figures.ReturnInvestment;
import org.ipfund.domain.fund.CapitalCalled;
import org.ipfund.domain.fund.CapitalMovements;
import org.ipfund.domain.fund.CommitmentRecorded;
import org.ipfund.domain.fund.CommitmentReversed;
import org.ipfund.domain.fund.ContributionReceived;
import org.ipfund.domain.fund.ContributionReversed;
import org.ipfund.domain.fund.FundLaunched;
import org.ipfund.domain.fund.SubFundCommitted;
import org.ipfund.domain.fund.SubFundLaunched;
import org.ipfund.domain.investment.CoInvestmentRecorded;
import org.ipfund.domain.investment.CoInvestmentReversed;
import org.ipfund.domain.investment.InvestmentRecorded;
import org.ipfund.domain.investment.InvestmentReversed;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.ipfund.domain.policy.AmendmentId;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.domain.policy.PolicyAmended;
import org.ipfund.domain.policy.PolicyTerms;
import org.ipfund.projections.capital.CapitalEvents;
import org.ipfund.projections.capital.CapitalPositionProjection;
import org.ipfund.projections.capital.CapitalQueries;
import org.ipfund.projections.capital.FindFund;
import org.ipfund.projections.capital.FundPolicies;
import org.ipfund.projections.capital.FundView;
import org.ipfund.projections.ledger.RandomFundHistory;
import org.ipfund.projections.leverage.FindLeverage;
import org.ipfund.projections.leverage.LeverageQueries;
import org.ipfund.projections.leverage.LeverageView;
import org.ipfund.projections.portfolio.PortfolioEvents;
import org.ipfund.projections.portfolio.PortfolioProjection;
import org.ipfund.projections.returninvestment.FindReturnInvestment;
import org.ipfund.projections.returninvestment.ReturnInvestmentQueries;
import org.ipfund.projections.returninvestment.ReturnInvestmentView;
import org.ipfund.projections.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The views' figures (capital position, available and investable, leverage, 返投) against a real PostgreSQL equal
 * the domain's functions applied to the same facts, on random histories with policy changes, as of many dates.
 */
class ViewFiguresTest {

    private static final AtomicLong POSITION = new AtomicLong();
    private static CapitalPositionProjection capital;
    private static PortfolioProjection portfolio;
    private static CapitalQueries capitalQueries;
    private static LeverageQueries leverageQueries;
    private static ReturnInvestmentQueries returnInvestmentQueries;

    @BeforeAll
    static void migrate() {
        DataSource dataSource = TestDatabase.get().newDataSource();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/event-store", "classpath:db/migration/projections").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        capital = new CapitalPositionProjection(jdbc);
        portfolio = new PortfolioProjection(jdbc);
        FundPolicies policies = new FundPolicies(jdbc);
        capitalQueries = new CapitalQueries(jdbc, policies);
        leverageQueries = new LeverageQueries(jdbc);
        returnInvestmentQueries = new ReturnInvestmentQueries(jdbc, policies);
    }

    @Test
    void theViewsFiguresAreTheDomainsOnRandomHistories() {
        long firstSeed = new Random().nextLong();
        for (long seed = firstSeed; seed < firstSeed + 6; seed++) {
            Random random = new Random(seed);
            RandomFundHistory history = RandomFundHistory.play(random, "fund-" + UUID.randomUUID(), 40);
            List<Object> parentEvents = withPolicyChanges(history, random);
            deliver(parentEvents);
            Map<String, List<Object>> subFundEvents = new LinkedHashMap<>();
            for (RandomFundHistory subFund : history.subFunds()) {
                List<Object> events = new ArrayList<>();
                events.add(launchOf(subFund, parentEvents));
                events.addAll(subFund.events().subList(1, subFund.events().size()));
                deliver(events);
                subFundEvents.put(subFund.fund().value(), events);
            }
            LocalDate first = LocalDate.of(2017, 2, 27);
            for (LocalDate asOf = first; asOf.isBefore(first.plusDays(400)); asOf = asOf.plusDays(1 + random.nextInt(12))) {
                String story = "seed " + seed + ", " + history.fund().value() + " as of " + asOf;
                checkCapital(story, history.fund().value(), history.currency(), parentEvents, asOf);
                checkLeverage(story, history.fund().value(), history.currency(), parentEvents, subFundEvents, asOf);
                checkReturnInvestment(story, history.fund().value(), history.currency(), parentEvents, subFundEvents,
                        asOf);
                for (Map.Entry<String, List<Object>> subFund : subFundEvents.entrySet()) {
                    checkCapital(story + ", sub-fund " + subFund.getKey(), subFund.getKey(), history.currency(),
                            subFund.getValue(), asOf);
                }
            }
        }
    }

    private static void checkCapital(String story, String fundId, Currency currency, List<Object> events,
                                     LocalDate asOf) {
        FundPolicy policy = policyOf(events);
        Money zero = Money.zero(currency);
        Money committed = zero;
        Money called = zero;
        Money paidIn = zero;
        Money invested = zero;
        Money toSubFunds = zero;
        for (Object event : events) {
            if (event instanceof CommitmentRecorded e && !e.date().isAfter(asOf)) {
                committed = committed.plus(e.amount());
            } else if (event instanceof CommitmentReversed e && !e.date().isAfter(asOf)) {
                committed = committed.minus(e.amount());
            } else if (event instanceof CapitalCalled e && !e.date().isAfter(asOf)) {
                called = called.plus(e.amount());
            } else if (event instanceof ContributionReceived e && !e.date().isAfter(asOf)) {
                paidIn = paidIn.plus(e.amount());
            } else if (event instanceof ContributionReversed e && !e.date().isAfter(asOf)) {
                paidIn = paidIn.minus(e.amount());
            } else if (event instanceof InvestmentRecorded e && !e.date().isAfter(asOf)) {
                invested = invested.plus(e.fundAmount());
            } else if (event instanceof InvestmentReversed e && !e.date().isAfter(asOf)) {
                invested = invested.minus(e.fundAmount());
            } else if (event instanceof SubFundCommitted e && !e.date().isAfter(asOf)) {
                toSubFunds = toSubFunds.plus(e.amount());
            }
        }
        // an independent reading of the balance that day: cash, plus the unfunded commitments where allowed
        Money cash = paidIn.minus(invested).minus(toSubFunds);
        Money available = Boolean.TRUE.equals(policy.inForceOn(asOf).investUncalledCommitments())
                ? cash.plus(committed.minus(paidIn)) : cash;
        CapitalPosition expected = new CapitalPosition(committed, called, paidIn, invested, toSubFunds,
                committed.minus(called), committed.minus(paidIn), available);
        CapitalTimeline timeline = CapitalTimeline.of(currency,
                events.stream().flatMap(event -> CapitalMovements.of(event).stream()).toList(), policy);

        FundView view = capitalQueries.handle(new FindFund(fundId, asOf));
        assertThat(view.capital()).as(story).isEqualTo(expected);
        assertThat(view.capital().available()).as(story).isEqualTo(timeline.availableOn(asOf));
        assertThat(view.investable()).as(story).isEqualTo(timeline.investableOn(asOf));
    }

    private static void checkLeverage(String story, String fundId, Currency currency, List<Object> events,
                                      Map<String, List<Object>> subFundEvents, LocalDate asOf) {
        Money zero = Money.zero(currency);
        Map<String, Money> deals = new LinkedHashMap<>();
        Set<String> reversed = new HashSet<>();
        Map<CapitalSource, Money> paidInBySource = bySource(zero);
        for (Object event : events) {
            if (event instanceof InvestmentRecorded e && !e.date().isAfter(asOf)) {
                deals.put(e.investmentId().value(), e.fundAmount());
            } else if (event instanceof InvestmentReversed e && !e.date().isAfter(asOf)) {
                reversed.add(e.investmentId().value());
            } else if (event instanceof ContributionReceived e && !e.date().isAfter(asOf)) {
                paidInBySource.merge(e.source(), e.amount(), Money::plus);
            } else if (event instanceof ContributionReversed e && !e.date().isAfter(asOf)) {
                paidInBySource.merge(e.source(), e.amount(), Money::minus);
            }
        }
        deals.keySet().removeAll(reversed);
        Map<String, Map<CapitalSource, Money>> coInvested = new LinkedHashMap<>();
        Set<String> coReversed = new HashSet<>();
        for (Object event : events) {
            if (event instanceof CoInvestmentReversed e && !e.date().isAfter(asOf)) {
                coReversed.add(e.coInvestmentId().value());
            }
        }
        for (Object event : events) {
            if (event instanceof CoInvestmentRecorded e && !e.date().isAfter(asOf)
                    && !coReversed.contains(e.coInvestmentId().value()) && deals.containsKey(e.investmentId().value())) {
                coInvested.computeIfAbsent(e.investmentId().value(), id -> bySource(zero))
                        .merge(e.source(), e.fundAmount(), Money::plus);
            }
        }
        Money invested = deals.values().stream().reduce(zero, Money::plus);
        Map<CapitalSource, Money> coInvestedBySource = bySource(zero);
        coInvested.values().forEach(perDeal -> perDeal.forEach((source, amount) ->
                coInvestedBySource.merge(source, amount, Money::plus)));
        List<SubFundCommitments> subFunds = new ArrayList<>();
        for (Object event : events) {
            if (event instanceof SubFundCommitted e && !e.date().isAfter(asOf)) {
                subFunds.add(commitmentsOf(subFundEvents.get(e.subFundId().value()), zero, asOf));
            }
        }

        LeverageView view = leverageQueries.handle(new FindLeverage(fundId, asOf));
        assertThat(view.fundInvested()).as(story).isEqualTo(invested);
        for (CapitalSource source : CapitalSource.values()) {
            assertThat(view.bySource().get(source).ratio()).as(story + ", " + source)
                    .isEqualTo(Leverage.ofDeal(coInvestedBySource.get(source), invested));
        }
        assertThat(view.deals()).as(story).hasSize(deals.size());
        for (LeverageView.DealLeverage deal : view.deals()) {
            Map<CapitalSource, Money> others = coInvested.getOrDefault(deal.investmentId(), bySource(zero));
            for (CapitalSource source : CapitalSource.values()) {
                assertThat(deal.bySource().get(source).ratio()).as(story + ", deal " + deal.investmentId())
                        .isEqualTo(Leverage.ofDeal(others.get(source), deals.get(deal.investmentId())));
            }
        }
        assertThat(view.subFunds()).extracting(LeverageView.SubFundAmplification::amplification).as(story)
                .containsExactlyInAnyOrderElementsOf(subFunds.stream().map(SubFundCommitments::amplification).toList());
        Leverage.FamilyLeverage family = Leverage.ofFamily(invested, coInvestedBySource.values(), subFunds,
                paidInBySource);
        assertThat(view.family()).as(story).isEqualTo(new LeverageView.FamilyLeverage(family.capitalMobilised(),
                family.fiscalPaidIn(), family.ratio()));
    }

    private static void checkReturnInvestment(String story, String fundId, Currency currency, List<Object> events,
                                              Map<String, List<Object>> subFundEvents, LocalDate asOf) {
        Money zero = Money.zero(currency);
        PolicyTerms parentRules = policyOf(events).inForceOn(asOf);
        Map<String, ReturnInvestment> expected = new LinkedHashMap<>();
        for (Object event : events) {
            if (event instanceof SubFundCommitted e && !e.date().isAfter(asOf)) {
                List<Object> subFund = subFundEvents.get(e.subFundId().value());
                Money parentPaidIn = zero;
                Map<String, InvestmentRecorded> qualifying = new LinkedHashMap<>();
                for (Object fact : subFund) {
                    if (fact instanceof ContributionReceived c && !c.date().isAfter(asOf)
                            && c.commitmentId().equals(e.commitmentId())) {
                        parentPaidIn = parentPaidIn.plus(c.amount());
                    } else if (fact instanceof ContributionReversed c && !c.date().isAfter(asOf)
                            && c.commitmentId().equals(e.commitmentId())) {
                        parentPaidIn = parentPaidIn.minus(c.amount());
                    } else if (fact instanceof InvestmentRecorded i && !i.date().isAfter(asOf) && i.inTargetRegion()) {
                        qualifying.put(i.investmentId().value(), i);
                    } else if (fact instanceof InvestmentReversed r && !r.date().isAfter(asOf)) {
                        qualifying.remove(r.investmentId().value());
                    }
                }
                Money qualified = qualifying.values().stream().map(InvestmentRecorded::fundAmount)
                        .reduce(zero, Money::plus);
                expected.put(e.subFundId().value(), ReturnInvestment.judge(parentRules,
                        policyOf(subFund).inForceOn(asOf), parentPaidIn, qualified));
            }
        }
        ReturnInvestmentView view = returnInvestmentQueries.handle(new FindReturnInvestment(fundId, asOf));
        assertThat(view.subFunds()).as(story).hasSize(expected.size());
        for (ReturnInvestmentView.SubFundReturnInvestment subFund : view.subFunds()) {
            ReturnInvestment judged = expected.get(subFund.fundId());
            assertThat(new ReturnInvestment(subFund.requiredMultiple(), subFund.parentPaidIn(), subFund.required(),
                    subFund.qualifying(), subFund.multiple(), subFund.compliant())).as(story).isEqualTo(judged);
        }
    }

    private static SubFundCommitments commitmentsOf(List<Object> subFund, Money zero, LocalDate asOf) {
        SubFundLaunched launched = (SubFundLaunched) subFund.get(0);
        Money total = zero;
        Money parent = zero;
        for (Object event : subFund) {
            if (event instanceof CommitmentRecorded e && !e.date().isAfter(asOf)) {
                total = total.plus(e.amount());
                parent = e.commitmentId().equals(launched.parentCommitmentId()) ? parent.plus(e.amount()) : parent;
            } else if (event instanceof CommitmentReversed e && !e.date().isAfter(asOf)) {
                total = total.minus(e.amount());
            }
        }
        return new SubFundCommitments(total, parent);
    }

    /** The history's events with its policy changed now and then: unfunded money counts or not, a 返投 multiple. */
    private static List<Object> withPolicyChanges(RandomFundHistory history, Random random) {
        List<Object> events = new ArrayList<>(history.events());
        FundLaunched launched = (FundLaunched) events.get(0);
        for (int change = random.nextInt(4); change > 0; change--) {
            LocalDate from = launched.launchDate().plusDays(random.nextInt(300));
            Ratio multiple = random.nextBoolean() ? null : Ratio.of(random.nextBoolean() ? "1.50" : "1.333");
            events.add(1 + random.nextInt(events.size()), new PolicyAmended(launched.fundId(),
                    new AmendmentId("change-" + change), new PolicyTerms(from, null, null, multiple, null, null,
                    random.nextInt(3) == 0 ? null : random.nextBoolean())));
        }
        return events;
    }

    private static SubFundLaunched launchOf(RandomFundHistory subFund, List<Object> parentEvents) {
        for (Object event : parentEvents) {
            if (event instanceof SubFundCommitted e && e.subFundId().equals(subFund.fund())) {
                return new SubFundLaunched(e.subFundId(), e.name(), subFund.currency(), e.date(), FundPolicy.none(),
                        e.fundId(), e.targetSize(), e.commitmentId());
            }
        }
        throw new IllegalStateException("no parent side for " + subFund.fund());
    }

    private static FundPolicy policyOf(List<Object> events) {
        FundPolicy policy = FundPolicy.none();
        for (Object event : events) {
            if (event instanceof FundLaunched e) {
                policy = e.policy();
            } else if (event instanceof SubFundLaunched e) {
                policy = e.policy();
            } else if (event instanceof PolicyAmended e) {
                policy = policy.amendedBy(e.terms());
            }
        }
        return policy;
    }

    private static void deliver(List<Object> events) {
        for (int sequence = 0; sequence < events.size(); sequence++) {
            Object event = events.get(sequence);
            String eventId = UUID.randomUUID().toString();
            GlobalSequenceTrackingToken token = new GlobalSequenceTrackingToken(POSITION.incrementAndGet());
            CapitalEvents.deliver(capital, event, eventId, sequence, token);
            PortfolioEvents.deliver(portfolio, event, eventId, token);
        }
    }

    private static Map<CapitalSource, Money> bySource(Money zero) {
        Map<CapitalSource, Money> bySource = new EnumMap<>(CapitalSource.class);
        for (CapitalSource source : CapitalSource.values()) {
            bySource.put(source, zero);
        }
        return bySource;
    }
}
