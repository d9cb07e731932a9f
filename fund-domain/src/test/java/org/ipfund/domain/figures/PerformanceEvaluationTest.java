package org.ipfund.domain.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.Year;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.junit.jupiter.api.Test;

class PerformanceEvaluationTest {

    private static final LocalDate TODAY = LocalDate.parse("2024-05-20");

    @Test
    void aPastYearIsJudgedOnItsLastDayAndTheCurrentOneToday() {
        assertThat(PerformanceEvaluation.judgedOn(Year.of(2023), TODAY)).isEqualTo(LocalDate.parse("2023-12-31"));
        assertThat(PerformanceEvaluation.judgedOn(Year.of(2024), TODAY)).isEqualTo(TODAY);
        assertThatIllegalArgumentException().isThrownBy(() -> PerformanceEvaluation.judgedOn(Year.of(2025), TODAY));
    }

    @Test
    void deploymentCountsDealsAndPaymentsIntoSubFundsAgainstPaidIn() {
        // (5,000,000 + 12,500,000) ÷ 60,000,000
        assertThat(PerformanceEvaluation.deploymentRatio(cny("5000000.00"), cny("12500000.00"), cny("60000000.00")))
                .isEqualTo(Ratio.of("0.2917"));
        assertThat(PerformanceEvaluation.deploymentRatio(cny("0.00"), cny("0.00"), cny("0.00"))).isNull();
    }

    @Test
    void targetRegionShareIsOfTheDealsCost() {
        assertThat(PerformanceEvaluation.targetRegionShare(cny("3000000.00"), cny("5000000.00")))
                .isEqualTo(Ratio.of("0.6000"));
        assertThat(PerformanceEvaluation.targetRegionShare(cny("0.00"), cny("0.00"))).isNull();
    }

    @Test
    void valueIsPreservedFromATvpiOfOne() {
        assertThat(PerformanceEvaluation.valuePreserved(Ratio.of("1.0000"))).isTrue();
        assertThat(PerformanceEvaluation.valuePreserved(Ratio.of("0.9999"))).isFalse();
        assertThat(PerformanceEvaluation.valuePreserved(null)).isNull();
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
