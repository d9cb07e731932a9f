package org.ipfund.domain.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.ipfund.domain.figures.IdleCapital.Movement;
import org.ipfund.domain.money.Money;
import org.junit.jupiter.api.Test;

class IdleCapitalTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    @Test
    void moneyPaidInExactly365DaysBeforeIsNotYetIdleAndADayLaterItIs() {
        List<Movement> movements = List.of(in("2019-01-01", "10000000.00"));

        IdleCapital onTheDay = IdleCapital.on(date("2020-01-01"), CNY, movements);
        IdleCapital aDayLater = IdleCapital.on(date("2020-01-02"), CNY, movements);

        assertThat(onTheDay.amount()).isEqualTo(cny("0.00"));
        assertThat(onTheDay.since()).isNull();
        assertThat(onTheDay.uninvested()).isEqualTo(cny("10000000.00"));
        assertThat(aDayLater.amount()).isEqualTo(cny("10000000.00"));
        assertThat(aDayLater.since()).isEqualTo(date("2019-01-01"));
    }

    @Test
    void moneyPutToWorkIsTakenFromTheOldestPaidInFirst() {
        List<Movement> movements = List.of(in("2019-01-01", "6000000.00"), in("2019-09-01", "4000000.00"),
                out("2019-06-01", "2000000.00"), out("2020-06-01", "5000000.00"));

        IdleCapital idle = IdleCapital.on(date("2020-12-31"), CNY, movements);

        // 6m of 2019-01-01 less 2m, less 4m of the 5m of 2020-06-01: gone; 4m of 2019-09-01 less 1m: 3m idle since
        assertThat(idle.amount()).isEqualTo(cny("3000000.00"));
        assertThat(idle.since()).isEqualTo(date("2019-09-01"));
        assertThat(idle.uninvested()).isEqualTo(cny("3000000.00"));
    }

    @Test
    void onlyThePartPaidInMoreThanAYearBeforeIsIdle() {
        List<Movement> movements = List.of(in("2019-01-01", "6000000.00"), in("2020-09-01", "4000000.00"),
                out("2019-06-01", "1000000.00"));

        IdleCapital idle = IdleCapital.on(date("2020-12-31"), CNY, movements);

        assertThat(idle.amount()).isEqualTo(cny("5000000.00"));
        assertThat(idle.since()).isEqualTo(date("2019-01-01"));
        assertThat(idle.uninvested()).isEqualTo(cny("9000000.00"));
    }

    @Test
    void moneyInvestedBeforeItWasPaidInIsCoveredByTheNextPayment() {
        List<Movement> movements = List.of(out("2019-01-01", "3000000.00"), in("2019-02-01", "5000000.00"));

        IdleCapital idle = IdleCapital.on(date("2021-01-01"), CNY, movements);

        assertThat(idle.amount()).isEqualTo(cny("2000000.00"));
        assertThat(idle.since()).isEqualTo(date("2019-02-01"));
    }

    @Test
    void moneyBackAfterAllWasPutToWorkIsUninvestedFromItsOwnDateAndLaterMovementsAreLeftOut() {
        // everything invested on 2019-03-01, 5m back on 2020-02-01 (a distribution reversed, say), invested in 2021
        List<Movement> movements = List.of(in("2019-01-01", "5000000.00"), out("2019-03-01", "5000000.00"),
                in("2020-02-01", "5000000.00"), out("2021-06-01", "5000000.00"));

        assertThat(IdleCapital.on(date("2021-01-31"), CNY, movements).amount()).isEqualTo(cny("0.00"));
        IdleCapital later = IdleCapital.on(date("2021-02-02"), CNY, movements);
        assertThat(later.amount()).isEqualTo(cny("5000000.00"));
        assertThat(later.since()).isEqualTo(date("2020-02-01"));
    }

    @Test
    void sameDayMovementsAreNettedFirst() {
        List<Movement> movements = List.of(out("2019-01-01", "4000000.00"), in("2019-01-01", "10000000.00"));

        IdleCapital idle = IdleCapital.on(date("2021-01-01"), CNY, movements);

        assertThat(idle.amount()).isEqualTo(cny("6000000.00"));
        assertThat(idle.since()).isEqualTo(date("2019-01-01"));
    }

    private static Movement in(String date, String amount) {
        return new Movement(date(date), cny(amount));
    }

    private static Movement out(String date, String amount) {
        return new Movement(date(date), Money.zero(CNY).minus(cny(amount)));
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
