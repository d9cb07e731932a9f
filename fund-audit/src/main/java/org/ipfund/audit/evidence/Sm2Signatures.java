package org.ipfund.audit.evidence;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * SM2 signatures with SM3 (GB/T 32918, GB/T 32905), the national algorithms a cryptography assessment (密评) may
 * require, through BouncyCastle (used as a provider object, never installed in the runtime).
 */
public final class Sm2Signatures implements SignatureAlgorithm {

    static final String NAME = "SM2";
    private static final Provider BC = new BouncyCastleProvider();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
            generator.initialize(new ECGenParameterSpec("sm2p256v1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException unexpected) {
            throw new IllegalStateException("could not make an SM2 key", unexpected);
        }
    }

    @Override
    public PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance("EC", BC).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException unreadable) {
            throw new IllegalArgumentException("not an SM2 private key", unreadable);
        }
    }

    @Override
    public PublicKey publicKey(byte[] x509) {
        try {
            return KeyFactory.getInstance("EC", BC).generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException unreadable) {
            throw new IllegalArgumentException("not an SM2 public key", unreadable);
        }
    }

    @Override
    public byte[] sign(PrivateKey key, byte[] content) {
        try {
            Signature signature = Signature.getInstance("SM3withSM2", BC);
            signature.initSign(key);
            signature.update(content);
            return signature.sign();
        } catch (GeneralSecurityException unexpected) {
            throw new IllegalStateException("could not sign with SM2", unexpected);
        }
    }

    @Override
    public boolean verify(PublicKey key, byte[] content, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("SM3withSM2", BC);
            verifier.initVerify(key);
            verifier.update(content);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException notASignature) {
            return false;
        }
    }
}
