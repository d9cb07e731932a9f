package org.ipfund.domain.holding;

/**
 * How the fund left (part of) a holding: sold it, ceded it to the co-investors or other investors at the policy's
 * price (让利退出), or wrote it off for nothing.
 */
public enum ExitKind {
    SALE,
    CEDED,
    WRITE_OFF
}
