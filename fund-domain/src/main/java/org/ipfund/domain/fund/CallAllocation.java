package org.ipfund.domain.fund;

import org.ipfund.domain.money.Money;
import org.ipfund.domain.CapitalSource;

/** The part of a capital call asked from one commitment. */
public record CallAllocation(CommitmentId commitmentId, CapitalSource source, Money amount) {
}
