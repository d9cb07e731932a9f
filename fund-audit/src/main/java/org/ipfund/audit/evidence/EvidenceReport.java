package org.ipfund.audit.evidence;

/**
 * {@code GET /api/audit/verify}: both chains recomputed. {@code valid}, {@code checked},
 * {@code firstBadPosition} and {@code head} sum them up (the first bad position is the events chain's, else
 * the ledger's); {@code events} and {@code ledger} give each chain's own report.
 */
public record EvidenceReport(boolean valid, long checked, Long firstBadPosition, Long head, ChainReport events,
                             ChainReport ledger) {

    static EvidenceReport of(ChainReport events, ChainReport ledger) {
        Long firstBad = events.firstBadPosition() != null ? events.firstBadPosition() : ledger.firstBadPosition();
        return new EvidenceReport(events.valid() && ledger.valid(), events.checked() + ledger.checked(), firstBad,
                events.head(), events, ledger);
    }
}
