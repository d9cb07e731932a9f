package org.ipfund.audit.evidence;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;

/**
 * Ed25519 (RFC 8032): the default. Keys are the Java runtime's (PKCS#8 and X.509 encodings, as stored); signing and
 * verifying use Bouncy Castle's implementation, which is several times faster than Java 17's own (every command signs
 * its events, and the chains verify each one again) and gives the very same signatures: Ed25519 is deterministic, so
 * a signature made by either verifies with the other ({@code Ed25519SignaturesTest}).
 */
public final class Ed25519Signatures implements SignatureAlgorithm {

    static final String NAME = "Ed25519";

    /** Keys as Bouncy Castle holds them, derived once per key (deriving a private key costs as much as a signature). */
    private final Map<PrivateKey, Ed25519PrivateKeyParameters> signingKeys = new ConcurrentHashMap<>();
    private final Map<PublicKey, Ed25519PublicKeyParameters> verifyingKeys = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public KeyPair newKeyPair() {
        try {
            return KeyPairGenerator.getInstance(NAME).generateKeyPair();
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every Java runtime since 15 has Ed25519", impossible);
        }
    }

    @Override
    public PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance(NAME).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException unreadable) {
            throw new IllegalArgumentException("not an Ed25519 private key", unreadable);
        }
    }

    @Override
    public PublicKey publicKey(byte[] x509) {
        try {
            return KeyFactory.getInstance(NAME).generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException unreadable) {
            throw new IllegalArgumentException("not an Ed25519 public key", unreadable);
        }
    }

    @Override
    public byte[] sign(PrivateKey key, byte[] content) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, signingKeys.computeIfAbsent(key, Ed25519Signatures::signingKey));
        signer.update(content, 0, content.length);
        return signer.generateSignature();
    }

    @Override
    public boolean verify(PublicKey key, byte[] content, byte[] signature) {
        Ed25519PublicKeyParameters verifyingKey;
        try {
            verifyingKey = verifyingKeys.computeIfAbsent(key, Ed25519Signatures::verifyingKey);
        } catch (IllegalArgumentException notEd25519) {
            return false;
        }
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, verifyingKey);
        verifier.update(content, 0, content.length);
        return signature != null && verifier.verifySignature(signature);
    }

    private static Ed25519PrivateKeyParameters signingKey(PrivateKey key) {
        try {
            if (PrivateKeyFactory.createKey(key.getEncoded()) instanceof Ed25519PrivateKeyParameters ed25519) {
                return ed25519;
            }
        } catch (IOException | RuntimeException unreadable) {
            throw new IllegalStateException("could not sign with Ed25519: not an Ed25519 private key", unreadable);
        }
        throw new IllegalStateException("could not sign with Ed25519: not an Ed25519 private key");
    }

    private static Ed25519PublicKeyParameters verifyingKey(PublicKey key) {
        try {
            if (PublicKeyFactory.createKey(key.getEncoded()) instanceof Ed25519PublicKeyParameters ed25519) {
                return ed25519;
            }
        } catch (IOException | RuntimeException unreadable) {
            throw new IllegalArgumentException("not an Ed25519 public key", unreadable);
        }
        throw new IllegalArgumentException("not an Ed25519 public key");
    }
}
