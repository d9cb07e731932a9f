package org.ipfund.audit.evidence;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps both chains up to date (in the background, and before every verification or checkpoint), verifies
 * them, and issues and verifies signed checkpoints.
 */
@Component
public class Evidence {

    private final EventChain events;
    private final LedgerChain ledger;
    private final CheckpointSigner signer;
    private final Clock clock;
    private final EventProvenance provenance;
    private final EventSigningKeys eventKeys;

    public Evidence(EventChain events, LedgerChain ledger, CheckpointSigner signer, Clock clock,
                    EventProvenance provenance, EventSigningKeys eventKeys) {
        this.events = events;
        this.provenance = provenance;
        this.eventKeys = eventKeys;
        this.ledger = ledger;
        this.signer = signer;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${fund.audit.chain-interval:10s}", initialDelayString = "${fund.audit.chain-interval:10s}")
    public void extendChains() {
        ledger.extend(events.extend());
    }

    public EvidenceReport verify() {
        extendChains();
        EventProvenance.SigningStart start = provenance.signingStart();
        return EvidenceReport.of(events.verify(), ledger.verify(), new EvidenceReport.Signing(
                start.valid() ? start.afterPosition() : -1, start.valid(), eventKeys.keyId(),
                eventKeys.algorithm().name()));
    }

    public Checkpoint issueCheckpoint() {
        extendChains();
        Checkpoint unsigned = new Checkpoint(Checkpoint.VERSION, clock.instant().truncatedTo(ChronoUnit.MILLIS),
                events.head(), ledger.head(), signer.keyId(), null);
        return new Checkpoint(unsigned.version(), unsigned.issuedAt(), unsigned.events(), unsigned.ledger(),
                unsigned.keyId(), signer.sign(unsigned.signedContent()));
    }

    /** The records {@code checkpoint} covers, as stored, for a verifier without the service. */
    public EvidenceRecords records(Checkpoint checkpoint) {
        EventProvenance.SigningStart start = provenance.signingStart();
        return new EvidenceRecords(new EvidenceRecords.SigningMark(start.afterPosition(), start.keyId(),
                start.algorithm(), start.signature()), events.records(checkpoint.events().position()),
                ledger.records(checkpoint.ledger().position()));
    }

    /** Checks the signature, then recomputes both chains from the records up to the positions it states. */
    public CheckpointVerification verify(Checkpoint checkpoint) {
        boolean signed = checkpoint.signature() != null && signer.verify(checkpoint.signedContent(), checkpoint.signature());
        ChainHead recomputedEvents = events.recompute(checkpoint.events().position());
        ChainHead recomputedLedger = ledger.recompute(checkpoint.ledger().position());
        boolean eventsMatch = recomputedEvents.equals(checkpoint.events());
        boolean ledgerMatches = recomputedLedger.equals(checkpoint.ledger());
        return new CheckpointVerification(signed && eventsMatch && ledgerMatches, signed, eventsMatch, ledgerMatches,
                recomputedEvents, recomputedLedger);
    }

}
