package org.ipfund.domain.fund;

import java.time.LocalDate;
import java.util.List;
import org.ipfund.domain.BusinessFact;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.FundId;

/** The fund asked its investors for capital (缴款通知); the allocations add up to the amount. */
public record CapitalCalled(FundId fundId, CallId callId, Money amount, LocalDate date, LocalDate dueDate,
                            List<CallAllocation> allocations) implements BusinessFact {

    @Override
    public LocalDate businessDate() {
        return date;
    }
}
