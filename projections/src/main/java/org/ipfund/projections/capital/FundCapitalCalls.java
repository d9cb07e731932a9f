package org.ipfund.projections.capital;

import java.time.LocalDate;
import java.util.List;

/** A fund's capital calls as of a date, in date order. */
public record FundCapitalCalls(String fundId, LocalDate asOf, List<CapitalCallView> calls) {
}
