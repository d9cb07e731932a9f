package org.ipfund.audit.evidence;

/**
 * What verifying an exported checkpoint found: whether its signature is the service's, and whether the events
 * and ledger lines it covers still hash to the heads it states ({@code recomputedEvents}, {@code recomputedLedger}).
 */
public record CheckpointVerification(boolean valid, boolean signatureValid, boolean eventsMatch, boolean ledgerMatches,
                                     ChainHead recomputedEvents, ChainHead recomputedLedger) {
}
