package org.ipfund.app.apidoc;

import java.util.List;

/**
 * The {@code code}s each refusal status may carry: the domain's rule codes (each {@code FundRuleViolation}'s
 * {@code code()}: an {@code UnknownFact} answers 404, an {@code UnacceptableValue} 400, any other rule 409, as
 * web/ProblemDetailsAdvice maps them) and those of the HTTP layer. RefusalCodesTest fails when a rule of the domain is
 * missing here or listed under the wrong status.
 */
final class RefusalCodes {

    /** Input that is malformed or invalid, whatever the fund has recorded. */
    static final List<String> INVALID_INPUT = List.of("INVALID_INPUT", "INVALID_VALUE", "UNKNOWN_FIELD",
            "UNKNOWN_PARAMETER", "MALFORMED_JSON", "REQUEST_REJECTED", "BAD_REQUEST",
            // domain: UnacceptableValue
            "CURRENCY_NOT_MONEY", "DATE_BEFORE_1900");

    static final List<String> UNKNOWN = List.of("FUND_NOT_FOUND", "CONTRIBUTION_NOT_FOUND", "DISTRIBUTION_NOT_FOUND",
            "INVESTOR_NOT_FOUND", "PROJECTION_NOT_FOUND", "NOT_FOUND",
            // domain: UnknownFact
            "COMMITMENT_NOT_FOUND", "CALL_NOT_FOUND", "INVESTMENT_NOT_FOUND", "SUB_FUND_NOT_FOUND", "FACT_NOT_FOUND");

    /** The fund's rules (every other FundRuleViolation), in docs/API-GUIDE.md's order. */
    static final List<String> RULES = List.of(
            "AMOUNT_NOT_POSITIVE", "CURRENCY_MISMATCH", "EXCHANGE_RATE_NOT_APPLICABLE", "DATE_BEFORE_LAUNCH",
            "DATE_IN_FUTURE", "DUPLICATE_ID",
            "CALL_EXCEEDS_UNFUNDED_COMMITMENTS", "CONTRIBUTION_BEFORE_CALL", "CONTRIBUTION_EXCEEDS_CALLED",
            "INVESTOR_SOURCE_MISMATCH", "FAMILY_FUND_NOT_AN_INVESTOR",
            "INSUFFICIENT_CAPITAL", "FOLLOW_ON_EXCEEDS_LEAD_SHARE", "FOLLOW_ON_OUTSIDE_WINDOW",
            "FOLLOW_ON_WITHOUT_HOLDING",
            "CO_INVESTMENT_BEFORE_INVESTMENT", "INVESTMENT_REVERSED", "NOT_A_PARENT_FUND", "SHARE_CAP_EXCEEDED",
            "GOVERNMENT_SHARE_CAP_EXCEEDED",
            "AMENDMENT_INVALIDATES_FACT",
            "DATE_BEFORE_INVESTMENT", "HOLDING_CLOSED", "HOLDING_HAS_LATER_FACTS", "LATER_EXIT_STANDS",
            "PROCEEDS_REQUIRED", "WRITE_OFF_WITH_PROCEEDS", "BUYER_REQUIRED", "NO_CEDED_EXIT_TERMS",
            "CEDED_EXIT_BELOW_PRICE", "INSUFFICIENT_CASH", "NOTHING_PAID_IN", "LATER_DISTRIBUTION_STANDS",
            "CORRECTION_BEFORE_FACT", "FACT_ALREADY_REVERSED", "FACT_NOT_REVERSIBLE", "COMMITMENT_ALREADY_CALLED",
            "CAPITAL_ALREADY_INVESTED", "PROCEEDS_ALREADY_DISTRIBUTED", "DATED_BEFORE_REVERSAL");

    /** A write that met another: the same fund changed at the same moment. */
    static final String CONCURRENT_CHANGE = "CONCURRENT_CHANGE";
    /** A copy of a request that is still being served under the same Idempotency-Key. */
    static final String KEY_IN_PROGRESS = "IDEMPOTENCY_KEY_IN_PROGRESS";
    static final String KEY_REUSED = "IDEMPOTENCY_KEY_REUSED";
    static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    static final String FORBIDDEN = "FORBIDDEN";
    static final String BODY_TOO_LARGE = "BODY_TOO_LARGE";
    static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    static final List<String> UNAVAILABLE = List.of("DATABASE_UNAVAILABLE", "VIEW_NOT_CAUGHT_UP");
    static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    private RefusalCodes() {
    }
}
