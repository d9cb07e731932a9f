package org.ipfund.domain.fund;

import java.time.LocalDate;
import java.util.List;
import org.ipfund.domain.FundEvent;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.FundId;

/** The fund asked its investors for capital (缴款通知); the allocations add up to the amount. */
public record CapitalCalled(FundId fundId, CallId callId, Money amount, LocalDate date, LocalDate dueDate,
                            List<CallAllocation> allocations) implements FundEvent {

    @Override
    public LocalDate businessDate() {
        return date;
    }
}
