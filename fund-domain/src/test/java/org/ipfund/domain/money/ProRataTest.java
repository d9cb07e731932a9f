package org.ipfund.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ProRataTest {

    private static final Currency CNY_CURRENCY = Currency.getInstance("CNY");

    @Test
    void givesTheFenLeftOverFromAThreeWaySplitToTheEarliestOfEqualWeights() {
        assertThat(ProRata.split(cny("100.00"), cnys("300.00", "300.00", "300.00")))
                .containsExactly(cny("33.34"), cny("33.33"), cny("33.33"));
        assertThat(ProRata.split(cny("0.02"), cnys("1.00", "1.00", "1.00")))
                .containsExactly(cny("0.01"), cny("0.01"), cny("0.00"));
    }

    @Test
    void givesTheFenLeftOverToTheLargestRemainderRatherThanTheEarliest() {
        // 10 fen across 3:1:3 is 4.29, 1.43, 4.29 fen
        assertThat(ProRata.split(cny("0.10"), cnys("30.00", "10.00", "30.00")))
                .containsExactly(cny("0.04"), cny("0.02"), cny("0.04"));
    }

    @Test
    void givesSeveralLeftOverFenToTheLargestRemaindersInOrder() {
        // 1.00 across 1:1:1:1:1:1:1 is 14.285.. fen each: 2 fen left over go to the first two
        assertThat(ProRata.split(cny("1.00"), cnys("1", "1", "1", "1", "1", "1", "1")))
                .containsExactly(cny("0.15"), cny("0.15"), cny("0.14"), cny("0.14"), cny("0.14"), cny("0.14"),
                        cny("0.14"));
        // 0.05 across 1:2:4 is 0.714.., 1.428.., 2.857.. fen: rounded down 0+1+2, 2 fen left for the .857 and .714
        assertThat(ProRata.split(cny("0.05"), cnys("1.00", "2.00", "4.00")))
                .containsExactly(cny("0.01"), cny("0.01"), cny("0.03"));
    }

    @Test
    void splitsExactlyInProportionWhenItDividesEvenly() {
        assertThat(ProRata.split(cny("100.00"), cnys("150.00", "100.00")))
                .containsExactly(cny("60.00"), cny("40.00"));
        assertThat(ProRata.split(cny("36000000.00"), cnys("5000000", "31000000")))
                .containsExactly(cny("5000000.00"), cny("31000000.00"));
    }

    @Test
    void givesTheWholeToASingleWeight() {
        assertThat(ProRata.split(cny("123.45"), cnys("0.01"))).containsExactly(cny("123.45"));
    }

    @Test
    void givesNothingToAZeroWeight() {
        assertThat(ProRata.split(cny("10.00"), cnys("0.00", "5.00", "0.00")))
                .containsExactly(cny("0.00"), cny("10.00"), cny("0.00"));
    }

    @Test
    void splitsNothingIntoZeros() {
        assertThat(ProRata.split(cny("0.00"), cnys("1.00", "2.00"))).containsExactly(cny("0.00"), cny("0.00"));
    }

    @Test
    void splitsInTheWholesCurrency() {
        assertThat(ProRata.split(Money.of("100", "JPY"), List.of(Money.of("1", "JPY"), Money.of("2", "JPY"))))
                .containsExactly(Money.of("33", "JPY"), Money.of("67", "JPY"));
    }

    @Test
    void sharesAlwaysAddUpToTheWhole() {
        Random random = new Random(20180620L);
        for (int round = 0; round < 2_000; round++) {
            Money whole = Money.ofMinorUnits(random.nextInt(10_000_000), CNY_CURRENCY);
            List<Money> weights = new ArrayList<>();
            int count = 1 + random.nextInt(9);
            for (int i = 0; i < count; i++) {
                weights.add(Money.ofMinorUnits(1 + random.nextInt(random.nextBoolean() ? 100 : 100_000_000),
                        CNY_CURRENCY));
            }

            List<Money> shares = ProRata.split(whole, weights);

            assertThat(shares).hasSameSizeAs(weights);
            assertThat(shares.stream().reduce(Money::plus).orElseThrow())
                    .as("sum of %s split across %s", whole, weights).isEqualTo(whole);
            assertThat(shares).allSatisfy(share -> assertThat(share.isLessThan(Money.zero(CNY_CURRENCY))).isFalse());
        }
    }

    @Test
    void eachShareIsWithinOneFenOfItsExactProportion() {
        Random random = new Random(42L);
        for (int round = 0; round < 500; round++) {
            long whole = random.nextInt(1_000_000);
            List<Money> weights = new ArrayList<>();
            long total = 0;
            for (int i = 0; i < 1 + random.nextInt(6); i++) {
                long weight = 1 + random.nextInt(1_000_000);
                total += weight;
                weights.add(Money.ofMinorUnits(weight, CNY_CURRENCY));
            }

            List<Money> shares = ProRata.split(Money.ofMinorUnits(whole, CNY_CURRENCY), weights);

            for (int i = 0; i < shares.size(); i++) {
                long floor = Math.floorDiv(whole * weights.get(i).minorUnits(), total);
                assertThat(shares.get(i).minorUnits()).isBetween(floor, floor + 1);
            }
        }
    }

    @Test
    void refusesToSplitANegativeWhole() {
        assertThatThrownBy(() -> ProRata.split(cny("-1.00"), cnys("1.00", "1.00", "1.00")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesANegativeWeight() {
        assertThatThrownBy(() -> ProRata.split(cny("1.00"), cnys("2.00", "-1.00")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesWeightsInAnotherCurrency() {
        assertThatThrownBy(() -> ProRata.split(cny("10.00"), List.of(cny("1.00"), Money.of("1.00", "USD"))))
                .isInstanceOf(CurrencyMismatch.class);
    }

    @Test
    void refusesToSplitAcrossNothing() {
        assertThatIllegalArgumentException().isThrownBy(() -> ProRata.split(cny("10.00"), List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> ProRata.split(cny("10.00"), cnys("0.00", "0.00")));
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private static List<Money> cnys(String... amounts) {
        return Arrays.stream(amounts).map(ProRataTest::cny).toList();
    }
}
