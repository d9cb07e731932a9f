package org.ipfund.audit.export;

import org.ipfund.audit.history.EventHistoryEntry;

import java.time.LocalDate;
import java.util.List;
import org.ipfund.audit.evidence.Checkpoint;
import org.ipfund.audit.evidence.EvidenceRecords;
import org.ipfund.projections.ledger.LedgerEntry;

/**
 * {@code GET /api/audit/export}: the period's events and ledger lines that the chains had linked when it was made
 * (events through {@code eventsThroughPosition}, ledger lines through {@code ledgerThroughPosition}), and the
 * checkpoint that covers them. {@code evidence} holds every record the checkpoint covers as stored (all funds and
 * dates: a chain links them all), for the {@code audit-verifier} to check offline.
 */
public record ExportBundle(String fundId, LocalDate from, LocalDate to, long eventsThroughPosition,
                           long ledgerThroughPosition, Checkpoint checkpoint,
                           List<EventHistoryEntry> events, List<LedgerEntry> ledger, EvidenceRecords evidence) {
}
