package org.ipfund.projections.investor;

/** Every registered investor. */
public record FindInvestors() {
}
