package org.ipfund.app.security;

import static org.ipfund.app.security.Role.ADMIN;
import static org.ipfund.app.security.Role.AUDITOR;
import static org.ipfund.app.security.Role.FINANCE;
import static org.ipfund.app.security.Role.FUND_MANAGER;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ipfund.app.web.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The console's own chain, beside the API's: people sign in through a login form and keep a session, every form and
 * every write carries the session's CSRF token, and the same users and roles apply. Nothing here reaches
 * {@code /api/…}: the API never accepts the console's session (its chain is stateless, Basic or bearer only). The
 * console's writes and downloads go through {@code /console/api/…} (forwarded to the API's handlers), under exactly
 * the API's access rules ({@link ApiAccess}); its pages are granted to the roles whose API calls they show.
 */
@Configuration
public class ConsoleSecurity {

    static final String CONSOLE_API = "/console/api";

    @Bean
    @Order(1)
    SecurityFilterChain console(HttpSecurity http, ObjectMapper json) throws Exception {
        RequestMatcher consoleApi = PathPatternRequestMatcher.withDefaults().matcher(CONSOLE_API + "/**");
        return http
                .securityMatcher("/", "/login", "/logout", "/console", "/console/**", "/console-assets/**",
                        "/webjars/**")
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/console", true).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(signInAgain(json), consoleApi)
                        .defaultAccessDeniedHandlerFor(refused(json), consoleApi)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                request -> true)
                        // not accessDeniedPage(…): it would replace the problem details above, CSRF refusals included
                        .defaultAccessDeniedHandlerFor(deniedPage(), request -> true))
                .authorizeHttpRequests(access -> {
                    // the login form with any query (?lang=en, ?error&lang=en): formLogin's permitAll covers three
                    access.requestMatchers("/login", "/console-assets/**", "/webjars/**", "/console/denied")
                            .permitAll();
                    ApiAccess.authorize(access, CONSOLE_API);
                    access.requestMatchers("/console/audit/**").hasRole(AUDITOR.name())
                            .requestMatchers(HttpMethod.GET, "/console/admin/**")
                                    .hasAnyRole(AUDITOR.name(), ADMIN.name())
                            .requestMatchers("/console/admin/**").hasRole(ADMIN.name())
                            .requestMatchers("/console/funds/*/record/**", "/console/record/**")
                                    .hasRole(FUND_MANAGER.name())
                            .requestMatchers("/console/funds/**", "/console/investors/**")
                                    .hasAnyRole(FUND_MANAGER.name(), FINANCE.name(), AUDITOR.name())
                            .anyRequest().authenticated();
                })
                .build();
    }

    /** The console's scripts get problem details, and no WWW-Authenticate: no browser password dialog. */
    private static AuthenticationEntryPoint signInAgain(ObjectMapper json) {
        return (request, response, refused) -> Problems.send(response, json, HttpStatus.UNAUTHORIZED,
                "UNAUTHENTICATED", "sign in to the console again");
    }

    private static AccessDeniedHandler refused(ObjectMapper json) {
        return (request, response, denied) -> {
            if (denied instanceof CsrfException) {
                // a page open from before a sign-in, or a request not sent by the console's pages
                Problems.send(response, json, HttpStatus.FORBIDDEN, "CSRF_TOKEN_INVALID", "this page has expired or"
                        + " the request did not come from it; reload the page and send it again (nothing was"
                        + " recorded)");
            } else {
                Problems.send(response, json, HttpStatus.FORBIDDEN, "FORBIDDEN", "your role does not allow this");
            }
        };
    }

    private static AccessDeniedHandlerImpl deniedPage() {
        AccessDeniedHandlerImpl page = new AccessDeniedHandlerImpl();
        page.setErrorPage("/console/denied");
        return page;
    }
}
