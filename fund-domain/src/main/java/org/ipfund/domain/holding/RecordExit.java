package org.ipfund.domain.holding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ipfund.domain.FundId;
import org.ipfund.domain.investment.InvestmentId;
import org.ipfund.domain.money.ExchangeRate;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;

/**
 * Record that the fund sold, ceded or wrote off {@code share} of what remains of a holding (1 closes it), for
 * {@code proceeds} (in the holding's currency, with the day's {@code exchangeRate} where it is not the fund's).
 */
public record RecordExit(@TargetAggregateIdentifier FundId fundId, InvestmentId investmentId, ExitId exitId,
                         ExitKind kind, Ratio share, Money proceeds, ExchangeRate exchangeRate, String buyer,
                         LocalDate date) {

    public RecordExit {
        Objects.requireNonNull(fundId, "fundId");
        Objects.requireNonNull(investmentId, "investmentId");
        Objects.requireNonNull(exitId, "exitId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(proceeds, "proceeds");
        Objects.requireNonNull(date, "date");
        if (share.value().signum() <= 0 || share.value().compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("share is a part of what remains: above 0 and at most 1");
        }
        if (proceeds.amount().signum() < 0) {
            throw new IllegalArgumentException("proceeds cannot be negative");
        }
        if (buyer != null && buyer.isBlank()) {
            buyer = null;
        }
    }
}
