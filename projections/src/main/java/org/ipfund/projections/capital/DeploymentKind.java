package org.ipfund.projections.capital;

/**
 * What takes cash out of (or, negative, puts it back into) the balance a fund may invest: a deal's cost, its
 * commitment to one of its sub-funds, exit proceeds the policy lets it invest again (negative: cash in), and the part
 * of a distribution paid out of that balance.
 */
public enum DeploymentKind {
    INVESTED, SUB_FUND, PROCEEDS, DISTRIBUTED
}
