package org.ipfund.projections.capital;

import java.time.LocalDate;
import java.util.List;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.money.Money;
import org.ipfund.projections.ReversalView;

/**
 * A capital call, what it asked of each commitment, and what has been paid against it as of a date. A reversed call
 * stays listed with its {@code reversal} and nothing outstanding from the correction's date.
 */
public record CapitalCallView(String callId, Money amount, LocalDate date, LocalDate dueDate, Money paidIn,
                              Money outstanding, List<Allocation> allocations, ReversalView reversal) {

    public record Allocation(String commitmentId, CapitalSource source, Money called, Money paidIn,
                             Money outstanding) {
    }
}
