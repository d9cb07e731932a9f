package org.ipfund.audit.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The keys events are signed and checked with, kept outside the database. The current private key is in
 * {@code fund.audit.event-signing-key-file} (by default beside the checkpoint key, "checkpoint" in its name read as
 * "event": {@code ~/.ip-fund/event-signing.key}), made on first start when missing. Every public key the service
 * has signed with is kept in {@code fund.audit.event-public-keys-dir} (by default {@code <key file>-public-keys/},
 * one {@code <keyId>.pub} file each: the algorithm's name, then the X.509 key in base64), so rotating the key (move
 * the key file away and restart, or point the property at a new file) leaves every old signature verifiable.
 */
@Component
public class EventSigningKeys {

    private static final Logger LOG = LoggerFactory.getLogger(EventSigningKeys.class);

    private final SignatureAlgorithm algorithm;
    private final PrivateKey privateKey;
    private final String keyId;
    private final Map<String, KnownKey> known;

    /** A public key the service signed events with, by the id each signature names. */
    public record KnownKey(String keyId, SignatureAlgorithm algorithm, PublicKey publicKey) {

        /** The key, X.509-encoded in base64. */
        public String encoded() {
            return Base64.getEncoder().encodeToString(publicKey.getEncoded());
        }
    }

    @Autowired
    public EventSigningKeys(@Value("${fund.audit.event-signing-key-file:}") String keyFile,
                            @Value("${fund.audit.signing-key-file:${user.home}/.ip-fund/checkpoint-signing.key}")
                            Path checkpointKeyFile,
                            @Value("${fund.audit.event-public-keys-dir:}") String publicKeysDir,
                            @Value("${fund.audit.event-signing-algorithm:Ed25519}") String algorithm) {
        this(keyFile.isBlank() ? besideCheckpointKey(checkpointKeyFile) : Path.of(keyFile), publicKeysDir,
                SignatureAlgorithm.named(algorithm));
    }

    private EventSigningKeys(Path keyFile, String publicKeysDir, SignatureAlgorithm algorithm) {
        this(keyFile, publicKeysDir.isBlank() ? defaultPublicKeys(keyFile) : Path.of(publicKeysDir), algorithm);
    }

    /**
     * The key in {@code keyFile} (made with {@code algorithm} when missing; an existing file keeps the algorithm it
     * names) and every public key in {@code publicKeys}.
     */
    public EventSigningKeys(Path keyFile, Path publicKeys, SignatureAlgorithm algorithm) {
        try {
            Stored stored = Files.exists(keyFile) ? read(keyFile) : created(keyFile, algorithm);
            this.algorithm = stored.algorithm();
            this.privateKey = stored.keys().getPrivate();
            this.keyId = keyIdOf(stored.keys().getPublic());
            keepPublicKey(publicKeys, new KnownKey(keyId, this.algorithm, stored.keys().getPublic()));
            Map<String, KnownKey> keys = new LinkedHashMap<>(readPublicKeys(publicKeys));
            keys.put(keyId, new KnownKey(keyId, this.algorithm, stored.keys().getPublic()));
            this.known = Collections.unmodifiableMap(keys);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("could not read or make the event signing key " + keyFile, unreadable);
        }
    }

    /** The key signing new events. */
    public String keyId() {
        return keyId;
    }

    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    /** {@code content} signed with the current key, in base64. */
    public String sign(byte[] content) {
        return Base64.getEncoder().encodeToString(algorithm.sign(privateKey, content));
    }

    /**
     * Whether {@code signature} (base64) over {@code content} was made with the known key {@code keyId} by
     * {@code algorithmName}: false for an unknown key, another algorithm or anything malformed.
     */
    public boolean verify(String keyId, String algorithmName, byte[] content, String signature) {
        KnownKey key = known.get(keyId);
        if (key == null || !key.algorithm().name().equals(algorithmName)) {
            return false;
        }
        try {
            return key.algorithm().verify(key.publicKey(), content, Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    /** Every key the service knows, the current one included, by key id. */
    public Map<String, KnownKey> known() {
        return known;
    }

    /** The first 16 hex digits of the SHA-256 of the X.509-encoded public key, as for the checkpoint key. */
    public static String keyIdOf(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()), 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static Path besideCheckpointKey(Path checkpointKeyFile) {
        String name = checkpointKeyFile.getFileName().toString();
        String events = name.contains("checkpoint") ? name.replace("checkpoint", "event")
                : name.replaceFirst("(\\.key)?$", "-events.key");
        return checkpointKeyFile.toAbsolutePath().resolveSibling(events);
    }

    private static Path defaultPublicKeys(Path keyFile) {
        String name = keyFile.getFileName().toString().replaceFirst("\\.key$", "");
        return keyFile.toAbsolutePath().resolveSibling(name + "-public-keys");
    }

    private record Stored(SignatureAlgorithm algorithm, KeyPair keys) {
    }

    /** Line 1 the private key (PKCS#8), line 2 the public key (X.509), both base64; line 3 the algorithm (Ed25519 when absent). */
    private static Stored read(Path keyFile) throws IOException {
        List<String> lines = Files.readAllLines(keyFile, StandardCharsets.US_ASCII);
        SignatureAlgorithm algorithm = SignatureAlgorithm.named(lines.size() > 2 && !lines.get(2).isBlank()
                ? lines.get(2).trim() : Ed25519Signatures.NAME);
        PrivateKey privateKey = algorithm.privateKey(Base64.getDecoder().decode(lines.get(0).trim()));
        PublicKey publicKey = algorithm.publicKey(Base64.getDecoder().decode(lines.get(1).trim()));
        return new Stored(algorithm, new KeyPair(publicKey, privateKey));
    }

    private static Stored created(Path keyFile, SignatureAlgorithm algorithm) throws IOException {
        KeyPair keys = algorithm.newKeyPair();
        Files.createDirectories(keyFile.toAbsolutePath().getParent());
        String content = Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()) + "\n"
                + Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()) + "\n" + algorithm.name() + "\n";
        Path partial = keyFile.toAbsolutePath().resolveSibling(keyFile.getFileName() + ".partial");
        Files.writeString(partial, content, StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            LOG.warn("could not restrict the permissions of {}", keyFile);
        }
        Files.move(partial, keyFile, StandardCopyOption.ATOMIC_MOVE);
        LOG.info("Made a new {} event signing key {} in {}: keep it (and a copy of its public key) safe",
                algorithm.name(), keyIdOf(keys.getPublic()), keyFile);
        return new Stored(algorithm, keys);
    }

    private static void keepPublicKey(Path directory, KnownKey key) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(key.keyId() + ".pub");
        if (Files.exists(file)) {
            return;
        }
        Path partial = directory.resolve(key.keyId() + ".pub.partial");
        Files.writeString(partial, key.algorithm().name() + "\n" + key.encoded() + "\n", StandardCharsets.US_ASCII);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Map<String, KnownKey> readPublicKeys(Path directory) throws IOException {
        Map<String, KnownKey> keys = new LinkedHashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.pub")) {
            for (Path file : files) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
                SignatureAlgorithm algorithm = SignatureAlgorithm.named(lines.get(0).trim());
                PublicKey key = algorithm.publicKey(Base64.getDecoder().decode(lines.get(1).trim()));
                keys.put(keyIdOf(key), new KnownKey(keyIdOf(key), algorithm, key));
            }
        }
        return keys;
    }
}
