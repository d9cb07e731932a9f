package org.ipfund.audit.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import org.junit.jupiter.api.Test;

/** The service's Ed25519 (Bouncy Castle's) signs exactly as the Java runtime does, and each verifies the other's. */
class Ed25519SignaturesTest {

    private final Ed25519Signatures ed25519 = new Ed25519Signatures();
    private final KeyPair keys = ed25519.newKeyPair();
    private final byte[] content = "ipfund-event position 42 CommitmentRecorded".getBytes(StandardCharsets.UTF_8);

    @Test
    void signsTheSameBytesAsTheJavaRuntime() throws Exception {
        Signature runtime = Signature.getInstance("Ed25519");
        runtime.initSign(keys.getPrivate());
        runtime.update(content);

        assertThat(ed25519.sign(keys.getPrivate(), content)).isEqualTo(runtime.sign());
    }

    @Test
    void eachVerifiesTheOthersSignature() throws Exception {
        Signature runtime = Signature.getInstance("Ed25519");
        runtime.initSign(keys.getPrivate());
        runtime.update(content);
        byte[] byTheRuntime = runtime.sign();
        assertThat(ed25519.verify(keys.getPublic(), content, byTheRuntime)).isTrue();

        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(keys.getPublic());
        verifier.update(content);
        assertThat(verifier.verify(ed25519.sign(keys.getPrivate(), content))).isTrue();
    }

    @Test
    void refusesAChangedContentOrSignatureOrAnotherKey() throws Exception {
        byte[] signature = ed25519.sign(keys.getPrivate(), content);
        byte[] changedContent = content.clone();
        changedContent[0] ^= 1;
        byte[] changedSignature = signature.clone();
        changedSignature[10] ^= 1;

        assertThat(ed25519.verify(keys.getPublic(), changedContent, signature)).isFalse();
        assertThat(ed25519.verify(keys.getPublic(), content, changedSignature)).isFalse();
        assertThat(ed25519.verify(ed25519.newKeyPair().getPublic(), content, signature)).isFalse();
        assertThat(ed25519.verify(keys.getPublic(), content, new byte[12])).isFalse();
        assertThat(ed25519.verify(keys.getPublic(), content, null)).isFalse();
        KeyPair notEd25519 = KeyPairGenerator.getInstance("EC").generateKeyPair();
        assertThat(ed25519.verify(notEd25519.getPublic(), content, signature)).isFalse();
    }

    @Test
    void readsTheKeysAsStored() {
        KeyPair stored = new KeyPair(ed25519.publicKey(keys.getPublic().getEncoded()),
                ed25519.privateKey(keys.getPrivate().getEncoded()));

        assertThat(ed25519.verify(keys.getPublic(), content, ed25519.sign(stored.getPrivate(), content))).isTrue();
        assertThat(ed25519.verify(stored.getPublic(), content, ed25519.sign(keys.getPrivate(), content))).isTrue();
    }
}
