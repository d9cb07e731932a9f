package org.ipfund.domain;


/** Identifies a fund. */
public record FundId(String value) {

    public FundId {
        IdShape.requireWellFormed(value, "FundId");
    }

    @Override
    public String toString() {
        return value;
    }
}
