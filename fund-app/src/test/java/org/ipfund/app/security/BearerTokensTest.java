package org.ipfund.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/** Bearer tokens are off until an issuer or key is configured, and naming an issuer asks it nothing at start-up. */
class BearerTokensTest {

    private final WebApplicationContextRunner boot = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(OAuth2ResourceServerAutoConfiguration.class))
            .withBean(SecurityFilterChain.class, () -> new DefaultSecurityFilterChain(AnyRequestMatcher.INSTANCE));

    @Test
    void bootMakesNoDecoderUnlessAnIssuerOrKeyIsConfigured() {
        boot.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(JwtDecoder.class));
    }

    @Test
    void anIssuerIsNotAskedForItsKeysAtStartUp() {
        boot.withPropertyValues("spring.security.oauth2.resourceserver.jwt.issuer-uri=https://idp.invalid/realms/fund")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(JwtDecoder.class));
    }

    @Test
    void leavesTheChainAloneWithoutADecoder() throws Exception {
        BearerTokens bearerTokens = new BearerTokens(new StaticListableBeanFactory().getBeanProvider(JwtDecoder.class),
                new TokenClaims("roles", null), new ObjectMapper());
        HttpSecurity http = mock(HttpSecurity.class);
        bearerTokens.configurer().init(http);
        verifyNoInteractions(http);
    }
}
