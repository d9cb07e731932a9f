package org.ipfund.domain.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipfund.domain.money.Money;
import org.junit.jupiter.api.Test;

class NetAssetValueTest {

    @Test
    void holdsWhatWasPaidInLessWhatWasInvestedAndPaidIntoSubFundsPlusProceedsLessDistributions() {
        Money cash = NetAssetValue.cashHeld(cny("60000000.00"), cny("3000000.00"), cny("10000000.00"),
                cny("3394520.55"), cny("5000000.00"));

        assertThat(cash).isEqualTo(cny("45394520.55"));
    }

    @Test
    void addsTheFairValueOfTheOpenHoldingsToTheCash() {
        assertThat(NetAssetValue.of(cny("45394520.55"), cny("12000000.01")))
                .isEqualTo(new NetAssetValue(cny("45394520.55"), cny("12000000.01"), cny("57394520.56")));
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
