package org.ipfund.domain.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.ipfund.domain.figures.HoldingValue.Exit;
import org.ipfund.domain.figures.HoldingValue.Valuation;
import org.ipfund.domain.money.CurrencyMismatch;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.junit.jupiter.api.Test;

class HoldingValueTest {

    private static final Money COST = cny("3000000.00");

    @Test
    void carriesAnUnvaluedHoldingAtItsCost() {
        HoldingValue value = HoldingValue.on(date("2018-01-01"), COST, List.of(), List.of());

        assertThat(value).isEqualTo(new HoldingValue(COST, cny("0.00"), COST, cny("0.00"), cny("0.00"), COST, null,
                cny("0.00"), Ratio.of("1.0000"), false));
    }

    @Test
    void takesTheLatestValuationOnOrBeforeTheDate() {
        List<Valuation> valuations = List.of(new Valuation(date("2018-06-30"), cny("4500000.00")),
                new Valuation(date("2019-06-30"), cny("6000000.00")));

        HoldingValue before = HoldingValue.on(date("2018-06-29"), COST, valuations, List.of());
        HoldingValue between = HoldingValue.on(date("2019-06-29"), COST, valuations, List.of());
        HoldingValue onTheLater = HoldingValue.on(date("2019-06-30"), COST, valuations, List.of());

        assertThat(before.fairValue()).isEqualTo(COST);
        assertThat(before.valuationDate()).isNull();
        assertThat(between.fairValue()).isEqualTo(cny("4500000.00"));
        assertThat(between.valuationDate()).isEqualTo(date("2018-06-30"));
        assertThat(between.unrealisedGain()).isEqualTo(cny("1500000.00"));
        assertThat(between.moic()).isEqualTo(Ratio.of("1.5000"));
        assertThat(onTheLater.fairValue()).isEqualTo(cny("6000000.00"));
        assertThat(onTheLater.moic()).isEqualTo(Ratio.of("2.0000"));
    }

    @Test
    void ofTwoValuationsOnOneDayTheOneRecordedLaterCountsWhicheverItsAmount() {
        List<Valuation> valuations = List.of(new Valuation(date("2018-06-30"), cny("4500000.00")),
                new Valuation(date("2018-06-30"), cny("2500000.00")),
                new Valuation(date("2018-03-31"), cny("9000000.00")));

        assertThat(HoldingValue.on(date("2018-12-31"), COST, valuations, List.of()).fairValue())
                .isEqualTo(cny("2500000.00"));
    }

    @Test
    void anExitOnAValuationsDayScalesItOnlyWhenRecordedAfterIt() {
        // valued at 2,000,000.00 on D and half sold that day: recorded in that order, the valuation measured the whole
        // holding and the sale leaves half of it; recorded the other way round, the valuation measured what remained
        Exit halfSold = new Exit(date("2019-03-01"), Ratio.of("0.5"), cny("1000000.00"), cny("1500000.00"),
                cny("-500000.00"), false, 20);
        Valuation valuedBefore = new Valuation(date("2019-03-01"), cny("2000000.00"), 10);
        Valuation valuedAfter = new Valuation(date("2019-03-01"), cny("2000000.00"), 30);

        assertThat(HoldingValue.on(date("2019-03-01"), COST, List.of(valuedBefore), List.of(halfSold)).fairValue())
                .isEqualTo(cny("1000000.00"));
        assertThat(HoldingValue.on(date("2019-03-01"), COST, List.of(valuedAfter), List.of(halfSold)).fairValue())
                .isEqualTo(cny("2000000.00"));
    }

    @Test
    void scalesAValuationByTheShareThatRemainsAfterEachLaterExit() {
        List<Valuation> valuations = List.of(new Valuation(date("2018-12-31"), cny("10000000.00")));
        List<Exit> exits = List.of(
                new Exit(date("2019-03-01"), Ratio.of("0.40"), cny("5000000.00"), cny("1200000.00"),
                        cny("3800000.00"), false),
                new Exit(date("2019-06-01"), Ratio.of("0.50"), cny("2000000.00"), cny("900000.00"),
                        cny("1100000.00"), false));

        HoldingValue afterTheFirst = HoldingValue.on(date("2019-03-01"), COST, valuations, exits);
        HoldingValue afterBoth = HoldingValue.on(date("2019-06-01"), COST, valuations, exits);

        assertThat(afterTheFirst).isEqualTo(new HoldingValue(COST, cny("1200000.00"), cny("1800000.00"),
                cny("5000000.00"), cny("3800000.00"), cny("6000000.00"), date("2018-12-31"), cny("4200000.00"),
                Ratio.of("3.6667"), false));
        assertThat(afterBoth.fairValue()).as("10m x 0.6 x 0.5").isEqualTo(cny("3000000.00"));
        assertThat(afterBoth.remainingCost()).isEqualTo(cny("900000.00"));
        assertThat(afterBoth.proceeds()).isEqualTo(cny("7000000.00"));
        assertThat(afterBoth.realisedGain()).isEqualTo(cny("4900000.00"));
        assertThat(afterBoth.unrealisedGain()).isEqualTo(cny("2100000.00"));
        assertThat(afterBoth.moic()).as("(7m + 3m) / 3m").isEqualTo(Ratio.of("3.3333"));
    }

