package org.ipfund.audit.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs checkpoints with the service's Ed25519 key, kept in {@code fund.audit.signing-key-file} (made on first
 * start when missing, readable by its owner only). The key never enters the database a tamperer could edit;
 * auditors verify with the public key ({@link #publicKey()}), which they may keep apart from the service.
 */
@Component
public class CheckpointSigner {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointSigner.class);
    private static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    public CheckpointSigner(@Value("${fund.audit.signing-key-file:${user.home}/.ip-fund/checkpoint-signing.key}")
                            Path keyFile) throws IOException, GeneralSecurityException {
        KeyPair keys = Files.exists(keyFile) ? read(keyFile) : created(keyFile);
        this.privateKey = keys.getPrivate();
        this.publicKey = keys.getPublic();
    }

    String sign(String content) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(content.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException unexpected) {
            throw new IllegalStateException("could not sign a checkpoint", unexpected);
        }
    }

    boolean verify(String content, String signatureBase64) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(publicKey);
            signature.update(content.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (IllegalArgumentException | GeneralSecurityException notASignature) {
            return false;
        }
    }

    /** The public key, X.509-encoded in base64, to verify checkpoints with. */
    public String publicKey() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    /** A short name for the key: the first 16 hex digits of the SHA-256 of the public key. */
    public String keyId() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static KeyPair read(Path keyFile) throws IOException, GeneralSecurityException {
        List<String> lines = Files.readAllLines(keyFile, StandardCharsets.US_ASCII);
        KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
        PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines.get(0))));
        PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(lines.get(1))));
        return new KeyPair(publicKey, privateKey);
    }

    private static KeyPair created(Path keyFile) throws IOException, GeneralSecurityException {
        KeyPair keys = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        Path directory = keyFile.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        String content = Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()) + "\n"
                + Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()) + "\n";
        Files.writeString(keyFile, content, StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            LOG.warn("could not restrict the permissions of {}", keyFile);
        }
        LOG.info("Made a new checkpoint signing key in {}: keep it (and a copy of its public key) safe", keyFile);
        return keys;
    }
}
