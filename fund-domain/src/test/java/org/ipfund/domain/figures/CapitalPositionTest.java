package org.ipfund.domain.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipfund.domain.money.Money;
import org.junit.jupiter.api.Test;

class CapitalPositionTest {

    @Test
    void availableIsCashWithoutAPolicyThatCountsUnfundedCommitments() {
        CapitalPosition position = CapitalPosition.of(cny("10000000.00"), cny("10000000.00"), cny("0.00"),
                cny("6000000.00"), cny("0.00"), false);
        assertThat(position.available()).isEqualTo(cny("-6000000.00"));
        assertThat(position.uncalled()).isEqualTo(cny("0.00"));
        assertThat(position.unfunded()).isEqualTo(cny("10000000.00"));
    }

    @Test
    void countsCalledButUnpaidMoneyAsUnfundedWhereThePolicyAllows() {
        // commit 10m, invest 6m, call 10m: nothing arrived yet, so all 10m is still unfunded
        CapitalPosition position = CapitalPosition.of(cny("10000000.00"), cny("10000000.00"), cny("0.00"),
                cny("6000000.00"), cny("0.00"), true);
        assertThat(position.available()).isEqualTo(cny("4000000.00"));
    }

    @Test
    void subtractsInvestmentsAndSubFundCommitmentsFromCash() {
        CapitalPosition position = CapitalPosition.of(cny("15000000.00"), cny("6000000.00"), cny("6000000.00"),
                cny("3000000.00"), cny("900000.00"), false);
        assertThat(position.available()).isEqualTo(cny("2100000.00"));
        assertThat(position).isEqualTo(new CapitalPosition(cny("15000000.00"), cny("6000000.00"),
                cny("6000000.00"), cny("3000000.00"), cny("900000.00"), cny("9000000.00"), cny("9000000.00"),
                cny("2100000.00")));
    }

    @Test
    void raisedCapitalOfOneSourceKeepsUncalledAndUnfundedApart() {
        assertThat(RaisedCapital.of(cny("1000.00"), cny("400.00"), cny("300.00")))
                .isEqualTo(new RaisedCapital(cny("1000.00"), cny("400.00"), cny("300.00"), cny("600.00"),
                        cny("700.00")));
    }

    @Test
    void isZeroForAFundWithNoFacts() {
        assertThat(CapitalPosition.zero(java.util.Currency.getInstance("CNY")).available()).isEqualTo(cny("0.00"));
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
