package org.ipfund.domain.investment;

/** 直投: the fund leads; 跟投: it follows a lead investor, or a later round in a company it holds. */
public enum InvestmentKind {
    DIRECT, FOLLOW_ON
}
