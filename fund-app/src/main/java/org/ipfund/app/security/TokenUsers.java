package org.ipfund.app.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The user a verified bearer token names, with the roles its identity provider grants: the same {@link Role}s as a
 * configured Basic user's. A role is matched ignoring case, with {@code -} for {@code _} ({@code fund-manager} is
 * {@link Role#FUND_MANAGER}); a value that names no role is ignored, and a token without the claim has no role. The
 * user's name (the actor recorded on every event it sends) is the username claim when configured and present, else
 * the subject.
 */
final class TokenUsers implements Converter<Jwt, AbstractAuthenticationToken> {

    private final String rolesClaim;
    private final String usernameClaim;

    TokenUsers(TokenClaims claims) {
        this.rolesClaim = claims.rolesClaim();
        this.usernameClaim = claims.usernameClaim();
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        List<GrantedAuthority> authorities = roles(token).stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        return new JwtAuthenticationToken(token, authorities, user(token));
    }

    Set<Role> roles(Jwt token) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        values(claim(token.getClaims(), rolesClaim)).forEach(value -> role(value).ifPresent(roles::add));
        return roles;
    }

    String user(Jwt token) {
        if (usernameClaim != null && !usernameClaim.isBlank()
                && claim(token.getClaims(), usernameClaim) instanceof String name && !name.isBlank()) {
            return name;
        }
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new InvalidBearerTokenException("the token names no user");
        }
        return subject;
    }

    /** The claim by its whole name (which may hold dots, as a namespaced claim does), else by its dotted path. */
    private static Object claim(Map<String, Object> claims, String name) {
        if (claims.containsKey(name)) {
            return claims.get(name);
        }
        Object found = claims;
        for (String step : name.split("\\.")) {
            if (!(found instanceof Map<?, ?> nested)) {
                return null;
            }
            found = nested.get(step);
        }
        return found;
    }

    /** A list of values, or one string of them separated by spaces or commas (as a {@code scope} claim is). */
    private static Stream<String> values(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().filter(String.class::isInstance).map(String.class::cast);
        }
        if (claim instanceof String values) {
            return Arrays.stream(values.split("[\\s,]+"));
        }
        return Stream.empty();
    }

    private static Optional<Role> role(String value) {
        String name = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(Role.values()).filter(role -> role.name().equals(name)).findFirst();
    }
}
