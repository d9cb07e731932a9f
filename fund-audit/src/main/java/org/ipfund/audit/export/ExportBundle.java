package org.ipfund.audit.export;

import org.ipfund.audit.history.EventHistoryEntry;

import java.time.LocalDate;
import java.util.List;
import org.ipfund.audit.evidence.Checkpoint;
import org.ipfund.projections.ledger.LedgerEntry;

/**
 * {@code GET /api/audit/export}: the period's events and ledger lines that the chains had linked when it was made
 * (events through {@code eventsThroughPosition}, ledger lines through {@code ledgerThroughPosition}), and the
 * checkpoint that covers them.
 */
public record ExportBundle(String fundId, LocalDate from, LocalDate to, long eventsThroughPosition,
                           long ledgerThroughPosition, Checkpoint checkpoint,
                           List<EventHistoryEntry> events, List<LedgerEntry> ledger) {
}
