package org.ipfund.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where a bearer token names its user and roles: {@code fund.security.jwt.roles-claim} (default {@code roles}; a
 * dotted path such as Keycloak's {@code realm_access.roles} reaches into a nested claim) and
 * {@code fund.security.jwt.username-claim} (e.g. {@code preferred_username}; unset, the token's subject is the user).
 */
@ConfigurationProperties("fund.security.jwt")
public record TokenClaims(@DefaultValue("roles") String rolesClaim, String usernameClaim) {
}
