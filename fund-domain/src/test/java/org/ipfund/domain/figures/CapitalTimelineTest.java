package org.ipfund.domain.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.domain.figures.CapitalMovement.commitmentReversed;
import static org.ipfund.domain.figures.CapitalMovement.committed;
import static org.ipfund.domain.figures.CapitalMovement.committedToSubFund;
import static org.ipfund.domain.figures.CapitalMovement.contributionReversed;
import static org.ipfund.domain.figures.CapitalMovement.invested;
import static org.ipfund.domain.figures.CapitalMovement.investmentReversed;
import static org.ipfund.domain.figures.CapitalMovement.paidIn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.domain.policy.PolicyTerms;
import org.junit.jupiter.api.Test;

class CapitalTimelineTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final LocalDate JAN_1 = LocalDate.of(2018, 1, 1);
    private static final LocalDate FEB_1 = LocalDate.of(2018, 2, 1);
    private static final LocalDate FEB_10 = LocalDate.of(2018, 2, 10);
    private static final LocalDate MARCH_1 = LocalDate.of(2018, 3, 1);
    private static final LocalDate APRIL_1 = LocalDate.of(2018, 4, 1);

    @Test
    void hasNothingAvailableBeforeAnyFact() {
        CapitalTimeline timeline = timeline(FundPolicy.none());
        assertThat(timeline.availableOn(FEB_1)).isEqualTo(cny("0.00"));
        assertThat(timeline.investableOn(FEB_1)).isEqualTo(cny("0.00"));
    }

    @Test
    void countsCalledButUnpaidCommitmentsAsUnfundedWhereThePolicyAllows() {
        // commit 10m, invest 6m, call 10m (a call moves nothing): cash -6m, unfunded 10m
        CapitalTimeline timeline = timeline(counting(JAN_1, true),
                committed(JAN_1, cny("10000000.00")), invested(FEB_1, cny("6000000.00")));
        assertThat(timeline.availableOn(MARCH_1)).isEqualTo(cny("4000000.00"));
        assertThat(timeline.investableOn(MARCH_1)).isEqualTo(cny("4000000.00"));
        assertThat(timeline.investableOn(JAN_1)).isEqualTo(cny("4000000.00"));
    }

    @Test
    void aContributionTurnsUnfundedMoneyIntoCash() {
        CapitalTimeline counting = timeline(counting(JAN_1, true),
                committed(JAN_1, cny("1000.00")), paidIn(FEB_1, cny("300.00")));
        assertThat(counting.availableOn(FEB_1)).isEqualTo(cny("1000.00"));
        CapitalTimeline cashOnly = timeline(FundPolicy.none(),
                committed(JAN_1, cny("1000.00")), paidIn(FEB_1, cny("300.00")));
        assertThat(cashOnly.availableOn(JAN_1)).isEqualTo(cny("0.00"));
        assertThat(cashOnly.availableOn(FEB_1)).isEqualTo(cny("300.00"));
    }

    @Test
    void availableIsTheBalanceOnTheDayButInvestableTheLeastFromThatDayOn() {
        CapitalTimeline timeline = timeline(FundPolicy.none(), paidIn(JAN_1, cny("150.00")),
                invested(FEB_10, cny("100.00")), paidIn(MARCH_1, cny("100.00")));
        assertThat(timeline.availableOn(FEB_1)).isEqualTo(cny("150.00"));
        assertThat(timeline.investableOn(FEB_1)).isEqualTo(cny("50.00"));
        assertThat(timeline.investableOn(FEB_10)).isEqualTo(cny("50.00"));
        assertThat(timeline.investableOn(MARCH_1)).isEqualTo(cny("150.00"));
        assertThat(timeline.investableOn(JAN_1.minusDays(1))).isEqualTo(cny("0.00"));
    }

    @Test
    void judgesEachDayUnderThePolicyInForceThatDay() {
        FundPolicy revoked = new FundPolicy(List.of(counting(JAN_1, true).terms().get(0),
                new PolicyTerms(APRIL_1, null, null, null, null, null, false)));
        CapitalTimeline timeline = CapitalTimeline.of(CNY, List.of(committed(JAN_1, cny("1000.00"))), revoked);
        assertThat(timeline.availableOn(MARCH_1)).isEqualTo(cny("1000.00"));
        assertThat(timeline.availableOn(APRIL_1)).isEqualTo(cny("0.00"));
        // on 1 March the policy counts the commitment, but from 1 April on nothing is left to spend
        assertThat(timeline.investableOn(MARCH_1)).isEqualTo(cny("0.00"));

        FundPolicy granted = new FundPolicy(List.of(new PolicyTerms(JAN_1, null, null, null, null, null, false),
                new PolicyTerms(APRIL_1, null, null, null, null, null, true)));
        CapitalTimeline later = CapitalTimeline.of(CNY, List.of(committed(JAN_1, cny("1000.00"))), granted);
        assertThat(later.investableOn(MARCH_1)).isEqualTo(cny("0.00"));
        assertThat(later.investableOn(APRIL_1)).isEqualTo(cny("1000.00"));
    }

    @Test
    void anAmendmentThatLeavesTheRuleUnsetKeepsItAsItStood() {
        FundPolicy policy = new FundPolicy(List.of(new PolicyTerms(JAN_1, null, null, null, null, null, true),
                new PolicyTerms(MARCH_1, null, null, Ratio.of("1.50"), null, null, null)));
        CapitalTimeline timeline = CapitalTimeline.of(CNY, List.of(committed(JAN_1, cny("1000.00"))), policy);
        assertThat(timeline.availableOn(APRIL_1)).isEqualTo(cny("1000.00"));
        assertThat(timeline.investableOn(FEB_1)).isEqualTo(cny("1000.00"));
    }

    @Test
    void canBeNegativeWhereALaterPolicyStopsCountingMoneyAlreadyInvested() {
        FundPolicy revoked = new FundPolicy(List.of(new PolicyTerms(JAN_1, null, null, null, null, null, true),
                new PolicyTerms(APRIL_1, null, null, null, null, null, false)));
        CapitalTimeline timeline = CapitalTimeline.of(CNY,
                List.of(committed(JAN_1, cny("1000.00")), invested(FEB_1, cny("600.00"))), revoked);
        assertThat(timeline.investableOn(FEB_1)).isEqualTo(cny("-600.00"));
        assertThat(timeline.allows(invested(FEB_1, cny("0.01")))).isFalse();
        assertThat(timeline.allows(paidIn(MARCH_1, cny("100.00")))).isTrue();
    }

    @Test
    void allowsAMovementThatKeepsEveryLaterDayCovered() {
        CapitalTimeline timeline = timeline(FundPolicy.none(), paidIn(JAN_1, cny("150.00")),
                invested(FEB_10, cny("100.00")), paidIn(MARCH_1, cny("100.00")));
        assertThat(timeline.allows(invested(FEB_1, cny("50.00")))).isTrue();
        assertThat(timeline.allows(invested(FEB_1, cny("50.01")))).isFalse();
        assertThat(timeline.allows(committedToSubFund(FEB_1, cny("50.01")))).isFalse();
        assertThat(timeline.allows(contributionReversed(FEB_1, cny("50.00")))).isTrue();
        assertThat(timeline.allows(contributionReversed(FEB_1, cny("50.01")))).isFalse();
        assertThat(timeline.allows(investmentReversed(FEB_10, cny("100.00")))).isTrue();
    }

    @Test
    void aContributionReversedMovesNothingOnADayThatCountsUnfundedMoney() {
        CapitalTimeline timeline = timeline(counting(JAN_1, true), committed(JAN_1, cny("600.00")),
                paidIn(JAN_1, cny("600.00")), committed(JAN_1, cny("600.00")), invested(FEB_1, cny("1200.00")));
        assertThat(timeline.allows(contributionReversed(MARCH_1, cny("600.00")))).isTrue();
        assertThat(timeline.allows(commitmentReversed(MARCH_1, cny("0.01")))).isFalse();
        CapitalTimeline cashOnly = timeline(FundPolicy.none(), committed(JAN_1, cny("600.00")),
                paidIn(JAN_1, cny("600.00")), invested(FEB_1, cny("600.00")));
        assertThat(cashOnly.allows(commitmentReversed(MARCH_1, cny("600.00")))).isTrue();
        assertThat(cashOnly.allows(contributionReversed(MARCH_1, cny("0.01")))).isFalse();
    }

    @Test
    void agreesWithTheDayByDayDefinitionOnRandomHistories() {
        for (long seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            List<CapitalMovement> movements = new ArrayList<>();
            for (int i = random.nextInt(30); i > 0; i--) {
                LocalDate date = JAN_1.plusDays(random.nextInt(90));
                Money amount = cny(BigDecimal.valueOf(1 + random.nextInt(100000), 2).toPlainString());
                movements.add(switch (random.nextInt(7)) {
                    case 0 -> committed(date, amount);
                    case 1 -> commitmentReversed(date, amount);
                    case 2 -> paidIn(date, amount);
                    case 3 -> contributionReversed(date, amount);
                    case 4 -> invested(date, amount);
                    case 5 -> investmentReversed(date, amount);
                    default -> committedToSubFund(date, amount);
                });
            }
            List<PolicyTerms> terms = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                terms.add(new PolicyTerms(JAN_1.plusDays(random.nextInt(90)), null, null, null, null, null,
                        random.nextInt(3) == 0 ? null : random.nextBoolean()));
            }
            FundPolicy policy = new FundPolicy(terms);
            CapitalTimeline timeline = CapitalTimeline.of(CNY, movements, policy);
            for (LocalDate day = JAN_1.minusDays(2); day.isBefore(JAN_1.plusDays(95)); day = day.plusDays(1)) {
                assertThat(timeline.availableOn(day)).as("seed %d, available on %s", seed, day)
                        .isEqualTo(balanceOn(day, movements, policy));
                assertThat(timeline.investableOn(day)).as("seed %d, investable on %s", seed, day)
                        .isEqualTo(leastFrom(day, movements, policy));
            }
        }
    }

    @Test
    void buildsALongHistoryWithoutGrowingWithItsSquare() {
        List<CapitalMovement> movements = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            LocalDate date = JAN_1.plusDays(i % 3000);
            movements.add(i % 2 == 0 ? paidIn(date, cny("10.00")) : invested(date, cny("9.99")));
        }
        long started = System.nanoTime();
        CapitalTimeline timeline = CapitalTimeline.of(CNY, movements, FundPolicy.none());
        for (int i = 0; i < 3000; i++) {
            timeline.investableOn(JAN_1.plusDays(i));
        }
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(5_000);
    }

    /** The definition itself, day by day: quadratic, for checking only. */
    private static Money balanceOn(LocalDate day, List<CapitalMovement> movements, FundPolicy policy) {
        Money cash = cny("0.00");
        Money unfunded = cny("0.00");
        for (CapitalMovement movement : movements) {
            if (!movement.date().isAfter(day)) {
                cash = cash.plus(movement.cash());
                unfunded = unfunded.plus(movement.unfunded());
            }
        }
        return Boolean.TRUE.equals(policy.inForceOn(day).investUncalledCommitments()) ? cash.plus(unfunded) : cash;
    }

    private static Money leastFrom(LocalDate day, List<CapitalMovement> movements, FundPolicy policy) {
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(day);
        movements.forEach(movement -> days.add(movement.date()));
        policy.terms().forEach(terms -> days.add(terms.effectiveFrom()));
        Money least = null;
        for (LocalDate later : days.tailSet(day, true)) {
            Money balance = balanceOn(later, movements, policy);
            least = least == null || balance.isLessThan(least) ? balance : least;
        }
        return least;
    }

    private static CapitalTimeline timeline(FundPolicy policy, CapitalMovement... movements) {
        return CapitalTimeline.of(CNY, List.of(movements), policy);
    }

    private static FundPolicy counting(LocalDate from, boolean counts) {
        return new FundPolicy(List.of(new PolicyTerms(from, null, null, null, null, null, counts)));
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
