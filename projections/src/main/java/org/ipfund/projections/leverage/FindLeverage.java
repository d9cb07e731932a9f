package org.ipfund.projections.leverage;

import java.time.LocalDate;

/** What capital the fund's money drew in, as of a business date. */
public record FindLeverage(String fundId, LocalDate asOf) {
}
