package org.ipfund.domain.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.figures.Leverage.FamilyLeverage;
import org.ipfund.domain.figures.Leverage.SubFundCommitments;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.junit.jupiter.api.Test;

class LeverageTest {

    @Test
    void dealLeverageOfTheSeedPortfolioIsSixPointTwo() {
        assertThat(Leverage.ofDeal(cny("31000000.00"), cny("5000000.00"))).isEqualTo(Ratio.of("6.2000"));
    }

    @Test
    void roundsHalfUpToFourPlacesAndIsNullWithoutADenominator() {
        assertThat(Leverage.ofDeal(cny("2.00"), cny("3.00"))).isEqualTo(Ratio.of("0.6667"));
        assertThat(Leverage.ofDeal(cny("0.00"), cny("3.00"))).isEqualTo(Ratio.of("0.0000"));
        assertThat(Leverage.ofDeal(cny("100.00"), cny("0.00"))).isNull();
    }

    @Test
    void amplificationOfASubFundIsItsCommitmentsOverItsParents() {
        assertThat(Leverage.amplification(cny("100000000.00"), cny("25000000.00"))).isEqualTo(Ratio.of("4.0000"));
        assertThat(new SubFundCommitments(cny("3000000.00"), cny("900000.00")).amplification())
                .isEqualTo(Ratio.of("3.3333"));
        assertThat(Leverage.amplification(cny("100.00"), cny("0.00"))).isNull();
    }

    @Test
    void familyLeverageCountsDealsCoInvestorsAndTheSubFundsOtherInvestorsOverFiscalPaidIn() {
        FamilyLeverage family = Leverage.ofFamily(cny("5000000.00"),
                List.of(cny("31000000.00"), cny("0.00")),
                List.of(new SubFundCommitments(cny("3000000.00"), cny("900000.00"))),
                Map.of(CapitalSource.CENTRAL_FISCAL, cny("2000000.00"), CapitalSource.LOCAL_FISCAL,
                        cny("4000000.00"), CapitalSource.STATE_OWNED, cny("9000000.00")));
        assertThat(family).isEqualTo(new FamilyLeverage(cny("38100000.00"), cny("6000000.00"), Ratio.of("6.3500")));
    }

    @Test
    void familyLeverageIsNullWithoutFiscalMoneyPaidIn() {
        FamilyLeverage family = Leverage.ofFamily(cny("100.00"), List.of(), List.of(),
                Map.of(CapitalSource.SOCIAL, cny("100.00")));
        assertThat(family.fiscalPaidIn()).isEqualTo(cny("0.00"));
        assertThat(family.ratio()).isNull();
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
