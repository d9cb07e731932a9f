package org.ipfund.projections.holding;

/** What a fund holds: a deal it made directly or alongside a lead, or its stake in one of its sub-funds. */
public enum HoldingKind {
    DIRECT, FOLLOW_ON, SUB_FUND
}
