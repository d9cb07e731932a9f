package org.ipfund.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ipfund.app.web.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Bearer tokens (JWT) from the government offices' own identity provider, beside HTTP Basic in the one stateless API
 * chain. Off unless Spring Boot's {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, {@code jwk-set-uri}
 * or {@code public-key-location} names the issuer or its key (Boot then makes the {@link JwtDecoder}); the user and
 * roles come from the claims {@link TokenClaims} names. A missing, malformed, expired or wrongly signed token is a
 * 401 problem, a role that may not a 403 problem, as for Basic users.
 */
@Component
@EnableConfigurationProperties(TokenClaims.class)
public class BearerTokens {

    private static final String BASIC = "Basic realm=\"ip-fund\"";
    private static final String BEARER = "Bearer realm=\"ip-fund\"";

    private final ObjectProvider<JwtDecoder> decoder;
    private final TokenUsers users;
    private final ObjectMapper json;

    BearerTokens(ObjectProvider<JwtDecoder> decoder, TokenClaims claims, ObjectMapper json) {
        this.decoder = decoder;
        this.users = new TokenUsers(claims);
        this.json = json;
    }

    /** Applied last to a chain ({@code http.with(bearerTokens.configurer(), withDefaults())}), so its answers win. */
    public Configurer configurer() {
        return new Configurer();
    }

    /** Accepts bearer tokens on the chain it is applied to, when an issuer or key is configured. */
    public final class Configurer extends AbstractHttpConfigurer<Configurer, HttpSecurity> {

        private Configurer() {
        }

        @Override
        public void init(HttpSecurity http) throws Exception {
            JwtDecoder tokens = decoder.getIfAvailable();
            if (tokens == null) {
                return;
            }
            http.oauth2ResourceServer(server -> server
                    .jwt(jwt -> jwt.decoder(tokens).jwtAuthenticationConverter(users))
                    .authenticationEntryPoint((request, response, refused) -> unauthenticated(response,
                            "the bearer token is malformed, expired or not signed by the configured identity provider",
                            "Bearer error=\"invalid_token\"")))
                    .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, refused) ->
                            unauthenticated(response,
                                    "name a user with HTTP Basic authentication or a bearer token", BASIC, BEARER)));
        }
    }

    private void unauthenticated(HttpServletResponse response, String detail, String... challenges) throws IOException {
        for (String challenge : challenges) {
            response.addHeader("WWW-Authenticate", challenge);
        }
        Problems.send(response, json, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", detail);
    }
}
