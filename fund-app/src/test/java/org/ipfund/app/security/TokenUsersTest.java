package org.ipfund.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

class TokenUsersTest {

    private final TokenUsers byDefault = new TokenUsers(new TokenClaims("roles", null));

    @Test
    void takesTheRolesFromTheRolesClaimIgnoringCase() {
        Jwt token = token(Map.of("sub", "u1", "roles", List.of("fund_manager", "Auditor", "fund-manager")));
        assertThat(byDefault.roles(token)).containsExactlyInAnyOrder(Role.FUND_MANAGER, Role.AUDITOR);
        assertThat(byDefault.convert(token).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_FUND_MANAGER", "ROLE_AUDITOR");
    }

    @Test
    void ignoresValuesThatNameNoRole() {
        Jwt token = token(Map.of("sub", "u1", "roles", List.of("offline_access", "uma_authorization", "FINANCE")));
        assertThat(byDefault.roles(token)).containsExactly(Role.FINANCE);
    }

    @Test
    void aTokenWithoutTheClaimHasNoRole() {
        assertThat(byDefault.roles(token(Map.of("sub", "u1")))).isEmpty();
        assertThat(byDefault.convert(token(Map.of("sub", "u1"))).getAuthorities()).isEmpty();
    }

    @Test
    void readsOneStringOfRolesSeparatedBySpacesOrCommas() {
        Jwt token = token(Map.of("sub", "u1", "roles", "finance auditor,admin"));
        assertThat(byDefault.roles(token)).containsExactlyInAnyOrder(Role.FINANCE, Role.AUDITOR, Role.ADMIN);
    }

    @Test
    void followsADottedPathIntoANestedClaim() {
        TokenUsers keycloak = new TokenUsers(new TokenClaims("realm_access.roles", null));
        Jwt token = token(Map.of("sub", "u1", "realm_access", Map.of("roles", List.of("admin"))));
        assertThat(keycloak.roles(token)).containsExactly(Role.ADMIN);
        assertThat(keycloak.roles(token(Map.of("sub", "u1", "realm_access", "not an object")))).isEmpty();
    }

    @Test
    void prefersAClaimWhoseWholeNameHoldsDots() {
        TokenUsers namespaced = new TokenUsers(new TokenClaims("https://ipfund.example/roles", null));
        Jwt token = token(Map.of("sub", "u1", "https://ipfund.example/roles", List.of("finance")));
        assertThat(namespaced.roles(token)).containsExactly(Role.FINANCE);
    }

    @Test
    void theUserIsTheSubjectUnlessAUsernameClaimIsConfiguredAndPresent() {
        TokenUsers byUsername = new TokenUsers(new TokenClaims("roles", "preferred_username"));
        Jwt named = token(Map.of("sub", "6f1c", "preferred_username", "li.wei"));
        assertThat(byDefault.convert(named).getName()).isEqualTo("6f1c");
        assertThat(byUsername.convert(named).getName()).isEqualTo("li.wei");
        assertThat(byUsername.convert(token(Map.of("sub", "6f1c"))).getName()).isEqualTo("6f1c");
    }

    @Test
    void refusesATokenThatNamesNoUser() {
        assertThatThrownBy(() -> byDefault.convert(token(Map.of("roles", List.of("finance")))))
                .isInstanceOf(InvalidBearerTokenException.class);
    }

    private static Jwt token(Map<String, Object> claims) {
        return Jwt.withTokenValue("token").header("alg", "RS256").issuedAt(Instant.parse("2017-03-01T00:00:00Z"))
                .claims(all -> all.putAll(claims)).build();
    }
}
