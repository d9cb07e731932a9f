package org.ipfund.domain.fund;

/** 引导基金, 母基金 or 子基金: the "1" and the "N" of the "1+N" model. */
public enum FundType {
    GUIDANCE, MOTHER, SUB
}
