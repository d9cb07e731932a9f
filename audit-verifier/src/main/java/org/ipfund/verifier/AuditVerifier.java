package org.ipfund.verifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Checks an audit export ({@code GET /api/audit/export}) without the service or its database, against public keys
 * the auditor kept apart ({@code GET /api/audit/public-keys}, saved when the keys were first seen): the
 * checkpoint's signature; every event's signature over its stored bytes (the service wrote it) and its link in the
 * event chain; every ledger line's link and its event; and both chains' heads against the signed checkpoint.
 * Prints what it found and names the first bad record; exits 0 when all holds, 1 when something does not, 2 when
 * it cannot read its input.
 *
 * <pre>java -jar audit-verifier/target/audit-verifier-exec.jar export.json public-keys.json</pre>
 */
public final class AuditVerifier {

    private static final String GENESIS = "0".repeat(64);

    private final Map<String, PublicKey> eventKeys = new HashMap<>();
    private final Map<String, String> eventAlgorithms = new HashMap<>();
    private PublicKey checkpointKey;
    private String checkpointKeyId;

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** Checks {@code args[0]} (the export) with the keys in {@code args[1]}; the exit code. */
    public static int run(String[] args, PrintStream out) {
        if (args.length != 2) {
            out.println("usage: java -jar audit-verifier-exec.jar <export.json> <public-keys.json>");
            return 2;
        }
        JsonNode export;
        JsonNode keys;
        try {
            ObjectMapper json = new ObjectMapper();
            export = json.readTree(Files.readAllBytes(Path.of(args[0])));
            keys = json.readTree(Files.readAllBytes(Path.of(args[1])));
        } catch (IOException unreadable) {
            out.println("cannot read the input: " + unreadable.getMessage());
            return 2;
        }
        AuditVerifier verifier = new AuditVerifier();
        try {
            verifier.readKeys(keys);
        } catch (GeneralSecurityException | IllegalArgumentException badKeys) {
            out.println("cannot read the public keys: " + badKeys.getMessage());
            return 2;
        }
        String bad = verifier.verify(export, out);
        if (bad == null) {
            out.println("VALID");
            return 0;
        }
        out.println("INVALID: " + bad);
        return 1;
    }

