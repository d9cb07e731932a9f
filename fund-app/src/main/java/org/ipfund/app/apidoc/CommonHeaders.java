package org.ipfund.app.apidoc;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * The headers and parameters every request takes, whichever controller answers it: {@code X-Request-Id}
 * (web/RequestIdFilter, on every request and answer), {@code Idempotency-Key} (idempotency/IdempotencyFilter, on every
 * POST), {@code minPosition} (web/UnknownParameters lets every request carry it; web/ViewReads waits for it), and what
 * {@code asOf} means where an operation takes it.
 */
final class CommonHeaders {

    static final String REQUEST_ID = "X-Request-Id";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    static final String MIN_POSITION = "minPosition";
    private static final String PARAMETERS = "#/components/parameters/";
    private static final String HEADERS = "#/components/headers/";

    private CommonHeaders() {
    }

    static void apply(OpenAPI api) {
        declare(api.getComponents());
        DocumentedOperation.all(api).forEach(operation -> {
            Operation documented = operation.operation();
            List<Parameter> parameters = new ArrayList<>(documented.getParameters() == null ? List.of()
                    : documented.getParameters());
            parameters.removeIf(parameter -> MIN_POSITION.equals(parameter.getName()));
            parameters.stream().filter(parameter -> "asOf".equals(parameter.getName())).forEach(CommonHeaders::asOf);
            parameters.add(reference(MIN_POSITION));
            parameters.add(reference(REQUEST_ID));
            if (operation.isPost()) {
                parameters.add(reference(IDEMPOTENCY_KEY));
            }
            documented.setParameters(parameters);
            // a refusal is declared once in components/responses (Refusals), and gets the header there
            documented.getResponses().values().stream().filter(response -> response.get$ref() == null)
                    .forEach(response -> {
                        response.addHeaderObject(REQUEST_ID, new Header().$ref(HEADERS + REQUEST_ID));
                        if (operation.isPost()) {
                            response.addHeaderObject(REPLAYED, new Header().$ref(HEADERS + REPLAYED));
                        }
                    });
        });
        if (api.getComponents().getResponses() != null) {
            api.getComponents().getResponses().values()
                    .forEach(response -> response.addHeaderObject(REQUEST_ID, new Header().$ref(HEADERS + REQUEST_ID)));
        }
    }

    private static void declare(Components components) {
        components.addParameters(REQUEST_ID, new Parameter().in("header").name(REQUEST_ID).required(false)
                        .description("The request's id, recorded as the correlation id of every event it records;"
                                + " the service makes one when it is missing or not 1 to 64 of A-Z a-z 0-9 . _ -.")
                        .schema(new StringSchema().example("7f3c9a1e-import-42")))
                .addParameters(IDEMPOTENCY_KEY, new Parameter().in("header").name(IDEMPOTENCY_KEY).required(false)
                        .description("1 to 255 visible ASCII characters, kept per user: the same key with the same"
                                + " method, path and body gets the first answer again and records nothing; with"
                                + " another request it is 422. A copy that arrives while the first is served waits for"
                                + " its answer (409 IDEMPOTENCY_KEY_IN_PROGRESS if it waits too long). Refusals are"
                                + " kept and replayed like successes; after a 5xx, send the request again with the"
                                + " same key: it is served afresh unless the first attempt was recorded after all.")
                        .schema(new StringSchema().pattern("^[\\x21-\\x7E]{1,255}$").example("launch-xm-guidance-1")))
                .addParameters(MIN_POSITION, new Parameter().in("query").name(MIN_POSITION).required(false)
                        .description("Read your writes: the global position of an event (a write's `position`) the"
                                + " answer must include. A read waits until its views show it and every write this"
                                + " node had acknowledged (at most 10 s, then 503 VIEW_NOT_CAUGHT_UP). Every operation"
                                + " accepts it; one that reads no view ignores it.")
                        .schema(new IntegerSchema().format("int64").example(10)))
                .addHeaders(REQUEST_ID, new Header().description("The request's id: the one sent, or the one the"
                        + " service made.").schema(new StringSchema()))
                .addHeaders(REPLAYED, new Header().description("`true` when this is the answer kept for an earlier"
                        + " request with the same Idempotency-Key, nothing having been recorded again.")
                        .schema(new BooleanSchema()));
    }

    private static Parameter reference(String name) {
        return new Parameter().$ref(PARAMETERS + name);
    }

    private static void asOf(Parameter asOf) {
        if (asOf.getDescription() == null) {
            asOf.setDescription("The business date the answer is as of (yyyy-MM-dd): facts dated on or before it"
                    + " count. Defaults to today in the fund's time zone (fund.time-zone, Asia/Shanghai).");
        }
    }
}
