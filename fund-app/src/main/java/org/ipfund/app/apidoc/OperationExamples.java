package org.ipfund.app.apidoc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * An example request and answer for each operation that takes a body, from {@code examples.json} beside this class
 * (keyed {@code "POST /api/funds"}): the README walk-through's facts, so the reference and the walk-through tell one
 * story. The document test checks each request example against its own schema.
 */
final class OperationExamples {

    private final JsonNode examples;

    private OperationExamples(JsonNode examples) {
        this.examples = examples;
    }

    static OperationExamples load() {
        try (InputStream json = OperationExamples.class.getResourceAsStream("examples.json")) {
            if (json == null) {
                throw new IllegalStateException("examples.json is missing beside " + OperationExamples.class.getName());
            }
            return new OperationExamples(new ObjectMapper().readTree(json));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    Optional<JsonNode> answer(DocumentedOperation operation) {
        return part(operation, "answer");
    }

    void applyToRequests(OpenAPI api) {
        DocumentedOperation.all(api).filter(DocumentedOperation::takesABody).forEach(operation -> {
            MediaType json = operation.operation().getRequestBody().getContent()
                    .get(org.springframework.http.MediaType.APPLICATION_JSON_VALUE);
            if (json != null) {
                part(operation, "request").ifPresent(json::setExample);
            }
        });
    }

    private Optional<JsonNode> part(DocumentedOperation operation, String part) {
        return Optional.ofNullable(examples.path(operation.key()).get(part));
    }
}
