package org.ipfund.app.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** A refused request as the end-to-end tests check it: RFC 9457 problem details with a stable code. */
public record Refusal(JsonNode body) {

    /** Checks the refusal's status and problem details: {@code application/problem+json} with a stable code. */
    public static Refusal refused(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as("Content-Type of " + response)
                .startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).as(response.toString()).isEqualTo(status);
        assertThat(problem.path("code").asText()).as(response.toString()).isEqualTo(code);
        assertThat(problem.path("title").asText()).as(response.toString()).isEqualToIgnoringCase(code.replace('_', ' '));
        assertThat(problem.path("type").asText()).as(response.toString()).isNotBlank();
        assertThat(problem.path("detail").asText()).as(response.toString()).isNotBlank();
        return new Refusal(problem);
    }

    /** The refusal names exactly the field at fault, with a message. */
    public Refusal naming(String field) {
        assertThat(body.path("errors").isArray()).as(body.toString()).isTrue();
        assertThat(body.path("errors").findValuesAsText("field")).as(body.toString()).containsExactly(field);
        assertThat(body.path("errors").get(0).path("message").asText()).as(body.toString()).isNotBlank();
        return this;
    }

    public Refusal namingNoField() {
        assertThat(body.has("errors")).as(body.toString()).isFalse();
        return this;
    }

    public Refusal withDetailContaining(String... parts) {
        assertThat(body.path("detail").asText()).as(body.toString()).contains(parts);
        return this;
    }
}
