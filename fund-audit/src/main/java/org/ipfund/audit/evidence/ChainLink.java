package org.ipfund.audit.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One link of a tamper-evident chain: SHA-256 over the previous link's hash and a record's fields. Each field
 * is length-prefixed (and a null told apart from an empty value), so no two different records encode alike and
 * changing, removing or adding any field, record or link changes every hash after it.
 */
public final class ChainLink {

    /** The hash before the first link. */
    public static final String GENESIS = "0".repeat(64);

    private ChainLink() {
    }

    public static String next(String previousHash, Object... fields) {
        MessageDigest sha256 = sha256();
        sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
        sha256.update(encode(fields));
        return HexFormat.of().formatHex(sha256.digest());
    }

    /**
     * The fields in the chain's encoding: each as a four-byte length (-1 for null) and its bytes (a {@code byte[]}
     * as is, anything else as the UTF-8 of its text). Signatures sign the same encoding.
     */
    public static byte[] encode(Object... fields) {
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
