package org.ipfund.audit.evidence;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * A signature scheme the service signs its events with: Ed25519 by default ({@link Ed25519Signatures}); a
 * national-cryptography assessment (密评) may ask for SM2 ({@link Sm2Signatures}). Its {@link #name()} is stored
 * with every signature and key, so keys of several schemes can be known side by side.
 */
public interface SignatureAlgorithm {

    String name();

    KeyPair newKeyPair();

    /** A private key from its PKCS#8 encoding. */
    PrivateKey privateKey(byte[] pkcs8);

    /** A public key from its X.509 encoding. */
    PublicKey publicKey(byte[] x509);

    byte[] sign(PrivateKey key, byte[] content);

    /** Whether {@code signature} is {@code key}'s over {@code content}; false for anything malformed. */
    boolean verify(PublicKey key, byte[] content, byte[] signature);

    /** The algorithm called {@code name}: Ed25519 or SM2. */
    static SignatureAlgorithm named(String name) {
        return switch (name) {
            case Ed25519Signatures.NAME -> new Ed25519Signatures();
            case Sm2Signatures.NAME -> new Sm2Signatures();
            default -> throw new IllegalArgumentException("no signature algorithm called " + name
                    + " (Ed25519 or SM2)");
        };
    }
}
