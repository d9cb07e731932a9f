package org.ipfund.projections.capital;

/** The kinds of money movement the capital position adds up. */
enum MovementKind {
    COMMITTED, CALLED, PAID_IN
}
