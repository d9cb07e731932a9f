package org.ipfund.projections.returninvestment;

import java.time.LocalDate;

/** 返投 compliance of each of a fund's sub-funds, as of a business date. */
public record FindReturnInvestment(String fundId, LocalDate asOf) {
}
