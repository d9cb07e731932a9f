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

    /**
     * The command field the rule judged, where there is one: the path of the command's record components, e.g.
     * {@code amount} or {@code lead.date}, never a part of a money amount (the rule says whether its amount or its
     * currency was at fault); otherwise null.
     */
    public String field() {
        return null;
    }
}
