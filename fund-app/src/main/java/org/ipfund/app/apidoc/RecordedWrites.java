package org.ipfund.app.apidoc;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;

/**
 * What a write answers (web/RecordedResponse): {@code 201} with {@code Location} and the new fact's id and position.
 * springdoc cannot see it, since the controllers return a {@code ResponseEntity} of a map and so read as a bare 200.
 */
final class RecordedWrites {

    static final String SCHEMA = "Recorded";

    private final OperationExamples examples;

    RecordedWrites(OperationExamples examples) {
        this.examples = examples;
    }

    void apply(OpenAPI api) {
        api.getComponents().addSchemas(SCHEMA, recorded());
        DocumentedOperation.all(api).filter(DocumentedOperation::recordsAFact).forEach(this::created);
    }

    private void created(DocumentedOperation write) {
        ApiResponses responses = write.operation().getResponses();
        responses.remove("200");
        MediaType json = new MediaType().schema(new Schema<>().$ref(SCHEMA));
        examples.answer(write).ifPresent(json::setExample);
        responses.addApiResponse("201", new ApiResponse()
                .description("Recorded: the new fact's id and the global position of the last event recorded.")
                .addHeaderObject("Location", new Header().required(true)
                        .description("The resource to read back: the fund for a launch, sub-fund, top-up or amendment;"
                                + " the holding for a co-investor, valuation or exit; a correction's has no GET (read"
                                + " the reversal on the fact it reversed).")
                        .schema(new StringSchema().format("uri-reference")))
                .content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, json)));
    }

    private static Schema<?> recorded() {
        Schema<?> recorded = new ObjectSchema()
                .description("The id appears twice, as `id` and under its own name (`fundId`, `commitmentId`, `callId`,"
                        + " …). Some writes add what the fund judged: an exit `costReleased`, `realisedGain` and, for"
                        + " CEDED, `cededPrice`; a distribution `allocations[]` (`commitmentId`, `investor`, `source`,"
                        + " `amount`, `returnOfCapital`, `gain`); a sub-fund the parent's `commitmentId`; a policy"
                        + " amendment `fundId` and `effectiveFrom`.")
                .addProperty("id", new StringSchema().example("deal-1"))
                .addProperty("position", new IntegerSchema().format("int64")
                        .description("Pass it as `minPosition` to read this write through any node."))
                .required(List.of("id", "position"));
        recorded.setAdditionalProperties(true);
        return recorded;
    }
}
