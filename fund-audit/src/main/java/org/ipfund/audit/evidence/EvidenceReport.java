package org.ipfund.audit.evidence;

/**
 * {@code GET /api/audit/verify}: both chains recomputed. {@code valid}, {@code checked},
 * {@code firstBadPosition} and {@code head} sum them up (the first bad position is the events chain's, else
 * the ledger's); {@code events} and {@code ledger} give each chain's own report. {@code signing} says where the
 * service began signing its events: events up to {@code legacyThrough} were recorded before and are accepted
 * unsigned (-1: every event must be signed).
 */
public record EvidenceReport(boolean valid, long checked, Long firstBadPosition, Long head, ChainReport events,
                             ChainReport ledger, Signing signing) {

    /** Where signing began ({@code legacyThrough}), whether that mark's own signature holds, the current key. */
    public record Signing(long legacyThrough, boolean markValid, String keyId, String algorithm) {
    }

    static EvidenceReport of(ChainReport events, ChainReport ledger, Signing signing) {
        Long firstBad = events.firstBadPosition() != null ? events.firstBadPosition() : ledger.firstBadPosition();
        return new EvidenceReport(events.valid() && ledger.valid(), events.checked() + ledger.checked(), firstBad,
                events.head(), events, ledger, signing);
    }
}
