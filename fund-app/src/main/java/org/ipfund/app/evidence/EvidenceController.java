package org.ipfund.app.evidence;

import org.ipfund.audit.evidence.Checkpoint;
import org.ipfund.audit.evidence.CheckpointSigner;
import org.ipfund.audit.evidence.CheckpointVerification;
import org.ipfund.audit.evidence.Evidence;
import org.ipfund.audit.evidence.EvidenceReport;
import org.ipfund.app.web.RequiredComponents;

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

    public EvidenceController(Evidence evidence, CheckpointSigner signer) {
        this.evidence = evidence;
        this.signer = signer;
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
}
