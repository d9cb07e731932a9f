package org.ipfund.audit.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventSigningKeysTest {

    private static final byte[] CONTENT = "an event as stored".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path directory;

    @Test
    void makesAKeyOnFirstStartAndReadsTheSameKeyAfterwards() {
        EventSigningKeys first = keys("event-signing.key", new Ed25519Signatures());
        EventSigningKeys again = keys("event-signing.key", new Ed25519Signatures());
        assertThat(again.keyId()).isEqualTo(first.keyId());
        assertThat(again.verify(first.keyId(), "Ed25519", CONTENT, first.sign(CONTENT))).isTrue();
        assertThat(directory.resolve("public-keys").resolve(first.keyId() + ".pub")).exists();
    }

    @Test
    void aRotatedKeyLeavesEverySignatureOfTheRetiredOneVerifiable() throws Exception {
        EventSigningKeys retired = keys("event-signing.key", new Ed25519Signatures());
        String oldSignature = retired.sign(CONTENT);
        Files.move(directory.resolve("event-signing.key"), directory.resolve("retired.key"));

        EventSigningKeys current = keys("event-signing.key", new Ed25519Signatures());
        assertThat(current.keyId()).isNotEqualTo(retired.keyId());
        assertThat(current.known()).containsKeys(retired.keyId(), current.keyId());
        assertThat(current.verify(retired.keyId(), "Ed25519", CONTENT, oldSignature)).isTrue();
        assertThat(current.verify(current.keyId(), "Ed25519", CONTENT, current.sign(CONTENT))).isTrue();
        // a signature is checked with the key it names, and only that one
        assertThat(current.verify(current.keyId(), "Ed25519", CONTENT, oldSignature)).isFalse();
    }

    @Test
    void aKeyWhosePublicKeyWasNotKeptIsUnknown() throws Exception {
        EventSigningKeys retired = keys("event-signing.key", new Ed25519Signatures());
        String oldSignature = retired.sign(CONTENT);
        Files.move(directory.resolve("event-signing.key"), directory.resolve("retired.key"));
        Files.delete(directory.resolve("public-keys").resolve(retired.keyId() + ".pub"));

        EventSigningKeys current = keys("event-signing.key", new Ed25519Signatures());
        assertThat(current.verify(retired.keyId(), "Ed25519", CONTENT, oldSignature)).isFalse();
    }

    @Test
    void signsWithSm2WhereAnAssessmentAsksForItBesideOldEd25519Keys() throws Exception {
        EventSigningKeys ed25519 = keys("event-signing.key", new Ed25519Signatures());
        String oldSignature = ed25519.sign(CONTENT);
        Files.move(directory.resolve("event-signing.key"), directory.resolve("retired.key"));

        EventSigningKeys sm2 = keys("event-signing.key", new Sm2Signatures());
        assertThat(sm2.algorithm().name()).isEqualTo("SM2");
        String signature = sm2.sign(CONTENT);
        assertThat(sm2.verify(sm2.keyId(), "SM2", CONTENT, signature)).isTrue();
        assertThat(sm2.verify(sm2.keyId(), "SM2", "another event".getBytes(StandardCharsets.UTF_8), signature))
                .isFalse();
        assertThat(sm2.verify(sm2.keyId(), "Ed25519", CONTENT, signature)).isFalse();
        assertThat(sm2.verify(ed25519.keyId(), "Ed25519", CONTENT, oldSignature)).isTrue();
        // the key file names its algorithm, so a restart keeps SM2 whatever the property says
        assertThat(keys("event-signing.key", new Ed25519Signatures()).algorithm().name()).isEqualTo("SM2");
    }

    @Test
    void theEventKeyLivesBesideTheCheckpointKeyByDefault() {
        assertThat(EventSigningKeys.besideCheckpointKey(Path.of("/etc/ipfund/checkpoint-signing.key")))
                .isEqualTo(Path.of("/etc/ipfund/event-signing.key"));
        assertThat(EventSigningKeys.besideCheckpointKey(Path.of("/etc/ipfund/signing.key")))
                .isEqualTo(Path.of("/etc/ipfund/signing-events.key"));
    }

    private EventSigningKeys keys(String file, SignatureAlgorithm algorithm) {
        return new EventSigningKeys(directory.resolve(file), directory.resolve("public-keys"), algorithm);
    }
}
