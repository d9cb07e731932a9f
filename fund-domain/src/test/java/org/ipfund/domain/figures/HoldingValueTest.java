package org.ipfund.domain.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ipfund.domain.figures.HoldingValue.Exit;
import org.ipfund.domain.figures.HoldingValue.Valuation;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.junit.jupiter.api.Test;

class HoldingValueTest {

    private static final Money COST = cny("3000000.00");
    private static final Valuation MID_2019 = new Valuation(date("2019-06-30"), cny("4500000.00"));
    /** 40% of the holding sold for 2,000,000.00: cost released 0.4 × 3,000,000.00 = 1,200,000.00. */
    private static final Exit PART_SOLD = new Exit(date("2020-03-01"), Ratio.of("0.40"), cny("2000000.00"),
            cny("1200000.00"), cny("800000.00"), false);

    @Test
    void anUnvaluedHoldingIsCarriedAtCost() {
        HoldingValue value = HoldingValue.on(date("2019-01-01"), COST, List.of(MID_2019), List.of());

        assertThat(value.fairValue()).isEqualTo(COST);
        assertThat(value.valuationDate()).isNull();
        assertThat(value.unrealisedGain()).isEqualTo(cny("0.00"));
        assertThat(value.moic()).isEqualTo(Ratio.of("1.0000"));
        assertThat(value.closed()).isFalse();
    }

    @Test
    void theLatestValuationOnOrBeforeTheDateIsTheFairValue() {
        Valuation end2019 = new Valuation(date("2019-12-31"), cny("5100000.00"));

        HoldingValue mid = HoldingValue.on(date("2019-06-30"), COST, List.of(MID_2019, end2019), List.of());
        HoldingValue end = HoldingValue.on(date("2020-01-31"), COST, List.of(end2019, MID_2019), List.of());

        assertThat(mid.fairValue()).isEqualTo(cny("4500000.00"));
        assertThat(mid.valuationDate()).isEqualTo(date("2019-06-30"));
        assertThat(mid.unrealisedGain()).isEqualTo(cny("1500000.00"));
        assertThat(mid.moic()).isEqualTo(Ratio.of("1.5000"));
        assertThat(end.fairValue()).isEqualTo(cny("5100000.00"));
        assertThat(end.valuationDate()).isEqualTo(date("2019-12-31"));
    }

    @Test
    void ofTwoValuationsOfOneDateTheLaterGivenCounts() {
        Valuation restated = new Valuation(date("2019-06-30"), cny("4000000.00"));

        assertThat(HoldingValue.on(date("2019-07-01"), COST, List.of(MID_2019, restated), List.of()).fairValue())
                .isEqualTo(cny("4000000.00"));
    }

    @Test
    void aPartialExitAfterTheValuationScalesItByWhatRemains() {
        HoldingValue value = HoldingValue.on(date("2020-03-01"), COST, List.of(MID_2019), List.of(PART_SOLD));

        // 4,500,000.00 × (1 − 0.40) = 2,700,000.00 on a remaining cost of 3,000,000.00 − 1,200,000.00
        assertThat(value.fairValue()).isEqualTo(cny("2700000.00"));
        assertThat(value.remainingCost()).isEqualTo(cny("1800000.00"));
        assertThat(value.costReleased()).isEqualTo(cny("1200000.00"));
        assertThat(value.proceeds()).isEqualTo(cny("2000000.00"));
        assertThat(value.realisedGain()).isEqualTo(cny("800000.00"));
        assertThat(value.unrealisedGain()).isEqualTo(cny("900000.00"));
        // (2,000,000.00 + 2,700,000.00) ÷ 3,000,000.00 = 1.56666…
        assertThat(value.moic()).isEqualTo(Ratio.of("1.5667"));
    }

    @Test
    void theDayBeforeAnExitNothingOfItCounts() {
        HoldingValue value = HoldingValue.on(date("2020-02-29"), COST, List.of(MID_2019), List.of(PART_SOLD));

        assertThat(value.fairValue()).isEqualTo(cny("4500000.00"));
        assertThat(value.proceeds()).isEqualTo(cny("0.00"));
        assertThat(value.remainingCost()).isEqualTo(COST);
    }

    @Test
    void aValuationMeasuredOnOrAfterAnExitAlreadyValuesWhatRemains() {
        Valuation sameDay = new Valuation(date("2020-03-01"), cny("2400000.00"));
        Valuation later = new Valuation(date("2020-06-30"), cny("2500000.00"));

        assertThat(HoldingValue.on(date("2020-03-01"), COST, List.of(sameDay), List.of(PART_SOLD)).fairValue())
                .isEqualTo(cny("2400000.00"));
        assertThat(HoldingValue.on(date("2020-12-31"), COST, List.of(MID_2019, later), List.of(PART_SOLD))
                .fairValue()).isEqualTo(cny("2500000.00"));
    }

    @Test
    void anUnvaluedHoldingAfterAPartialExitIsCarriedAtTheCostThatRemains() {
        HoldingValue value = HoldingValue.on(date("2020-03-01"), COST, List.of(), List.of(PART_SOLD));

        assertThat(value.fairValue()).isEqualTo(cny("1800000.00"));
        assertThat(value.unrealisedGain()).isEqualTo(cny("0.00"));
        // (2,000,000.00 + 1,800,000.00) ÷ 3,000,000.00
        assertThat(value.moic()).isEqualTo(Ratio.of("1.2667"));
    }

    @Test
    void aClosedHoldingIsWorthNothingMoreAndKeepsWhatItRealised() {
        Exit rest = new Exit(date("2021-01-05"), Ratio.of("1"), cny("1500000.00"), cny("1800000.00"),
                cny("-300000.00"), true);

        HoldingValue value = HoldingValue.on(date("2021-06-30"), COST, List.of(MID_2019), List.of(PART_SOLD, rest));

        assertThat(value.closed()).isTrue();
        assertThat(value.fairValue()).isEqualTo(cny("0.00"));
        assertThat(value.valuationDate()).isNull();
        assertThat(value.remainingCost()).isEqualTo(cny("0.00"));
        assertThat(value.proceeds()).isEqualTo(cny("3500000.00"));
        assertThat(value.realisedGain()).isEqualTo(cny("500000.00"));
        assertThat(value.unrealisedGain()).isEqualTo(cny("0.00"));
        assertThat(value.moic()).isEqualTo(Ratio.of("1.1667"));
    }

    @Test
    void aStakeUnvaluedIsCarriedAtWhatItIsWorthBeforeExitsScaledByWhatTheyLeft() {
        Money commitment = cny("25000000.00");
        Exit ceded = new Exit(date("2021-03-01"), Ratio.of("0.50"), cny("6000000.00"), cny("12500000.00"),
                cny("-6500000.00"), false);

        HoldingValue before = HoldingValue.on(date("2021-02-28"), commitment, List.of(), List.of(ceded),
                cny("11000000.01"));
        HoldingValue after = HoldingValue.on(date("2021-03-01"), commitment, List.of(), List.of(ceded),
                cny("11000000.01"));

        assertThat(before.fairValue()).isEqualTo(cny("11000000.01"));
        // 11,000,000.01 × 0.5 = 5,500,000.005, half-up to the fen
        assertThat(after.fairValue()).isEqualTo(cny("5500000.01"));
        assertThat(after.remainingCost()).isEqualTo(cny("12500000.00"));
    }

    @Test
    void nothingCostNoMultiple() {
        assertThat(HoldingValue.on(date("2021-01-01"), cny("0.00"), List.of(), List.of()).moic()).isNull();
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
