package org.ipfund.domain.figures;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Currency;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.ipfund.domain.money.Money;

/**
 * Paid-in capital left idle (闲置资金) on a date: money investors paid in more than {@value #DAYS} days before it
 * (the days between its payment and the date exceed {@value #DAYS}) that the fund has not yet put to work.
 * <p>
 * Money comes in as it is paid in; it goes out as the fund invests it in deals, pays it into its sub-funds or
 * returns it to its investors (a distribution out of capital). The movements are those of the facts that stand on the
 * date: a fact reversed by then moved nothing. Money out is taken from the oldest money in first (first in, first
 * out), and money out before any money in covers it (an uncalled commitment invested) is covered by the next money
 * in. Movements of one day are netted first.
 * {@code uninvested} is all the money in not yet put to work; {@code amount} the part of it paid in more than
 * {@value #DAYS} days before; {@code since} the payment date of the oldest of that part (null when there is none).
 */
public record IdleCapital(Money amount, LocalDate since, Money uninvested) {

    public static final int DAYS = 365;

    /** The idle capital on {@code asOf} from the movements of any dates (those after it are left out). */
    public static IdleCapital on(LocalDate asOf, Currency currency, List<Movement> movements) {
        Money zero = Money.zero(currency);
        TreeMap<LocalDate, Money> byDay = new TreeMap<>();
        for (Movement movement : movements) {
            if (!movement.date().isAfter(asOf)) {
                byDay.merge(movement.date(), movement.amount(), Money::plus);
            }
        }
        Deque<Lot> lots = new ArrayDeque<>();
        Money owed = zero;
        for (Map.Entry<LocalDate, Money> day : byDay.entrySet()) {
            Money net = day.getValue();
            if (net.exceedsZero()) {
                Money covering = net.isGreaterThan(owed) ? owed : net;
                owed = owed.minus(covering);
                Money left = net.minus(covering);
                if (left.exceedsZero()) {
                    lots.addLast(new Lot(day.getKey(), left));
                }
            } else {
                Money out = zero.minus(net);
                while (out.exceedsZero() && !lots.isEmpty()) {
                    Lot oldest = lots.removeFirst();
                    if (oldest.amount().isGreaterThan(out)) {
                        lots.addFirst(new Lot(oldest.date(), oldest.amount().minus(out)));
                        out = zero;
                    } else {
                        out = out.minus(oldest.amount());
                    }
                }
                owed = owed.plus(out);
            }
        }
        Money idle = zero;
        Money uninvested = zero;
        LocalDate since = null;
        for (Lot lot : lots) {
            uninvested = uninvested.plus(lot.amount());
            if (ChronoUnit.DAYS.between(lot.date(), asOf) > DAYS) {
                idle = idle.plus(lot.amount());
                since = since == null ? lot.date() : since;
            }
        }
        return new IdleCapital(idle, since, uninvested);
    }

    /** Money in (positive: paid in) or out (negative: invested, paid into a sub-fund, returned) on a date. */
    public record Movement(LocalDate date, Money amount) {

        public Movement {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(amount, "amount");
        }
    }

    private record Lot(LocalDate date, Money amount) {
    }
}
