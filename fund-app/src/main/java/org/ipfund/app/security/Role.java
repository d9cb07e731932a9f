package org.ipfund.app.security;

/** Who may do what (DOMAIN.md, "Who uses it"). */
public enum Role {
    /** 基金管理人: records the fund's facts and reads the views; never changes history. */
    FUND_MANAGER,
    /** 财务: reads the views; records nothing. */
    FINANCE,
    /** 审计: reads the views and the audit trail, verifies the chains, runs shadow rebuilds; records nothing. */
    AUDITOR,
    /** Operates the service: rebuilds views, reads operational metrics; records no fund business. */
    ADMIN
}
