package org.ipfund.app.security;

import static org.ipfund.app.security.Role.ADMIN;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.ipfund.app.web.Problems;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Who may call what, over HTTP Basic: fund managers record and read; finance staff read the views; auditors
 * read the views and the audit trail and run verifications; administrators operate the service. Refusals are
 * problem details: 401 when nobody (or a wrong password) is named, 403 when the user lacks the role. Bearer tokens
 * from an identity provider are accepted beside Basic when one is configured ({@link BearerTokens}).
 */
@Configuration
@EnableConfigurationProperties(SecurityUsers.class)
public class WebSecurity {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json, BearerTokens bearerTokens) throws Exception {
        return http
                // a request the console forwarded here (security/ConsoleSecurity) was authorised on its way in, by
                // the same rules, with the console's session: this stateless chain would lose that session
                .securityMatcher(request -> request.getDispatcherType() != DispatcherType.FORWARD)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, refused) ->
                        problem(response, json, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                                "name a user with HTTP Basic authentication")))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, refused) -> problem(response, json,
                                HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "name a user with HTTP Basic authentication"))
                        .accessDeniedHandler((request, response, denied) -> problem(response, json,
                                HttpStatus.FORBIDDEN, "FORBIDDEN", "your role does not allow this")))
                .authorizeHttpRequests(access -> {
                    access.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                            .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                            .requestMatchers("/actuator/**").hasRole(ADMIN.name());
                    ApiAccess.authorize(access, "/api");
                    access.requestMatchers("/error").permitAll()
                            // anything else (another method on a known path, an unknown path) is MVC's to answer 404/405
                            .anyRequest().authenticated();
                })
                .with(bearerTokens.configurer(), Customizer.withDefaults())
                .build();
    }

    /** A request the firewall refuses (an encoded or a dot-dot segment, {@code ;}, {@code //}) never reaches the chain. */
    @Bean
    RequestRejectedHandler rejectedRequests(ObjectMapper json) {
        return (request, response, rejected) -> problem(response, json, HttpStatus.BAD_REQUEST, "REQUEST_REJECTED",
                "the request's path or headers are not acceptable: " + rejected.getMessage());
    }

    @Bean
    UserDetailsService users(SecurityUsers configured, PasswordEncoder passwords) {
        List<UserDetails> users = configured.getUsers().stream()
                .map(user -> User.withUsername(require(user.getUsername(), "username"))
                        .password(require(user.getPassword(), "password for " + user.getUsername()))
                        .roles(user.getRoles().stream().map(Role::name).toArray(String[]::new))
                        .build())
                .toList();
        if (users.isEmpty()) {
            throw new IllegalStateException("No users are configured: set fund.security.users[0].username, .password"
                    + " (a BCrypt hash) and .roles, or run with the documented demo users (--spring.profiles.active=demo)."
                    + " The service does not invent a default password.");
        }
        return new InMemoryUserDetailsManager(users);
    }

    /**
     * Checks the password against the configured hash (never rewriting the configured one, as Spring would rewrite a
     * {@code {noop}} password as BCrypt), and remembers a successful check for {@code fund.security.remember-credentials}.
     */
    @Bean
    AuthenticationProvider credentials(UserDetailsService users, PasswordEncoder passwords, Clock clock,
                                       @Value("${fund.security.remember-credentials:5m}") Duration remember) {
        DaoAuthenticationProvider hashes = new DaoAuthenticationProvider(users);
        hashes.setPasswordEncoder(passwords);
        return new RememberedCredentials(hashes, remember, clock);
    }

    /**
     * No observation around each of Spring Security's filters on every request: a third of a read's CPU. Each request
     * is still timed as a whole ({@code http_server_requests_seconds}).
     */
    @Bean
    SecurityObservationSettings noFilterObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Passwords are stored hashes: {@code {bcrypt}…}, or {@code {noop}…} for tests and demos. */
    @Bean
    PasswordEncoder passwords() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("fund.security.users: a user has no " + what);
        }
        return value;
    }

    private static void problem(HttpServletResponse response, ObjectMapper json, HttpStatus status, String code,
                                String detail) throws IOException {
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"ip-fund\"");
        }
        Problems.send(response, json, status, code, detail);
    }
}
