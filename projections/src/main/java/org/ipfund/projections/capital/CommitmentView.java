package org.ipfund.projections.capital;

import java.time.LocalDate;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.money.Money;

/** One investor's commitment and how much of it was called and paid in, as of a date. */
public record CommitmentView(String commitmentId, String investor, CapitalSource source, Money amount,
                             LocalDate date, Money called, Money paidIn, Money uncalled, Money unfunded) {
}
