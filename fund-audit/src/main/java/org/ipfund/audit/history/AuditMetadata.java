package org.ipfund.audit.history;

/** The metadata every recorded event carries for the auditors: who, why, and when it takes effect. */
public final class AuditMetadata {

    /** The authenticated user who caused the event. */
    public static final String ACTOR = "actor";
    /** The request that caused the event; shared by everything that request recorded. */
    public static final String CORRELATION_ID = "correlationId";
    /** The message (command) that directly caused the event. */
    public static final String CAUSATION_ID = "causationId";
    /** The business date on which the fact takes effect (ISO yyyy-MM-dd). */
    public static final String BUSINESS_DATE = "businessDate";

    private AuditMetadata() {
    }
}
