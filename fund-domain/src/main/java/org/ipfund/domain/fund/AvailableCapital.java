package org.ipfund.domain.fund;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.ipfund.domain.money.Money;

/**
 * The fund's money over business time: cash (paid in, less what was invested or committed to sub-funds) and
 * uncalled commitments. Part of the {@link Fund} aggregate. A fact may be dated before others already
 * recorded, so what is available on a date is the least balance from that date on: spending it must not
 * overdraw any later day.
 */
class AvailableCapital {

    private final Currency currency;
    private final List<Movement> movements = new ArrayList<>();

    AvailableCapital(Currency currency) {
        this.currency = currency;
    }

    void cashIn(LocalDate date, Money amount) {
        movements.add(new Movement(date, amount, zero()));
    }

    void cashOut(LocalDate date, Money amount) {
        movements.add(new Movement(date, zero().minus(amount), zero()));
    }

    void uncalledIn(LocalDate date, Money amount) {
        movements.add(new Movement(date, zero(), amount));
    }

    void uncalledOut(LocalDate date, Money amount) {
        movements.add(new Movement(date, zero(), zero().minus(amount)));
    }

    /** What the fund can spend on {@code date} without overdrawing that day or any later one. */
    Money availableOn(LocalDate date, boolean uncalledCounts) {
        Money least = balanceOn(date, uncalledCounts);
        for (Movement later : movements) {
            if (later.date().isAfter(date)) {
                Money balance = balanceOn(later.date(), uncalledCounts);
                if (balance.isLessThan(least)) {
                    least = balance;
                }
            }
        }
        return least;
    }

    void requireAvailable(Money amount, LocalDate date, boolean uncalledCounts, String field) {
        Money available = availableOn(date, uncalledCounts);
        if (amount.isGreaterThan(available)) {
            throw new InsufficientCapital(available, amount, date, field);
        }
    }

    private Money balanceOn(LocalDate date, boolean uncalledCounts) {
        Money balance = zero();
        for (Movement movement : movements) {
            if (!movement.date().isAfter(date)) {
                balance = balance.plus(movement.cash());
                if (uncalledCounts) {
                    balance = balance.plus(movement.uncalled());
                }
            }
        }
        return balance;
    }

    private Money zero() {
        return Money.zero(currency);
    }

    private record Movement(LocalDate date, Money cash, Money uncalled) {
    }
}
