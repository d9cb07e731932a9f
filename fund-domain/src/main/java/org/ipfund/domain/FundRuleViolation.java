package org.ipfund.domain;

/**
 * A command broke one of the fund's rules and nothing was recorded. Every rule has its own subclass
 * with a stable {@link #code()} that clients and auditors can rely on.
 */
public abstract class FundRuleViolation extends RuntimeException {

    protected FundRuleViolation(String message) {
        super(message);
    }

    /** The rule's stable name, e.g. {@code INSUFFICIENT_CAPITAL}. */
    public abstract String code();

    /** The input field the rule judged, where there is one (e.g. {@code amount}); otherwise null. */
    public String field() {
        return null;
    }
}
