package org.ipfund.projections.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.money.Money;
import org.ipfund.projections.ReversalView;

/** Capital of one source that an investor put into a deal; {@code inFundCurrency} is zero once reversed. */
public record CoInvestorView(String coInvestmentId, String investor, CapitalSource source, Money amount,
                             BigDecimal exchangeRate, Money inFundCurrency, LocalDate date, ReversalView reversal) {
}
