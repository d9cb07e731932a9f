package org.ipfund.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** A BCrypt check is paid once per user and password for a while, never for a wrong password. */
class RememberedCredentialsTest {

    private static final PasswordEncoder PASSWORDS = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private static final String MANAGER_HASH = PASSWORDS.encode("s3cret-manager");

    private final AtomicInteger hashChecks = new AtomicInteger();
    private final MovableClock clock = new MovableClock();
    private final RememberedCredentials credentials = new RememberedCredentials(countingChecker(), Duration.ofMinutes(5),
            clock);

    @Test
    void checksTheHashOnceAndThenRemembersTheRightPassword() {
        Authentication first = credentials.authenticate(presented("manager", "s3cret-manager"));
        Authentication second = credentials.authenticate(presented("manager", "s3cret-manager"));

        assertThat(hashChecks).hasValue(1);
        assertThat(second.isAuthenticated()).isTrue();
        assertThat(second.getName()).isEqualTo("manager");
        assertThat(second.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_FUND_MANAGER");
        assertThat(first.getCredentials()).as("no password is handed on").isNull();
        assertThat(second.getCredentials()).isNull();
    }

    @Test
    void neverRemembersAWrongPasswordNorLetsOneInAfterTheRightOne() {
        credentials.authenticate(presented("manager", "s3cret-manager"));
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> credentials.authenticate(presented("manager", "guess")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(hashChecks).as("every wrong attempt pays the full check").hasValue(4);
    }

    @Test
    void checksTheHashAgainOnceTheRememberedCheckHasExpired() {
        credentials.authenticate(presented("manager", "s3cret-manager"));
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        credentials.authenticate(presented("manager", "s3cret-manager"));
        assertThat(hashChecks).hasValue(2);
    }

    private DaoAuthenticationProvider countingChecker() {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(
                User.withUsername("manager").password(MANAGER_HASH).roles("FUND_MANAGER").build());
        DaoAuthenticationProvider checker = new DaoAuthenticationProvider(users);
        checker.setPasswordEncoder(new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return PASSWORDS.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                hashChecks.incrementAndGet();
                return PASSWORDS.matches(raw, encoded);
            }
        });
        return checker;
    }

    private static Authentication presented(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-24T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
