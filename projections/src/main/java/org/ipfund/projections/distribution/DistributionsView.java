package org.ipfund.projections.distribution;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.money.Money;
import org.ipfund.projections.ReversalView;

/**
 * A fund's distributions (分配) as of a date, each with what every commitment received, and the totals of those that
 * stand: in all, by investor and by capital source. A reversed distribution stays listed with its reversal and counts
 * in no total from the correction's date.
 */
public record DistributionsView(String fundId, LocalDate asOf, Totals total, Map<String, Totals> byInvestor,
                                Map<CapitalSource, Totals> bySource, List<Distribution> distributions) {

    /**
     * One distribution: {@code amount} paid on {@code date}, {@code fromProceeds} out of exit proceeds kept for
     * returning and {@code fromCapital} out of the rest of the fund's cash.
     */
    public record Distribution(String distributionId, Money amount, LocalDate date, Money fromProceeds,
                               Money fromCapital, ReversalView reversal, List<Allocation> allocations) {
    }

    /** What one commitment received: {@code amount} = {@code returnOfCapital} + {@code gain}. */
    public record Allocation(String commitmentId, String investor, CapitalSource source, Money amount,
                             Money returnOfCapital, Money gain) {
    }

    /** Money paid out, split into capital returned and gain. */
    public record Totals(Money amount, Money returnOfCapital, Money gain) {

        static Totals zero(java.util.Currency currency) {
            Money zero = Money.zero(currency);
            return new Totals(zero, zero, zero);
        }

        Totals plus(Allocation allocation) {
            return new Totals(amount.plus(allocation.amount()), returnOfCapital.plus(allocation.returnOfCapital()),
                    gain.plus(allocation.gain()));
        }
    }
}
