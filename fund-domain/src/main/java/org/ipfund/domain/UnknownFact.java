package org.ipfund.domain;

/** A command named a recorded fact (a commitment, a call...) that the fund does not have. */
public abstract class UnknownFact extends FundRuleViolation {

    protected UnknownFact(String message) {
        super(message);
    }
}
