package org.ipfund.domain.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Rate;
import org.ipfund.domain.money.Ratio;
import org.junit.jupiter.api.Test;

class FundPerformanceTest {

    private static final List<DatedFlow> PAID_IN_2019 = List.of(flow("2019-01-01", "-10000000.00"));

    @Test
    void aFundThatPaidEverythingBackHasNoNavAndEarnedTheRateOfItsTwoFlows() {
        List<DatedFlow> flows = List.of(flow("2019-01-01", "-10000000.00"), flow("2021-01-01", "12000000.00"));

        FundPerformance performance = FundPerformance.on(date("2021-01-01"), cny("10000000.00"), cny("12000000.00"),
                cny("0.00"), cny("0.00"), flows);

        assertThat(performance.nav()).isEqualTo(cny("0.00"));
        assertThat(performance.dpi()).isEqualTo(Ratio.of("1.2000"));
        assertThat(performance.rvpi()).isEqualTo(Ratio.of("0.0000"));
        assertThat(performance.tvpi()).isEqualTo(Ratio.of("1.2000"));
        // 1.2 over 731 days: 1.2^(365/731) − 1 = 0.095308…
        assertThat(performance.irr()).isEqualTo(Rate.of("0.0953"));
    }

    @Test
    void theNavOnTheDateIsTheLastFlow() {
        List<DatedFlow> flows = List.of(flow("2019-01-01", "-10000000.00"), flow("2020-01-01", "4000000.00"));

        // 2,500,000.00 in cash and 5,500,000.00 of open holdings
        FundPerformance performance = FundPerformance.on(date("2021-01-01"), cny("10000000.00"), cny("4000000.00"),
                cny("2500000.00"), cny("5500000.00"), flows);

        assertThat(performance.nav()).isEqualTo(cny("8000000.00"));
        assertThat(performance.dpi()).isEqualTo(Ratio.of("0.4000"));
        assertThat(performance.rvpi()).isEqualTo(Ratio.of("0.8000"));
        assertThat(performance.tvpi()).isEqualTo(Ratio.of("1.2000"));
        // −10m, +4m a year later, +8m two years later: r = 0.116383… (bisection of Σ flow × (1 + r)^(−days/365))
        assertThat(performance.irr()).isEqualTo(Rate.of("0.1164"));
    }

    @Test
    void aLossIsANegativeRate() {
        FundPerformance performance = FundPerformance.on(date("2021-01-01"), cny("10000000.00"), cny("0.00"),
                cny("1000000.00"), cny("8000000.00"), PAID_IN_2019);

        assertThat(performance.tvpi()).isEqualTo(Ratio.of("0.9000"));
        // 0.9^(365/731) − 1 = −0.051248…
        assertThat(performance.irr()).isEqualTo(Rate.of("-0.0512"));
    }

    @Test
    void nothingPaidInHasNoRatiosAndNoRate() {
        FundPerformance performance = FundPerformance.on(date("2021-01-01"), cny("0.00"), cny("0.00"), cny("0.00"),
                cny("0.00"), List.of());

        assertThat(performance.dpi()).isNull();
        assertThat(performance.rvpi()).isNull();
        assertThat(performance.tvpi()).isNull();
        assertThat(performance.irr()).isNull();
    }

    @Test
    void moneyPaidInTheSameDayAsTheNavIsReadHasNoRate() {
        FundPerformance performance = FundPerformance.on(date("2019-01-01"), cny("10000000.00"), cny("0.00"),
                cny("10000000.00"), cny("0.00"), PAID_IN_2019);

        assertThat(performance.tvpi()).isEqualTo(Ratio.of("1.0000"));
        assertThat(performance.irr()).as("the day nets to nothing: no flows left").isNull();
    }

    @Test
    void flowsAfterTheDateAreLeftOut() {
        List<DatedFlow> flows = List.of(flow("2019-01-01", "-10000000.00"), flow("2022-01-01", "50000000.00"));

        FundPerformance performance = FundPerformance.on(date("2021-01-01"), cny("10000000.00"), cny("0.00"),
                cny("0.00"), cny("12000000.00"), flows);

        assertThat(performance.irr()).isEqualTo(Rate.of("0.0953"));
    }

    @Test
    void aNegativeNavHasNoRvpi() {
        FundPerformance performance = FundPerformance.on(date("2021-01-01"), cny("10000000.00"), cny("0.00"),
                cny("-3000000.00"), cny("1000000.00"), PAID_IN_2019);

        assertThat(performance.nav()).isEqualTo(cny("-2000000.00"));
        assertThat(performance.rvpi()).isNull();
        assertThat(performance.tvpi()).isNull();
        assertThat(performance.dpi()).isEqualTo(Ratio.of("0.0000"));
    }

    @Test
    void cashHeldIsPaidInLessWhatWentOutPlusWhatCameBack() {
        CashHeld cash = new CashHeld(cny("60000000.00"), cny("5000000.00"), cny("12500000.00"), cny("1000000.00"),
                cny("4200000.00"), cny("3000000.00"));

        // 60,000,000 − 5,000,000 − 12,500,000 + 1,000,000 + 4,200,000 − 3,000,000
        assertThat(cash.amount()).isEqualTo(cny("44700000.00"));
    }

    private static DatedFlow flow(String date, String amount) {
        return new DatedFlow(date(date), new BigDecimal(amount));
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