    private void readKeys(JsonNode keys) throws GeneralSecurityException {
        JsonNode checkpoint = keys.path("checkpoint");
        checkpointKey = publicKey(checkpoint.path("algorithm").asText("Ed25519"), checkpoint.path("publicKey").asText());
        checkpointKeyId = checkpoint.path("keyId").asText();
        for (JsonNode key : keys.path("events")) {
            String algorithm = key.path("algorithm").asText();
            PublicKey publicKey = publicKey(algorithm, key.path("publicKey").asText());
            String keyId = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(publicKey.getEncoded()), 0, 8);
            eventKeys.put(keyId, publicKey);
            eventAlgorithms.put(keyId, algorithm);
        }
    }

    /** Null when everything holds; otherwise the first bad record and what is wrong with it. */
    String verify(JsonNode export, PrintStream out) {
        JsonNode checkpoint = export.path("checkpoint");
        if (!checkpoint.path("keyId").asText().equals(checkpointKeyId)) {
            return "checkpoint: signed with key " + checkpoint.path("keyId").asText() + ", not the checkpoint key "
                    + checkpointKeyId;
        }
        if (!verifies(checkpointKey, "Ed25519", checkpointContent(checkpoint).getBytes(StandardCharsets.UTF_8),
                checkpoint.path("signature").asText())) {
            return "checkpoint: its signature does not match its content (the checkpoint was edited)";
        }
        out.println("checkpoint signature valid: events through " + checkpoint.path("events").path("position")
                + ", ledger through " + checkpoint.path("ledger").path("position"));
        JsonNode evidence = export.path("evidence");
        if (evidence.isMissingNode() || evidence.isNull()) {
            return "export: it carries no evidence records (made by a service older than the verifier)";
        }
        long legacyThrough = legacyThrough(evidence.path("signingStart"));
        if (legacyThrough > 0) {
            out.println("events up to position " + legacyThrough + " were recorded before signing began (legacy)");
        }

        String hash = GENESIS;
        long count = 0;
        long last = -1;
        Map<Long, String> genuineEvents = new HashMap<>();
        for (JsonNode event : evidence.path("events")) {
            long position = event.path("position").asLong();
            String where = "event at position " + position + ": ";
            if (position <= last) {
                return where + "out of order or repeated (inserted)";
            }
            String problem = provenance(event, legacyThrough);
            if (problem != null) {
                return where + problem;
            }
            hash = next(hash, position, text(event, "eventId"), text(event, "aggregateId"),
                    event.path("sequence").asLong(), text(event, "type"), text(event, "payloadType"),
                    text(event, "payloadRevision"), bytes(event, "payload"), bytes(event, "metadata"),
                    text(event, "timestamp"));
            String stated = text(event, "chainHash");
            if (stated == null) {
                return where + "the service never linked it into the event chain (inserted)";
            }
            if (!hash.equals(stated)) {
                return where + "its link does not follow from the records before it (this event was changed, or one"
                        + " before it was deleted or inserted)";
            }
            genuineEvents.put(position, text(event, "eventId"));
            count++;
            last = position;
        }
        String headProblem = head("events", checkpoint.path("events"), last, hash, count);
        if (headProblem != null) {
            return headProblem;
        }
        out.println(count + " events: signatures and chain valid");

        String ledgerHash = GENESIS;
        long lines = 0;
        long lastLine = -1;
        for (JsonNode line : evidence.path("ledger")) {
            long position = line.path("eventPosition").asLong();
            String where = "ledger line " + line.path("line").asInt() + " of the event at position " + position + ": ";
            if (!text(line, "eventId").equals(genuineEvents.get(position))) {
                return where + "it points to no event of the export at that position (inserted)";
            }
            ledgerHash = next(ledgerHash, text(line, "eventId"), line.path("line").asInt(), text(line, "fundId"),
                    position, text(line, "businessDate"), text(line, "account"), text(line, "source"),
                    text(line, "factId"), text(line, "debit"), text(line, "credit"), text(line, "currency"));
            String stated = text(line, "chainHash");
            if (stated == null || !ledgerHash.equals(stated)) {
                return where + "its link does not follow from the lines before it (this line was changed, or one"
                        + " before it was deleted or inserted)";
            }
            lines++;
            lastLine = position;
        }
        String ledgerHead = head("ledger", checkpoint.path("ledger"), lastLine, ledgerHash, lines);
        if (ledgerHead != null) {
            return ledgerHead;
        }
        out.println(lines + " ledger lines: chain valid, each pointing to a signed event");
        return null;
    }

    private long legacyThrough(JsonNode mark) {
        if (mark.isMissingNode() || mark.path("signature").isNull() || mark.path("keyId").isNull()) {
            return -1;
        }
        long after = mark.path("afterPosition").asLong();
        return signedByAnEventKey(text(mark, "keyId"), text(mark, "algorithm"), encode("ipfund-signing-start", 1, after),
                text(mark, "signature")) ? after : -1;
    }

    private String provenance(JsonNode event, long legacyThrough) {
        String signature = text(event, "signature");
        long position = event.path("position").asLong();
        if (signature == null) {
            return position <= legacyThrough ? null
                    : "it carries no signature of the service: the service did not record it (inserted)";
        }
        String keyId = text(event, "keyId");
        if (!eventKeys.containsKey(keyId)) {
            return "it is signed with key " + keyId + ", which is not among the public keys given";
        }
        byte[] content = encode("ipfund-event", 1, position, text(event, "eventId"), text(event, "aggregateId"),
                event.path("sequence").asLong(), text(event, "type"), text(event, "payloadType"),
                text(event, "payloadRevision"), bytes(event, "payload"), bytes(event, "metadata"),
                text(event, "timestamp"));
        return signedByAnEventKey(keyId, text(event, "algorithm"), content, signature) ? null
                : "its signature does not match its stored bytes (changed after it was recorded, or forged)";
    }

    private boolean signedByAnEventKey(String keyId, String algorithm, byte[] content, String signature) {
        PublicKey key = eventKeys.get(keyId);
        return key != null && eventAlgorithms.get(keyId).equals(algorithm) && verifies(key, algorithm, content, signature);
    }

    private static String head(String chain, JsonNode stated, long position, String hash, long count) {
        if (stated.path("position").asLong() != position || !stated.path("hash").asText().equals(hash)
                || stated.path("count").asLong() != count) {
            return chain + " chain head at position " + stated.path("position").asLong() + ": the export's records"
                    + " end at " + position + " with " + count + " records, the checkpoint states "
                    + stated.path("count").asLong() + " and another hash (records deleted or added at the end)";
        }
        return null;
    }

    static String checkpointContent(JsonNode checkpoint) {
        JsonNode events = checkpoint.path("events");
        JsonNode ledger = checkpoint.path("ledger");
        return String.join("\n", "ipfund-checkpoint", checkpoint.path("version").asText(),
                Instant.parse(checkpoint.path("issuedAt").asText()).toString(),
                events.path("position").asText(), events.path("hash").asText(), events.path("count").asText(),
                ledger.path("position").asText(), ledger.path("hash").asText(), ledger.path("count").asText(),
                checkpoint.path("keyId").asText());
    }

    /** The service's chain encoding: each field as a four-byte length (-1 for null) and its bytes. */
    static byte[] encode(Object... fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object field : fields) {
            byte[] bytes = field == null ? null
                    : field instanceof byte[] raw ? raw : field.toString().getBytes(StandardCharsets.UTF_8);
            out.writeBytes(ByteBuffer.allocate(4).putInt(bytes == null ? -1 : bytes.length).array());
            if (bytes != null) {
                out.writeBytes(bytes);
            }
        }
        return out.toByteArray();
    }

    static String next(String previousHash, Object... fields) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha256.update(encode(fields));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static PublicKey publicKey(String algorithm, String base64) throws GeneralSecurityException {
        String keyAlgorithm = "SM2".equals(algorithm) ? "EC" : algorithm;
        return KeyFactory.getInstance(keyAlgorithm).generatePublic(new X509EncodedKeySpec(Base64.getDecoder()
                .decode(base64)));
    }

    /** Ed25519 from the JDK; SM2 (SM3withSM2) only where a provider for it is installed in the runtime. */
    private static boolean verifies(PublicKey key, String algorithm, byte[] content, String signature) {
        try {
            Signature verifier = Signature.getInstance("SM2".equals(algorithm) ? "SM3withSM2" : algorithm);
            verifier.initVerify(key);
            verifier.update(content);
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException notASignature) {
            return false;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private static byte[] bytes(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : Base64.getDecoder().decode(text);
    }
}
