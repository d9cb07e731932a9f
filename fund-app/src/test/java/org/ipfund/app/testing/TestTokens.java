package org.ipfund.app.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The identity provider of the tests: a key pair made for this run, whose public half the service is configured
 * with, shaped as Keycloak shapes its tokens (roles under {@code realm_access.roles}, the user's name in
 * {@code preferred_username}). No network: the service reads the key from a file.
 */
public final class TestTokens {

    public static final String ROLES_CLAIM = "realm_access.roles";
    public static final String USERNAME_CLAIM = "preferred_username";

    private static final RSAKey ISSUER = newKey();
    private static final RSAKey STRANGER = newKey();
    private static final String PUBLIC_KEY_FILE = publicKeyFile();

    private TestTokens() {
    }

    public static void register(DynamicPropertyRegistry properties) {
        properties.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + PUBLIC_KEY_FILE);
        properties.add("fund.security.jwt.roles-claim", () -> ROLES_CLAIM);
        properties.add("fund.security.jwt.username-claim", () -> USERNAME_CLAIM);
    }

    /** A token for {@code username} (subject {@code subject}) with these roles, valid for ten minutes. */
    public static String token(String subject, String username, List<String> roles) {
        return sign(ISSUER, claims(subject, username, roles, Instant.now().plus(Duration.ofMinutes(10))));
    }

    /** A token with no roles claim at all. */
    public static String tokenWithoutRoles(String subject) {
        return sign(ISSUER, new JWTClaimsSet.Builder().subject(subject).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(10)))).build());
    }

    /** A token that expired ten minutes ago (beyond any allowance for clock skew). */
    public static String expired(String subject, List<String> roles) {
        return sign(ISSUER, claims(subject, subject, roles, Instant.now().minus(Duration.ofMinutes(10))));
    }

    /** A well-formed token signed by a key the service does not know. */
    public static String signedByAnotherKey(String subject, List<String> roles) {
        return sign(STRANGER, claims(subject, subject, roles, Instant.now().plus(Duration.ofMinutes(10))));
    }

    private static JWTClaimsSet claims(String subject, String username, List<String> roles, Instant expires) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issueTime(Date.from(expires.minus(Duration.ofMinutes(15))))
                .expirationTime(Date.from(expires))
                .claim("realm_access", Map.of("roles", roles));
        if (username != null) {
            claims.claim(USERNAME_CLAIM, username);
        }
        return claims.build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            token.sign(new RSASSASigner(key));
            return token.serialize();
        } catch (JOSEException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("test-" + System.nanoTime()).generate();
        } catch (JOSEException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String publicKeyFile() {
        try {
            File file = new File(System.getProperty("java.io.tmpdir"),
                    "ipfund-test-" + ProcessHandle.current().pid() + "-issuer.pem");
            file.deleteOnExit();
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(ISSUER.toRSAPublicKey().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            Files.writeString(file.toPath(), pem, StandardCharsets.US_ASCII);
            return file.getPath();
        } catch (JOSEException | IOException failed) {
            throw new IllegalStateException(failed);
        }
    }
}
