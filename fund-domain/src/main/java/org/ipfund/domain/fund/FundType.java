package org.ipfund.domain.fund;

import org.ipfund.domain.CapitalSource;

/** 引导基金, 母基金 or 子基金: the "1" and the "N" of the "1+N" model. */
public enum FundType {
    GUIDANCE, MOTHER, SUB;

    boolean createsSubFunds() {
        return this != SUB;
    }

    /** The money a parent of this type commits to its sub-funds unless told otherwise. */
    CapitalSource usualSourceOfCommitments() {
        return this == GUIDANCE ? CapitalSource.LOCAL_FISCAL : CapitalSource.STATE_OWNED;
    }
}
