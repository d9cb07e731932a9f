package org.ipfund.app.security;

import static org.ipfund.app.security.Role.ADMIN;
import static org.ipfund.app.security.Role.AUDITOR;
import static org.ipfund.app.security.Role.FINANCE;
import static org.ipfund.app.security.Role.FUND_MANAGER;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call which API path, written once: the API's own chain applies it to {@code /api/…}, and the console's
 * chain to {@code /console/api/…}, the same operations reached with the console's session. A role can do no more
 * through the console than through the API.
 */
final class ApiAccess {

    private ApiAccess() {
    }

    static void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry access,
            String prefix) {
        String funds = prefix + "/funds";
        String investors = prefix + "/investors";
        String admin = prefix + "/admin";
        access.requestMatchers(HttpMethod.POST, funds, funds + "/**", investors, investors + "/**")
                        .hasRole(FUND_MANAGER.name())
                .requestMatchers(HttpMethod.GET, funds, funds + "/**", investors, investors + "/**")
                        .hasAnyRole(FUND_MANAGER.name(), FINANCE.name(), AUDITOR.name())
                // a HEAD runs the GET handler (its answer without the body): the same readers, or it would tell
                // anyone signed in which funds exist
                .requestMatchers(HttpMethod.HEAD, funds, funds + "/**", investors, investors + "/**")
                        .hasAnyRole(FUND_MANAGER.name(), FINANCE.name(), AUDITOR.name())
                .requestMatchers(HttpMethod.POST, admin + "/projections/*/shadow-rebuild")
                        .hasAnyRole(AUDITOR.name(), ADMIN.name())
                .requestMatchers(HttpMethod.GET, admin + "/**").hasAnyRole(AUDITOR.name(), ADMIN.name())
                .requestMatchers(HttpMethod.HEAD, admin + "/**").hasAnyRole(AUDITOR.name(), ADMIN.name())
                .requestMatchers(admin + "/**").hasRole(ADMIN.name())
                .requestMatchers(prefix + "/audit/**").hasRole(AUDITOR.name());
    }
}
