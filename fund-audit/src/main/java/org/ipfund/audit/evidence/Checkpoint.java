package org.ipfund.audit.evidence;

import java.time.Instant;

/**
 * A signed statement of where both chains stood: export it, keep it apart from the service, and verify it
 * later, even after the store has grown. {@code signature} is Ed25519 over {@link #signedContent()}.
 */
public record Checkpoint(int version, Instant issuedAt, ChainHead events, ChainHead ledger, String keyId,
                         String signature) {

    static final int VERSION = 1;

    /** Every field but the signature, in a fixed text form, so that a checkpoint verifies however it was reformatted. */
    String signedContent() {
        return String.join("\n", "ipfund-checkpoint", String.valueOf(version), String.valueOf(issuedAt),
                String.valueOf(events.position()), events.hash(), String.valueOf(events.count()),
                String.valueOf(ledger.position()), ledger.hash(), String.valueOf(ledger.count()), String.valueOf(keyId));
    }
}
