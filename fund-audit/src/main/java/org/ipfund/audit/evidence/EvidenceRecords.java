package org.ipfund.audit.evidence;

import java.util.List;

/**
 * Everything a checkpoint covers, as stored, so that an auditor can check it without the service or its database
 * (the {@code audit-verifier}): every event up to the checkpoint's events position with every chained column
 * (payload and metadata in base64), its signature and its link's hash; every ledger line up to the checkpoint's
 * ledger position with its link's hash; and the signed mark of where signing began.
 */
public record EvidenceRecords(SigningMark signingStart, List<Event> events, List<LedgerLine> ledger) {

    /** Events up to {@code afterPosition} were recorded before the service signed events. */
    public record SigningMark(long afterPosition, String keyId, String algorithm, String signature) {
    }

    public record Event(long position, String eventId, String aggregateId, long sequence, String type,
                        String payloadType, String payloadRevision, String payload, String metadata, String timestamp,
                        String keyId, String algorithm, String signature, String chainHash) {
    }

    /** A ledger line in the text form its link hashes (amounts as plain decimals, the date ISO). */
    public record LedgerLine(String eventId, int line, String fundId, long eventPosition, String businessDate,
                             String account, String source, String factId, String debit, String credit,
                             String currency, String chainHash) {
    }
}
