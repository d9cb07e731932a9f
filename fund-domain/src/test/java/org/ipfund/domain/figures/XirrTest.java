package org.ipfund.domain.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.offset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class XirrTest {

    /** Half a unit of the fourth place: the rounded rate is right when the true rate lies within this of it. */
    private static final double HALF_A_BASIS_POINT = 0.00005;

    private static final List<DatedFlow> EXCELS_EXAMPLE = List.of(
            flow("2008-01-01", "-10000"),
            flow("2008-03-01", "2750"),
            flow("2008-10-30", "4250"),
            flow("2009-02-15", "3250"),
            flow("2009-04-01", "2750"));

    @Test
    void matchesTheExampleInExcelsDocumentation() {
        // Excel's XIRR help: 0.373362535
        assertThat(Xirr.of(EXCELS_EXAMPLE)).contains(new BigDecimal("0.3734"));
    }

    @Test
    void matchesOtherPublishedExamples() {
        // Gnumeric's XIRR help: 0.224838
        assertThat(Xirr.of(List.of(flow("1999-01-15", "-6000"), flow("1999-04-04", "2134"),
                flow("1999-05-09", "1422"), flow("2000-03-12", "1933"), flow("2000-05-01", "1422"))))
                .contains(new BigDecimal("0.2248"));
        // a bug report against the Ruby xirr gem expects -74.20%; SciPy's brentq on the same sum: -0.741957
        assertThat(Xirr.of(List.of(flow("2019-09-10", "-400"), flow("2020-01-21", "-400"),
                flow("2020-02-24", "-400"), flow("2020-03-16", "895.24"))))
                .contains(new BigDecimal("-0.7420"));
        // a Python xirr package's test: -0.6453638827
        assertThat(Xirr.of(List.of(flow("2019-12-31", "-80005.8"), flow("2020-03-12", "65209.6"))))
                .contains(new BigDecimal("-0.6454"));
    }

    @Test
    void matchesAnIndependentSolverOnRandomFundFlows() {
        // drawn at random once (paid in over up to three years, 0.3 to 3 times back), solved by SciPy's brentq on
        // Excel's sum to 1e-14; none lies within 1e-8 of a rounding boundary
        assertThat(Xirr.of(List.of(
                flow("2007-07-02", "-996292.23"), flow("2009-07-22", "518071.96"), flow("2009-02-20", "518071.96"))))
                .contains(new BigDecimal("0.0214"));
        assertThat(Xirr.of(List.of(
                flow("2017-03-26", "-793545.63"), flow("2018-10-10", "1142705.71"))))
                .contains(new BigDecimal("0.2667"));
        assertThat(Xirr.of(List.of(
                flow("2009-11-27", "-679276.38"), flow("2010-01-20", "-754290.37"), flow("2013-01-06", "301049.02"),
                flow("2015-08-01", "301049.02"), flow("2017-02-25", "301049.02"), flow("2013-08-31", "301049.02"))))
                .contains(new BigDecimal("-0.0348"));
        assertThat(Xirr.of(List.of(
                flow("2005-02-23", "-938026.83"), flow("2007-07-08", "-457676.51"), flow("2011-10-13", "732744.25"),
                flow("2009-02-25", "732744.25"))))
                .contains(new BigDecimal("0.0108"));
        assertThat(Xirr.of(List.of(
                flow("2007-01-30", "-130810.52"), flow("2009-02-03", "-462649.55"), flow("2008-07-24", "-59318.19"),
                flow("2009-08-27", "-720713.16"), flow("2011-01-11", "219758.63"), flow("2016-05-03", "219758.63"),
                flow("2013-06-07", "219758.63"), flow("2017-01-30", "219758.63"))))
                .contains(new BigDecimal("-0.0778"));
        assertThat(Xirr.of(List.of(
                flow("2013-02-10", "-946660.31"), flow("2013-07-02", "-62504.44"), flow("2014-11-20", "703051.44"),
                flow("2016-08-08", "703051.44"), flow("2015-02-15", "703051.44"))))
                .contains(new BigDecimal("0.3744"));
        assertThat(Xirr.of(List.of(
                flow("2013-07-11", "-609557"), flow("2015-07-28", "-219310.63"), flow("2015-08-08", "-477836.26"),
                flow("2016-11-22", "378944.13"), flow("2022-12-04", "378944.13"), flow("2018-01-04", "378944.13"))))
                .contains(new BigDecimal("-0.0290"));
        assertThat(Xirr.of(List.of(
                flow("2016-12-24", "-220315.11"), flow("2019-07-28", "-510296.47"), flow("2023-09-13", "376264.96"),
                flow("2020-09-09", "376264.96"))))
                .contains(new BigDecimal("0.0087"));
    }

    @Test
    void doublingInExactlyThreeHundredAndSixtyFiveDaysIsAHundredPercent() {
        // 2020 is a leap year: 31 December is the 365th day after 1 January
        assertThat(Xirr.of(List.of(flow("2020-01-01", "-100"), flow("2020-12-31", "200"))))
                .contains(new BigDecimal("1.0000"));
    }

    @Test
    void countsTheLeapDayAsADayOfTheYear() {
        // 366 days: 2^(365/366) − 1 = 0.996216
        assertThat(Xirr.of(List.of(flow("2020-01-01", "-100"), flow("2021-01-01", "200"))))
                .contains(new BigDecimal("0.9962"));
    }

    @Test
    void aLossIsANegativeRate() {
        // 800 back for 1000 over 366 days: 0.8^(365/366) − 1 = −0.199512
        assertThat(Xirr.of(List.of(flow("2020-01-01", "-1000"), flow("2021-01-01", "800"))))
                .contains(new BigDecimal("-0.1995"));
        // 20 back for 100 over 365 days: −80%
        assertThat(Xirr.of(List.of(flow("2013-01-01", "-100"), flow("2014-01-01", "20"))))
                .contains(new BigDecimal("-0.8000"));
    }

    @Test
    void gettingBackWhatWasPaidInIsARateOfZero() {
        assertThat(Xirr.of(List.of(flow("2020-01-01", "-100"), flow("2021-06-01", "100"))))
                .contains(new BigDecimal("0.0000"));
    }

    @Test
    void takesTheFlowsInAnyOrder() {
        List<DatedFlow> shuffled = new ArrayList<>(EXCELS_EXAMPLE);
        Collections.reverse(shuffled);
        assertThat(Xirr.of(shuffled)).contains(new BigDecimal("0.3734"));
        Collections.shuffle(shuffled, new Random(7));
        assertThat(Xirr.of(shuffled)).contains(new BigDecimal("0.3734"));
    }

    @Test
    void netsTheFlowsOfOneDayFirst() {
        List<DatedFlow> split = List.of(
                flow("2008-01-01", "-4000"), flow("2008-01-01", "-6000"),
                flow("2008-03-01", "3000"), flow("2008-03-01", "-250"),
                flow("2008-10-30", "4250"),
                flow("2009-02-15", "3250"),
                flow("2009-04-01", "2750"), flow("2009-04-01", "0"));
        assertThat(Xirr.of(split)).contains(new BigDecimal("0.3734"));
    }

    @Test
    void aDayWhoseFlowsCancelOutCountsForNothing() {
        List<DatedFlow> withACancelledDay = List.of(
                flow("2020-01-01", "-100"),
                flow("2020-06-01", "-30"), flow("2020-06-01", "30.00"),
                flow("2020-12-31", "200"));
        assertThat(Xirr.of(withACancelledDay)).contains(new BigDecimal("1.0000"));
        // the first day nets to nothing: counting from the next day gives the same rate, as it must
        List<DatedFlow> firstDayCancelled = List.of(
                flow("2019-07-01", "500"), flow("2019-07-01", "-500"),
                flow("2020-01-01", "-100"), flow("2020-12-31", "200"));
        assertThat(Xirr.of(firstDayCancelled)).contains(new BigDecimal("1.0000"));
    }

    @Test
    void hasNoRateWithoutMoneyGoingBothWays() {
        assertThat(Xirr.of(List.of())).isEmpty();
        assertThat(Xirr.of(List.of(flow("2020-01-01", "-100")))).isEmpty();
        assertThat(Xirr.of(List.of(flow("2020-01-01", "-100"), flow("2021-01-01", "-50")))).isEmpty();
        assertThat(Xirr.of(List.of(flow("2020-01-01", "100"), flow("2021-01-01", "50")))).isEmpty();
        // a total loss: paid in, nothing back
        assertThat(Xirr.of(List.of(flow("2020-01-01", "-100"), flow("2021-01-01", "0")))).isEmpty();
    }

    @Test
    void hasNoRateWhenNettingLeavesMoneyGoingOneWay() {
        assertThat(Xirr.of(List.of(flow("2020-01-01", "-100"), flow("2020-01-01", "150"),
                flow("2021-01-01", "20")))).isEmpty();
        assertThat(Xirr.of(List.of(flow("2020-01-01", "-100"), flow("2020-01-01", "100"),
                flow("2021-01-01", "20")))).isEmpty();
    }

    @Test
    void hasNoRateBeyondTheRangeSearched() {
        // doubled overnight: 2^365 − 1, far above a million
        assertThat(Xirr.of(List.of(flow("2020-01-01", "-100"), flow("2020-01-02", "200")))).isEmpty();
        // a near-total loss: 0.00001 back for 100 after a year is −99.99999%
        assertThat(Xirr.of(List.of(flow("2013-01-01", "-100"), flow("2014-01-01", "0.00001")))).isEmpty();
    }

    @Test
    void hasNoRateWhenTheFlowsNeverValueToZero() {
        // −100 + 100x − 100x² with x = 1/(1+r) is below zero for every x
        assertThat(Xirr.of(List.of(flow("2021-01-01", "-100"), flow("2022-01-01", "100"),
                flow("2023-01-01", "-100")))).isEmpty();
    }

    @Test
    void returnsTheRateClosestToZeroOfSeveral() {
        // years of 365 days, x = 1/(1+r): −100 + 230x − 132x² is zero at r = 10% and at r = 20%
        List<DatedFlow> tenAndTwenty = List.of(flow("2021-01-01", "-100"), flow("2022-01-01", "230"),
                flow("2023-01-01", "-132"));
        assertThat(valueAt(tenAndTwenty, 0.10)).isCloseTo(0, offset(1e-9));
        assertThat(valueAt(tenAndTwenty, 0.20)).isCloseTo(0, offset(1e-9));
        assertThat(Xirr.of(tenAndTwenty)).contains(new BigDecimal("0.1000"));
        assertThat(Xirr.of(List.of(tenAndTwenty.get(2), tenAndTwenty.get(0), tenAndTwenty.get(1))))
                .contains(new BigDecimal("0.1000"));
        // −200 + 320x − 110x²: r = −50% and r = 10%
        List<DatedFlow> minusFiftyAndTen = List.of(flow("2021-01-01", "-200"), flow("2022-01-01", "320"),
                flow("2023-01-01", "-110"));
        assertThat(valueAt(minusFiftyAndTen, -0.50)).isCloseTo(0, offset(1e-9));
        assertThat(valueAt(minusFiftyAndTen, 0.10)).isCloseTo(0, offset(1e-9));
        assertThat(Xirr.of(minusFiftyAndTen)).contains(new BigDecimal("0.1000"));
        // −100 + 215x − 114x²: r = −5% and r = 20%
        List<DatedFlow> minusFiveAndTwenty = List.of(flow("2021-01-01", "-100"), flow("2022-01-01", "215"),
                flow("2023-01-01", "-114"));
        assertThat(valueAt(minusFiveAndTwenty, -0.05)).isCloseTo(0, offset(1e-9));
        assertThat(valueAt(minusFiveAndTwenty, 0.20)).isCloseTo(0, offset(1e-9));
        assertThat(Xirr.of(minusFiveAndTwenty)).contains(new BigDecimal("-0.0500"));
    }

    @Test
    void takesTheLowerOfTwoRatesEquallyCloseToZero() {
        // x = 1/(1+r): −100 (x − 1/0.9)(x − 1/1.1) × 0.99 = −100 + 200x − 99x², zero at r = −10% and at r = 10%
        List<DatedFlow> flows = List.of(flow("2021-01-01", "-100"), flow("2022-01-01", "200"),
                flow("2023-01-01", "-99"));
        assertThat(valueAt(flows, -0.10)).isCloseTo(0, offset(1e-9));
        assertThat(valueAt(flows, 0.10)).isCloseTo(0, offset(1e-9));
        assertThat(Xirr.of(flows)).contains(new BigDecimal("-0.1000"));
    }

    @Test
    void keepsItsFootingOverACenturyOfFlows() {
        // valued at −99.9999% over 100 years, (1 + r)^(−t) is 10^600: the search must not overflow; SciPy: 0.071447
        List<DatedFlow> flows = List.of(flow("2000-01-01", "-100"), flow("2090-01-01", "-100"),
                flow("2100-01-01", "100000"));
        assertThat(Xirr.of(flows)).contains(new BigDecimal("0.0714"));
    }

    @Test
    void statesLargeFundsRatesAsWell() {
        List<DatedFlow> flows = EXCELS_EXAMPLE.stream()
                .map(flow -> new DatedFlow(flow.date(), flow.amount().movePointRight(8)))
                .toList();
        assertThat(Xirr.of(flows)).contains(new BigDecimal("0.3734"));
    }

    @Test
    void refusesAFlowWithoutADateOrAmount() {
        assertThatNullPointerException().isThrownBy(() -> new DatedFlow(null, BigDecimal.ONE));
        assertThatNullPointerException().isThrownBy(() -> new DatedFlow(LocalDate.of(2020, 1, 1), null));
    }

    /**
     * A fund's shape: paid in over up to three years, paid back (distributions and a final NAV) from a year after
     * the last contribution, 0.05 to 5 times what came in. One change of sign, so exactly one rate, within the
     * range searched.
     */
    @Test
    void theRateOfAFundsFlowsIsWithinHalfABasisPointOfWhereTheirValueChangesSign() {
        Random random = new Random(20240131L);
        for (int round = 0; round < 1_000; round++) {
            LocalDate start = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(7_300));
            List<DatedFlow> flows = new ArrayList<>();
            long paidInFen = 0;
            int contributions = 1 + random.nextInt(5);
            int lastContribution = 0;
            for (int i = 0; i < contributions; i++) {
                int day = i == 0 ? 0 : random.nextInt(3 * 365);
                lastContribution = Math.max(lastContribution, day);
                long fen = 1 + random.nextInt(1_000_000_000);
                paidInFen += fen;
                flows.add(new DatedFlow(start.plusDays(day), BigDecimal.valueOf(-fen, 2)));
            }
            double multiple = 0.05 + random.nextDouble() * 4.95;
            long paidBackFen = Math.max(1, Math.round(paidInFen * multiple));
            int paybacks = 1 + random.nextInt(6);
            for (int i = 0; i < paybacks; i++) {
                long fen = i == paybacks - 1 ? paidBackFen : random.nextLong(paidBackFen + 1);
                paidBackFen -= fen;
                int day = lastContribution + 365 + random.nextInt(6 * 365);
                flows.add(new DatedFlow(start.plusDays(day), BigDecimal.valueOf(fen, 2)));
            }
            Collections.shuffle(flows, random);

            Optional<BigDecimal> rate = Xirr.of(flows);

            assertThat(rate).as("rate of %s", flows).isPresent();
            assertChangesSignWithinHalfABasisPoint(flows, rate.get());
        }
    }

    /**
     * Any flows at all, with several changes of sign among them: when there is an answer, a rate lies within its
     * rounding and none closer to zero.
     */
    @Test
    void anyRateStatedIsWithinHalfABasisPointOfWhereTheValueChangesSignAndNoneIsCloserToZero() {
        Random random = new Random(19990115L);
        int stated = 0;
        for (int round = 0; round < 1_000; round++) {
            LocalDate start = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(7_300));
            List<DatedFlow> flows = new ArrayList<>();
            flows.add(new DatedFlow(start, BigDecimal.valueOf(-1 - random.nextInt(100_000_000), 2)));
            int count = 1 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                LocalDate date = start.plusDays(random.nextInt(15 * 365));
                flows.add(new DatedFlow(date, BigDecimal.valueOf(random.nextInt(200_000_000) - 80_000_000, 2)));
            }

            Optional<BigDecimal> rate = Xirr.of(flows);

            if (rate.isPresent()) {
                stated++;
                assertChangesSignWithinHalfABasisPoint(flows, rate.get());
                assertNoRateCloserToZero(flows, rate.get());
            }
        }
        assertThat(stated).as("rounds with a rate").isGreaterThan(500);
    }

    private static void assertChangesSignWithinHalfABasisPoint(List<DatedFlow> flows, BigDecimal rate) {
        // the search goes no lower than −0.999999, which rounds to −1.0000
        double below = valueAt(flows, Math.max(rate.doubleValue() - HALF_A_BASIS_POINT, -0.999999));
        double above = valueAt(flows, rate.doubleValue() + HALF_A_BASIS_POINT);
        assertThat(rate.scale()).isEqualTo(4);
        assertThat(Math.signum(below) * Math.signum(above))
                .as("value of %s at %s ± 0.00005: %s, %s", flows, rate, below, above)
                .isLessThanOrEqualTo(0);
    }

    /**
     * The value of the flows keeps one sign at every tenth of a percentage point nearer to zero than the rate, as far
     * as the search steps by single percentage points (−99% to 100%).
     */
    private static void assertNoRateCloserToZero(List<DatedFlow> flows, BigDecimal rate) {
        double bound = Math.abs(rate.doubleValue()) - 2 * HALF_A_BASIS_POINT;
        double lowest = Math.max(-bound, -0.99);
        double highest = Math.min(bound, 1.0);
        double sign = Math.signum(valueAt(flows, lowest));
        for (double nearer = lowest; nearer <= highest; nearer += 0.001) {
            assertThat(Math.signum(valueAt(flows, nearer)))
                    .as("value of %s at %s, nearer to zero than %s", flows, nearer, rate).isEqualTo(sign);
        }
    }

    /** The sum as Excel states it, flow by flow, discounted to the earliest day: the definition, not the search. */
    private static double valueAt(List<DatedFlow> flows, double rate) {
        LocalDate first = flows.stream().map(DatedFlow::date).min(LocalDate::compareTo).orElseThrow();
        double value = 0;
        for (DatedFlow flow : flows) {
            double years = ChronoUnit.DAYS.between(first, flow.date()) / 365.0;
            value += flow.amount().doubleValue() / Math.pow(1 + rate, years);
        }
        return value;
    }

    private static DatedFlow flow(String date, String amount) {
        return new DatedFlow(LocalDate.parse(date), new BigDecimal(amount));
    }
}
