package org.ipfund.app.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * HTTP Basic names the user and password on every request, and checking a BCrypt hash costs tens of milliseconds of
 * CPU by design: checked on every request, it is most of what a request costs. So a successful check is remembered
 * for a short while, and the same user with the same password is let in without checking the hash again. Only a
 * keyed digest of the password is kept (HMAC-SHA256 under a key made at start and never stored), and only in
 * memory; a wrong password is never remembered and always pays the full check.
 */
final class RememberedCredentials implements AuthenticationProvider {

    private static final int MAX_REMEMBERED = 10_000;

    private record Remembered(Authentication authentication, Instant until) {
    }

    private final AuthenticationProvider checker;
    private final Duration remember;
    private final Clock clock;
    private final byte[] key = new byte[32];
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    RememberedCredentials(AuthenticationProvider checker, Duration remember, Clock clock) {
        this.checker = checker;
        this.remember = remember;
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    @Override
    public Authentication authenticate(Authentication presented) throws AuthenticationException {
        if (!(presented.getCredentials() instanceof String password)) {
            return checker.authenticate(presented);
        }
        String digest = digest(presented.getName(), password);
        Instant now = clock.instant();
        Remembered known = remembered.get(digest);
        if (known != null && now.isBefore(known.until())) {
            return known.authentication();
        }
        Authentication checked = checker.authenticate(presented);
        if (checked != null && checked.isAuthenticated()) {
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
            }
            // what is handed out carries no password
            Authentication kept = UsernamePasswordAuthenticationToken.authenticated(checked.getPrincipal(), null,
                    checked.getAuthorities());
            remembered.put(digest, new Remembered(kept, now.plus(remember)));
            return kept;
        }
        return checked;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return checker.supports(authentication);
    }

    private String digest(String username, String password) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            hmac.update(username.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            return HexFormat.of().formatHex(hmac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
