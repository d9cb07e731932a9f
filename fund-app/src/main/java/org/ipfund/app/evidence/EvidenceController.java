package org.ipfund.app.evidence;

import org.ipfund.audit.evidence.Checkpoint;
import org.ipfund.audit.evidence.CheckpointSigner;
import org.ipfund.audit.evidence.CheckpointVerification;
import org.ipfund.audit.evidence.Evidence;
import org.ipfund.audit.evidence.EventSigningKeys;
import org.ipfund.audit.evidence.EvidenceReport;
import org.ipfund.app.web.RequiredComponents;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Tamper evidence for auditors: verify the chains, issue a signed checkpoint, verify one exported earlier. */
@RestController
@RequestMapping("/api/audit")
public class EvidenceController {

    private final Evidence evidence;
    private final CheckpointSigner signer;
    private final EventSigningKeys eventKeys;

    public EvidenceController(Evidence evidence, CheckpointSigner signer, EventSigningKeys eventKeys) {
        this.evidence = evidence;
        this.signer = signer;
        this.eventKeys = eventKeys;
    }

    @GetMapping("/verify")
    public EvidenceReport verify() {
        return evidence.verify();
    }

    @PostMapping("/checkpoints")
    @ResponseStatus(HttpStatus.CREATED)
    public Checkpoint checkpoint() {
        return evidence.issueCheckpoint();
    }

    @PostMapping("/checkpoints/verify")
    public CheckpointVerification verify(@RequestBody Checkpoint checkpoint) {
        return evidence.verify(RequiredComponents.requireAll(checkpoint));
    }

    @GetMapping("/checkpoints/public-key")
    public Map<String, String> publicKey() {
        return Map.of("algorithm", "Ed25519", "keyId", signer.keyId(), "publicKey", signer.publicKey());
    }

    /**
     * Every public key an auditor needs to check evidence without the service: the checkpoint key, and each key
     * events were signed with (the current one marked). Save it once, keep it apart, and give it to the verifier.
     */
    @GetMapping("/public-keys")
    public Map<String, Object> publicKeys() {
        List<Map<String, Object>> events = eventKeys.known().values().stream()
                .map(key -> Map.<String, Object>of("keyId", key.keyId(), "algorithm", key.algorithm().name(),
                        "publicKey", key.encoded(), "current", key.keyId().equals(eventKeys.keyId())))
                .toList();
        return Map.of("checkpoint", publicKey(), "events", events);
    }
}
