package org.ipfund.domain.investor;

/** What kind of party an investor is: a fund may belong to a "1+N" family, the others never do. */
public enum InvestorKind {
    FUND, GOVERNMENT, STATE_OWNED_ENTERPRISE, PRIVATE, FINANCIAL_INSTITUTION, INDIVIDUAL, OTHER
}
