package org.ipfund.app.apidoc;

import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Completes the document springdoc generates from the controllers with what the code says elsewhere: how the API's
 * JSON writes and reads values (web/HttpJson, the request records), what a write answers, every refusal, and the
 * headers and parameters every request takes. In this order: each step documents the responses the one before made.
 */
class DocumentedConventions implements OpenApiCustomizer {

    private final OperationExamples examples;

    DocumentedConventions(OperationExamples examples) {
        this.examples = examples;
    }

    @Override
    public void customise(OpenAPI api) {
        ValueSchemas.apply(api);
        RequestSchemas.apply(api);
        new RecordedWrites(examples).apply(api);
        examples.applyToRequests(api);
        Refusals.apply(api);
        CommonHeaders.apply(api);
    }
}
