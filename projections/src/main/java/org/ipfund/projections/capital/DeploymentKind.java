package org.ipfund.projections.capital;

/** Capital a fund put to work: a deal's cost, or its commitment to one of its sub-funds. */
public enum DeploymentKind {
    INVESTED, SUB_FUND
}
