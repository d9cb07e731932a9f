package org.ipfund.audit.evidence;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

/** Ed25519 (RFC 8032), as every Java runtime since 15 provides it: the default. */
public final class Ed25519Signatures implements SignatureAlgorithm {

    static final String NAME = "Ed25519";

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
        try {
            Signature signature = Signature.getInstance(NAME);
            signature.initSign(key);
            signature.update(content);
            return signature.sign();
        } catch (GeneralSecurityException unexpected) {
            throw new IllegalStateException("could not sign with Ed25519", unexpected);
        }
    }

    @Override
    public boolean verify(PublicKey key, byte[] content, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(NAME);
            verifier.initVerify(key);
            verifier.update(content);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException notASignature) {
            return false;
        }
    }
}
