package org.ipfund.projections.capital;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.fund.FundType;

/** A fund and its capital position as of a business date, in total and by capital source. */
public record FundView(String fundId, String name, FundType type, Currency currency, LocalDate launchDate,
                       LocalDate asOf, CapitalPosition capital, Map<CapitalSource, CapitalPosition> bySource) {
}
