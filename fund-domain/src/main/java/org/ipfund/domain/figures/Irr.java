package org.ipfund.domain.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Rate;

/**
 * The IRR (内部收益率) of money put into something as of a date: the {@link Xirr} of its dated flows up to that date
 * (money in negative, money back positive, a reversal the other way on its own date) with what is still held on the
 * date as the last flow. Null when the flows do not change sign (nothing came back yet, nothing is held) or no rate
 * is found.
 */
public final class Irr {

    private Irr() {
    }

    public static Rate of(List<DatedFlow> flows, LocalDate asOf, Money held) {
        List<DatedFlow> withHeld = new ArrayList<>();
        for (DatedFlow flow : flows) {
            if (!flow.date().isAfter(asOf)) {
                withHeld.add(flow);
            }
        }
        withHeld.add(new DatedFlow(asOf, held.amount()));
        return Xirr.of(withHeld).map(Rate::new).orElse(null);
    }
}
