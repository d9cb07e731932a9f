package org.ipfund.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ipfund.domain.money.Money;
import org.junit.jupiter.api.Test;

/** The ceded-exit price (财企〔2007〕128号): cost within the free years, then cost plus simple interest on the days held. */
class CededExitTermsTest {

    private static final CededExitTerms NATIONAL = new CededExitTerms(3, new BigDecimal("0.0435"),
            CededExitPricing.AT_LEAST);
    private static final LocalDate COMMITTED = LocalDate.of(2018, 3, 1);
    private static final LocalDate TOPPED_UP = LocalDate.of(2021, 3, 1);

    @Test
    void withinTheFreeYearsThePriceIsTheCostReleased() {
        assertThat(NATIONAL.priceOf(cny("4000000.00"), LocalDate.of(2019, 1, 10), LocalDate.of(2022, 1, 10)))
                .isEqualTo(cny("4000000.00"));
    }

    @Test
    void afterTheFreeYearsTheCostEarnsSimpleInterestOnEveryDayHeld() {
        // 1,632 days: 4,000,000.00 × 0.0435 × 1,632 ÷ 365 = 777,994.5205… → 777,994.52
        assertThat(NATIONAL.priceOf(cny("4000000.00"), LocalDate.of(2019, 1, 10), LocalDate.of(2023, 6, 30)))
                .isEqualTo(cny("4777994.52"));
    }

    @Test
    void aTopUpEarnsInterestOnlyFromItsOwnDateAndAfterItsOwnFreeYears() {
        // 6,000,000.00 committed 1,461 days before the exit earns 6,000,000.00 × 0.0435 × 1,461 ÷ 365 =
        // 1,044,715.0684…; the 4,000,000.00 top-up is a year old, within its free years, and earns nothing
        List<CededExitTerms.Tranche> stake = List.of(new CededExitTerms.Tranche(COMMITTED, cny("6000000.00")),
                new CededExitTerms.Tranche(TOPPED_UP, cny("4000000.00")));

        assertThat(NATIONAL.priceOf(cny("10000000.00"), stake, LocalDate.of(2022, 3, 1)))
                .isEqualTo(cny("11044715.07"));
    }

    @Test
    void aPartReleasedFallsOnEachTrancheInProportionAndTheInterestIsRoundedOnce() {
        // half of each tranche: 3,000,000.00 for 2,558 days and 2,000,000.00 for 1,462 days at 4.35%:
        // (3,000,000 × 2,558 + 2,000,000 × 1,462) × 0.0435 ÷ 365 = 1,263,049.3150… → 1,263,049.32
        List<CededExitTerms.Tranche> stake = List.of(new CededExitTerms.Tranche(COMMITTED, cny("6000000.00")),
                new CededExitTerms.Tranche(TOPPED_UP, cny("4000000.00")));

        assertThat(NATIONAL.priceOf(cny("5000000.00"), stake, LocalDate.of(2025, 3, 2)))
                .isEqualTo(cny("6263049.32"));
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
