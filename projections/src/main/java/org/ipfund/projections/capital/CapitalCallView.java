package org.ipfund.projections.capital;

import java.time.LocalDate;
import java.util.List;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.money.Money;

/** A capital call, what it asked of each commitment, and what has been paid against it as of a date. */
public record CapitalCallView(String callId, Money amount, LocalDate date, LocalDate dueDate, Money paidIn,
                              Money outstanding, List<Allocation> allocations) {

    public record Allocation(String commitmentId, CapitalSource source, Money called, Money paidIn,
                             Money outstanding) {
    }
}
