package org.ipfund.domain.fund;

import org.ipfund.domain.money.Money;

/** The part of a capital call asked from one commitment. */
public record CallAllocation(CommitmentId commitmentId, CapitalSource source, Money amount) {
}