    @Test
    void anExitOnOrBeforeTheValuationsDateDoesNotScaleIt() {
        List<Exit> exits = List.of(new Exit(date("2019-03-01"), Ratio.of("0.40"), cny("1000000.00"),
                cny("1200000.00"), cny("-200000.00"), false));

        HoldingValue laterValued = HoldingValue.on(date("2019-12-31"), COST,
                List.of(new Valuation(date("2019-06-30"), cny("2000000.00"))), exits);
        HoldingValue valuedThatDay = HoldingValue.on(date("2019-12-31"), COST,
                List.of(new Valuation(date("2019-03-01"), cny("2000000.00"))), exits);

        assertThat(laterValued.fairValue()).isEqualTo(cny("2000000.00"));
        assertThat(valuedThatDay.fairValue()).isEqualTo(cny("2000000.00"));
        assertThat(laterValued.realisedGain()).isEqualTo(cny("-200000.00"));
        assertThat(laterValued.unrealisedGain()).isEqualTo(cny("200000.00"));
    }

    @Test
    void carriesAnUnvaluedHoldingAfterAPartialExitAtTheCostThatRemains() {
        HoldingValue value = HoldingValue.on(date("2019-12-31"), COST, List.of(), List.of(new Exit(
                date("2019-03-01"), Ratio.of("0.40"), cny("1500000.00"), cny("1200000.00"), cny("300000.00"), false)));

        assertThat(value.fairValue()).isEqualTo(cny("1800000.00"));
        assertThat(value.unrealisedGain()).isEqualTo(cny("0.00"));
        assertThat(value.moic()).as("(1.5m + 1.8m) / 3m").isEqualTo(Ratio.of("1.1000"));
    }

    @Test
    void aClosedHoldingIsWorthNothingFromTheDateOfTheExitThatClosedIt() {
        List<Valuation> valuations = List.of(new Valuation(date("2018-12-31"), cny("8000000.00")));
        List<Exit> exits = List.of(new Exit(date("2020-03-01"), Ratio.of("1"), cny("3394520.55"), COST,
                cny("394520.55"), true));

        HoldingValue theDayBefore = HoldingValue.on(date("2020-02-29"), COST, valuations, exits);
        HoldingValue closed = HoldingValue.on(date("2020-03-01"), COST, valuations, exits);

        assertThat(theDayBefore.fairValue()).as("the exit is not yet in effect").isEqualTo(cny("8000000.00"));
        assertThat(theDayBefore.closed()).isFalse();
        assertThat(closed).isEqualTo(new HoldingValue(COST, COST, cny("0.00"), cny("3394520.55"), cny("394520.55"),
                cny("0.00"), null, cny("0.00"), Ratio.of("1.1315"), true));
    }

    @Test
    void aWriteOffRealisesTheWholeCostAsALoss() {
        HoldingValue value = HoldingValue.on(date("2020-01-01"), COST, List.of(), List.of(new Exit(date("2019-12-01"),
                Ratio.of("1"), cny("0.00"), COST, cny("-3000000.00"), true)));

        assertThat(value.realisedGain()).isEqualTo(cny("-3000000.00"));
        assertThat(value.fairValue()).isEqualTo(cny("0.00"));
        assertThat(value.moic()).isEqualTo(Ratio.of("0.0000"));
    }

    @Test
    void roundsAScaledFairValueHalfUpOnceToTheMinorUnit() {
        List<Valuation> valuations = List.of(new Valuation(date("2018-12-31"), cny("100.01")));
        List<Exit> exits = List.of(
                new Exit(date("2019-01-01"), Ratio.of("0.50"), cny("60.00"), cny("50.00"), cny("10.00"), false),
                new Exit(date("2019-02-01"), Ratio.of("0.10"), cny("6.00"), cny("5.00"), cny("1.00"), false));

        // 100.01 x 0.5 x 0.9 = 45.0045, not 50.01 x 0.9 = 45.009 rounded twice
        assertThat(HoldingValue.on(date("2019-12-31"), cny("100.00"), valuations, exits).fairValue())
                .isEqualTo(cny("45.00"));
    }

    @Test
    void aHoldingOfNoCostHasNoMultiple() {
        assertThat(HoldingValue.on(date("2019-12-31"), cny("0.00"), List.of(), List.of()).moic()).isNull();
    }

    @Test
    void refusesAValuationInAnotherCurrencyThanTheCost() {
        assertThatThrownBy(() -> HoldingValue.on(date("2019-12-31"), COST,
                List.of(new Valuation(date("2019-01-01"), Money.of("1000.00", "USD"))), List.of()))
                .isInstanceOf(CurrencyMismatch.class);
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
        HoldingValue valued = HoldingValue.on(date("2021-03-01"), commitment,
                List.of(new Valuation(date("2021-01-31"), cny("14000000.00"))), List.of(ceded), cny("11000000.01"));

        assertThat(before.fairValue()).isEqualTo(cny("11000000.01"));
        assertThat(before.valuationDate()).isNull();
        // 11,000,000.01 × 0.5 = 5,500,000.005, half-up to the fen
        assertThat(after.fairValue()).isEqualTo(cny("5500000.01"));
        assertThat(after.remainingCost()).isEqualTo(cny("12500000.00"));
        // a valuation of the stake wins over its share of the sub-fund's NAV
        assertThat(valued.fairValue()).isEqualTo(cny("7000000.00"));
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
