package org.ipfund.app.apidoc;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}, the HTTP contract's full reference: what the service is, how to sign
 * in and its conventions ({@code description.md} beside this class), the two ways of signing in, and what every
 * operation shares ({@link DocumentedConventions}), added here once rather than repeated on each controller method.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocument {

    static final String TITLE = "Belt and Road IP fund: books of record";
    static final String BASIC = "basic";
    static final String BEARER = "bearer";

    @Bean
    OpenAPI fundApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return new OpenAPI()
                .info(new Info().title(TITLE)
                        // build-info is written by the Maven build; a run from an IDE without it is a development one
                        .version(properties == null ? "development" : properties.getVersion())
                        .description(description()))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("A configured user (fund.security.users) and its password."))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("A token of the configured identity provider (spring.security.oauth2"
                                        + ".resourceserver.jwt.*), its roles in fund.security.jwt.roles-claim.")))
                // either one: a requirement object per scheme
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OpenApiCustomizer documentedConventions() {
        return new DocumentedConventions(OperationExamples.load());
    }

    private static String description() {
        try (InputStream text = ApiDocument.class.getResourceAsStream("description.md")) {
            if (text == null) {
                throw new IllegalStateException("description.md is missing beside " + ApiDocument.class.getName());
            }
            return new String(text.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
