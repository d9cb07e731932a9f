package org.ipfund.domain;

/**
 * A value no fund accepts, whatever it has recorded: the command was malformed, not at odds with the fund's state.
 * It is refused as invalid input, naming the field that holds it.
 */
public abstract class UnacceptableValue extends FundRuleViolation {

    private final String field;

    protected UnacceptableValue(String message, String field) {
        super(message);
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
