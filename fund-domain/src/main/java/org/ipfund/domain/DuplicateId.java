package org.ipfund.domain;


/** The id names a fact this fund already recorded: the same fact is never recorded twice. */
public class DuplicateId extends FundRuleViolation {

    public DuplicateId(String id) {
        super("a fact with id '%s' is already recorded".formatted(id));
    }

    @Override
    public String code() {
        return "DUPLICATE_ID";
    }
}
