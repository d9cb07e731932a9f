package org.ipfund.domain.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.domain.policy.PolicyTerms;
import org.junit.jupiter.api.Test;

class CapitalPositionTest {

    @Test
    void availableIsCashWithoutAPolicyThatCountsUnfundedCommitments() {
        CapitalPosition position = CapitalPosition.on(DAY, timeline(false, CapitalMovement.committed(DAY,
                cny("10000000.00")), CapitalMovement.invested(DAY, cny("6000000.00"))), cny("10000000.00"),
                cny("10000000.00"), cny("0.00"), cny("6000000.00"), cny("0.00"));
        assertThat(position.available()).isEqualTo(cny("-6000000.00"));
        assertThat(position.uncalled()).isEqualTo(cny("0.00"));
        assertThat(position.unfunded()).isEqualTo(cny("10000000.00"));
    }

    @Test
    void countsCalledButUnpaidMoneyAsUnfundedWhereThePolicyAllows() {
        // commit 10m, invest 6m, call 10m: nothing arrived yet, so all 10m is still unfunded
        CapitalPosition position = CapitalPosition.on(DAY, timeline(true, CapitalMovement.committed(DAY,
                cny("10000000.00")), CapitalMovement.invested(DAY, cny("6000000.00"))), cny("10000000.00"),
                cny("10000000.00"), cny("0.00"), cny("6000000.00"), cny("0.00"));
        assertThat(position.available()).isEqualTo(cny("4000000.00"));
    }

    @Test
    void subtractsInvestmentsAndSubFundCommitmentsFromCash() {
        CapitalPosition position = CapitalPosition.on(DAY, timeline(false,
                CapitalMovement.committed(DAY, cny("15000000.00")), CapitalMovement.paidIn(DAY, cny("6000000.00")),
                CapitalMovement.invested(DAY, cny("3000000.00")),
                CapitalMovement.committedToSubFund(DAY, cny("900000.00"))), cny("15000000.00"), cny("6000000.00"),
                cny("6000000.00"), cny("3000000.00"), cny("900000.00"));
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

    private static final LocalDate DAY = LocalDate.parse("2017-06-01");

    private static CapitalTimeline timeline(boolean unfundedCounts, CapitalMovement... movements) {
        PolicyTerms terms = new PolicyTerms(LocalDate.parse("2017-01-01"), null, null, null, null, null,
                unfundedCounts);
        return CapitalTimeline.of(Currency.getInstance("CNY"), List.of(movements), new FundPolicy(List.of(terms)));
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
