package org.ipfund.domain.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.ipfund.domain.figures.DistributionWaterfall.Share;
import org.ipfund.domain.figures.DistributionWaterfall.Stake;
import org.ipfund.domain.money.CurrencyMismatch;
import org.ipfund.domain.money.Money;
import org.junit.jupiter.api.Test;

class DistributionWaterfallTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    @Test
    void returnsCapitalProRataToPaidInWhileNoneHasBeenReturned() {
        List<Share> shares = DistributionWaterfall.split(cny("500.00"), List.of(
                stake("A", "600.00", "0.00"), stake("B", "400.00", "0.00")));
        assertThat(shares).containsExactly(
                new Share("A", cny("300.00"), cny("0.00")),
                new Share("B", cny("200.00"), cny("0.00")));
    }

    @Test
    void givesLessCapitalBackToACommitmentThatHadSomeReturnedEarlier() {
        // both paid in 500; B already had 250 back, so 500 : 250 is still outstanding
        List<Share> shares = DistributionWaterfall.split(cny("300.00"), List.of(
                stake("A", "500.00", "0.00"), stake("B", "500.00", "250.00")));
        assertThat(shares).containsExactly(
                new Share("A", cny("200.00"), cny("0.00")),
                new Share("B", cny("100.00"), cny("0.00")));
    }

    @Test
    void returnsAllCapitalThenPaysTheRestAsGainProRataToPaidIn() {
        // 900 outstanding (600 + 300); the other 500 is gain, split 600 : 400 by paid-in
        List<Share> shares = DistributionWaterfall.split(cny("1400.00"), List.of(
                stake("A", "600.00", "0.00"), stake("B", "400.00", "100.00")));
        assertThat(shares).containsExactly(
                new Share("A", cny("600.00"), cny("300.00")),
                new Share("B", cny("300.00"), cny("200.00")));
        assertThat(shares).extracting(Share::amount).containsExactly(cny("900.00"), cny("500.00"));
    }

    @Test
    void returningExactlyWhatIsOutstandingPaysNoGain() {
        List<Share> shares = DistributionWaterfall.split(cny("900.00"), List.of(
                stake("A", "600.00", "0.00"), stake("B", "400.00", "100.00")));
        assertThat(shares).containsExactly(
                new Share("A", cny("600.00"), cny("0.00")),
                new Share("B", cny("300.00"), cny("0.00")));
    }

    @Test
    void paysOnlyGainOnceAllCapitalIsReturned() {
        List<Share> shares = DistributionWaterfall.split(cny("50.00"), List.of(
                stake("A", "600.00", "600.00"), stake("B", "400.00", "400.00")));
        assertThat(shares).containsExactly(
                new Share("A", cny("0.00"), cny("30.00")),
                new Share("B", cny("0.00"), cny("20.00")));
    }

    @Test
    void givesTheFenLeftOverToTheEarliestOfEqualStakes() {
        List<Stake> capitalOutstanding = List.of(
                stake("A", "300.00", "0.00"), stake("B", "300.00", "0.00"), stake("C", "300.00", "0.00"));
        assertThat(DistributionWaterfall.split(cny("100.00"), capitalOutstanding)).containsExactly(
                new Share("A", cny("33.34"), cny("0.00")),
                new Share("B", cny("33.33"), cny("0.00")),
                new Share("C", cny("33.33"), cny("0.00")));
        List<Stake> allReturned = List.of(
                stake("A", "300.00", "300.00"), stake("B", "300.00", "300.00"), stake("C", "300.00", "300.00"));
        assertThat(DistributionWaterfall.split(cny("100.00"), allReturned)).containsExactly(
                new Share("A", cny("0.00"), cny("33.34")),
                new Share("B", cny("0.00"), cny("33.33")),
                new Share("C", cny("0.00"), cny("33.33")));
    }

    @Test
    void roundsEachLegOnItsOwn() {
        // capital: 100.00 outstanding exactly as weighed; gain: 0.01 across 1 : 1 : 1 goes to the first
        List<Share> shares = DistributionWaterfall.split(cny("900.01"), List.of(
                stake("A", "300.00", "0.00"), stake("B", "300.00", "0.00"), stake("C", "300.00", "0.00")));
        assertThat(shares).containsExactly(
                new Share("A", cny("300.00"), cny("0.01")),
                new Share("B", cny("300.00"), cny("0.00")),
                new Share("C", cny("300.00"), cny("0.00")));
    }

    @Test
    void aCommitmentWithNothingPaidInGetsNothing() {
        List<Share> shares = DistributionWaterfall.split(cny("1500.00"), List.of(
                stake("A", "0.00", "0.00"), stake("B", "1000.00", "0.00")));
        assertThat(shares).containsExactly(
                new Share("A", cny("0.00"), cny("0.00")),
                new Share("B", cny("1000.00"), cny("500.00")));
    }

    @Test
    void distributingNothingGivesEveryoneNothing() {
        assertThat(DistributionWaterfall.split(cny("0.00"), List.of(
                stake("A", "100.00", "0.00"), stake("B", "100.00", "100.00")))).containsExactly(
                new Share("A", cny("0.00"), cny("0.00")),
                new Share("B", cny("0.00"), cny("0.00")));
    }

    @Test
    void splitsToTheSmallestUnitOfTheFundsCurrency() {
        List<Share> shares = DistributionWaterfall.split(Money.of("1000", "JPY"), List.of(
                new Stake("A", Money.of("300", "JPY"), Money.of("0", "JPY")),
                new Stake("B", Money.of("300", "JPY"), Money.of("0", "JPY")),
                new Stake("C", Money.of("300", "JPY"), Money.of("200", "JPY"))));
        // 700 outstanding (300 : 300 : 100), then 300 of gain by paid-in: 100 each
        assertThat(shares).containsExactly(
                new Share("A", Money.of("300", "JPY"), Money.of("100", "JPY")),
                new Share("B", Money.of("300", "JPY"), Money.of("100", "JPY")),
                new Share("C", Money.of("100", "JPY"), Money.of("100", "JPY")));
    }

    @Test
    void refusesWhenNoCommitmentHasPaidAnythingIn() {
        assertThatIllegalArgumentException().isThrownBy(() -> DistributionWaterfall.split(cny("10.00"),
                List.of(stake("A", "0.00", "0.00"), stake("B", "0.00", "0.00"))));
        assertThatIllegalArgumentException().isThrownBy(() -> DistributionWaterfall.split(cny("10.00"), List.of()));
    }

    @Test
    void refusesANegativeDistribution() {
        assertThatIllegalArgumentException().isThrownBy(() -> DistributionWaterfall.split(cny("-0.01"),
                List.of(stake("A", "100.00", "0.00"))));
    }

    @Test
    void refusesStakesInAnotherCurrency() {
        assertThatThrownBy(() -> DistributionWaterfall.split(cny("0.00"),
                List.of(new Stake("A", Money.of("100.00", "USD"), Money.of("0.00", "USD")))))
                .isInstanceOf(CurrencyMismatch.class);
        assertThatThrownBy(() -> new Stake("A", cny("100.00"), Money.of("0.00", "USD")))
                .isInstanceOf(CurrencyMismatch.class);
    }

    @Test
    void refusesAStakeWithMoreReturnedThanPaidInOrNegativeAmounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> stake("A", "100.00", "100.01"));
        assertThatIllegalArgumentException().isThrownBy(() -> stake("A", "-1.00", "0.00"));
        assertThatIllegalArgumentException().isThrownBy(() -> stake("A", "1.00", "-1.00"));
    }

    @Test
    void sharesAddUpExactlyAndReturnNoCapitalBeyondWhatIsOutstanding() {
        Random random = new Random(20080101L);
        for (int round = 0; round < 2_000; round++) {
            List<Stake> stakes = randomStakes(random);
            long outstandingFen = stakes.stream().mapToLong(stake -> fen(stake.unreturned())).sum();
            long amountFen = switch (random.nextInt(4)) {
                case 0 -> outstandingFen;
                case 1 -> random.nextLong(outstandingFen + 1);
                default -> outstandingFen + random.nextLong(1_000_000_000L);
            };
            Money amount = fen(amountFen);

            List<Share> shares = DistributionWaterfall.split(amount, stakes);

            String context = "%s across %s: %s".formatted(amount, stakes, shares);
            assertThat(shares).as(context).extracting(Share::commitmentId)
                    .containsExactlyElementsOf(stakes.stream().map(Stake::commitmentId).toList());
            assertThat(shares.stream().map(Share::amount).reduce(Money::plus).orElseThrow())
                    .as(context).isEqualTo(amount);
            assertThat(shares.stream().mapToLong(share -> fen(share.returnOfCapital())).sum())
                    .as(context).isEqualTo(Math.min(amountFen, outstandingFen));
            boolean allReturned = amountFen >= outstandingFen;
            for (int i = 0; i < shares.size(); i++) {
                Share share = shares.get(i);
                Stake stake = stakes.get(i);
                assertThat(fen(share.returnOfCapital())).as(context).isBetween(0L, fen(stake.unreturned()));
                assertThat(fen(share.gain())).as(context).isNotNegative();
                if (share.gain().exceedsZero()) {
                    assertThat(allReturned).as(context).isTrue();
                }
                if (allReturned) {
                    assertThat(share.returnOfCapital()).as(context).isEqualTo(stake.unreturned());
                } else {
                    assertThat(share.gain().isZero()).as(context).isTrue();
                }
                assertWithinAFenOfItsProportion(share.returnOfCapital(), stake.unreturned(),
                        Math.min(amountFen, outstandingFen), outstandingFen, context);
                assertWithinAFenOfItsProportion(share.gain(), stake.paidIn(),
                        Math.max(0, amountFen - outstandingFen),
                        stakes.stream().mapToLong(s -> fen(s.paidIn())).sum(), context);
            }
        }
    }

    private static void assertWithinAFenOfItsProportion(Money share, Money weight, long wholeFen, long totalFen,
                                                        String context) {
        if (totalFen == 0) {
            assertThat(share.isZero()).as(context).isTrue();
            return;
        }
        long floor = BigInteger.valueOf(wholeFen).multiply(BigInteger.valueOf(fen(weight)))
                .divide(BigInteger.valueOf(totalFen)).longValueExact();
        assertThat(fen(share)).as(context).isBetween(floor, floor + 1);
    }

    /** Up to eight commitments, some with nothing paid in, some with all or none of it returned; never all zero. */
    private static List<Stake> randomStakes(Random random) {
        List<Stake> stakes = new ArrayList<>();
        int count = 1 + random.nextInt(8);
        for (int i = 0; i < count; i++) {
            long paidIn = switch (random.nextInt(6)) {
                case 0 -> 0;
                case 1 -> 1 + random.nextInt(100);
                default -> 1 + random.nextLong(10_000_000_000L);
            };
            if (i == count - 1 && stakes.stream().allMatch(stake -> stake.paidIn().isZero())) {
                paidIn = Math.max(paidIn, 1);
            }
            long returned = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> paidIn;
                default -> random.nextLong(paidIn + 1);
            };
            stakes.add(new Stake("C" + i, fen(paidIn), fen(returned)));
        }
        return stakes;
    }

    private static Stake stake(String commitmentId, String paidIn, String returned) {
        return new Stake(commitmentId, cny(paidIn), cny(returned));
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private static Money fen(long fen) {
        return new Money(BigDecimal.valueOf(fen, 2), CNY);
    }

    private static long fen(Money money) {
        return money.amount().movePointRight(2).longValueExact();
    }
}
