package org.ipfund.domain;

/** Where money comes from (资金来源): leverage is always counted per source. */
public enum CapitalSource {
    CENTRAL_FISCAL, LOCAL_FISCAL, STATE_OWNED, SOCIAL;

    public boolean isFiscal() {
        return this == CENTRAL_FISCAL || this == LOCAL_FISCAL;
    }
}
