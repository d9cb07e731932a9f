package org.ipfund.domain.holding;

/** How a fair value was measured, in the IPEV guidelines' terms. */
public enum ValuationMethod {
    RECENT_TRANSACTION,
    MULTIPLES,
    DCF,
    NAV,
    COST,
    OTHER
}
