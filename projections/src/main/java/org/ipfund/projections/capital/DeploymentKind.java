package org.ipfund.projections.capital;

/**
 * Investable cash a fund put to work or got back: a deal's cost, its commitment to one of its sub-funds, exit proceeds
 * the policy let it invest again (a negative deployment) and the part of a distribution paid from investable cash.
 */
public enum DeploymentKind {
    INVESTED, SUB_FUND, PROCEEDS, DISTRIBUTED
}
