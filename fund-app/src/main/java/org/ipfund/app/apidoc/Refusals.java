package org.ipfund.app.apidoc;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every refusal an operation can give, each as the problem details web/Problems builds (RFC 9457 with {@code code}
 * and, when fields are at fault, {@code errors}) and with the codes its status may carry ({@link RefusalCodes}),
 * declared once in components/responses and referred to by each operation that can give it.
 */
final class Refusals {

    static final String PROBLEM = "Problem";
    private static final String FIELD_ERROR = "FieldError";
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final String RESPONSES = "#/components/responses/";
    private static final String INVALID_INPUT = "InvalidInput";
    private static final String UNAUTHENTICATED = "Unauthenticated";
    private static final String FORBIDDEN = "Forbidden";
    private static final String NOT_FOUND = "NotFound";
    private static final String RULE_REFUSED = "RuleRefused";
    private static final String IN_PROGRESS = "RequestInProgress";
    private static final String TOO_LARGE = "BodyTooLarge";
    private static final String NOT_JSON = "UnsupportedMediaType";
    private static final String KEY_REUSED = "IdempotencyKeyReused";
    private static final String FAILED = "ServerError";
    private static final String UNAVAILABLE = "Unavailable";

    private Refusals() {
    }

    static void apply(OpenAPI api) {
        Components components = api.getComponents();
        components.addSchemas(FIELD_ERROR, fieldError()).addSchemas(PROBLEM, problem());
        // springdoc's own schema of Spring's ProblemDetail class, which is not what is written (its properties inline)
        components.getSchemas().remove("ProblemDetail");
        declare(components);
        DocumentedOperation.all(api).forEach(operation -> refusals(operation).forEach((status, name) ->
                operation.operation().getResponses().addApiResponse(status, new ApiResponse().$ref(RESPONSES + name))));
    }

    /** Which refusals an operation can give, by status: the name of each in components/responses. */
    private static Map<String, String> refusals(DocumentedOperation operation) {
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("400", INVALID_INPUT);
        refusals.put("401", UNAUTHENTICATED);
        refusals.put("403", FORBIDDEN);
        if (operation.namesAResource()) {
            refusals.put("404", NOT_FOUND);
        }
        if (operation.isPost()) {
            refusals.put("409", operation.recordsAFact() ? RULE_REFUSED : IN_PROGRESS);
            refusals.put("413", TOO_LARGE);
        }
        if (operation.takesABody()) {
            refusals.put("415", NOT_JSON);
        }
        if (operation.isPost()) {
            refusals.put("422", KEY_REUSED);
        }
        refusals.put("500", FAILED);
        refusals.put("503", UNAVAILABLE);
        return refusals;
    }

    private static void declare(Components components) {
        components.addResponses(INVALID_INPUT, refusal("Malformed or invalid input: a body, field or query parameter;"
                        + " `errors` names the fields at fault.", RefusalCodes.INVALID_INPUT))
                .addResponses(UNAUTHENTICATED, refusal("Nobody signed in, a wrong password, or a missing, malformed,"
                        + " expired or wrongly signed bearer token.", List.of(RefusalCodes.UNAUTHENTICATED))
                        .addHeaderObject("WWW-Authenticate", new Header().description("`Basic realm=\"ip-fund\"`, or"
                                + " `Bearer error=\"invalid_token\"` for a bad token.").schema(new StringSchema())))
                .addResponses(FORBIDDEN, refusal("The user's role does not allow this request.",
                        List.of(RefusalCodes.FORBIDDEN)))
                .addResponses(NOT_FOUND, refusal("The path names a fund, fact or view the service does not have.",
                        RefusalCodes.UNKNOWN))
                .addResponses(RULE_REFUSED, refusal("A rule of the fund refused it (`errors` names the field it judged,"
                        + " where there is one), or another write changed the fund at the same moment, or a copy of"
                        + " this request with the same Idempotency-Key is still being served. Nothing was recorded.",
                        conflicts()))
                .addResponses(IN_PROGRESS, refusal("A copy of this request with the same Idempotency-Key is still being"
                        + " served.", List.of(RefusalCodes.KEY_IN_PROGRESS)))
                .addResponses(TOO_LARGE, refusal("The body is larger than fund.http.max-body-bytes (64 KiB by"
                        + " default).", List.of(RefusalCodes.BODY_TOO_LARGE)))
                .addResponses(NOT_JSON, refusal("The body is not `application/json`.",
                        List.of(RefusalCodes.UNSUPPORTED_MEDIA_TYPE)))
                .addResponses(KEY_REUSED, refusal("This Idempotency-Key was used before with another request; nothing"
                        + " was recorded.", List.of(RefusalCodes.KEY_REUSED)))
                .addResponses(FAILED, refusal("The request failed on the server. A write sent with an"
                        + " Idempotency-Key may be sent again with the same key: it is served afresh, or answered"
                        + " as the first attempt was if that one was recorded.", List.of(RefusalCodes.INTERNAL_ERROR)))
                .addResponses(UNAVAILABLE, refusal("The database cannot be reached, or the views did not show the"
                        + " writes this read must see (`minPosition`, or this node's own) within fund.read.max-wait"
                        + " (10 s). A write whose commit failed (DATABASE_UNAVAILABLE) may or may not have been"
                        + " recorded: send it again with the same Idempotency-Key to learn which.",
                        RefusalCodes.UNAVAILABLE));
    }

    private static List<String> conflicts() {
        List<String> codes = new ArrayList<>(RefusalCodes.RULES);
        codes.add(RefusalCodes.CONCURRENT_CHANGE);
        codes.add(RefusalCodes.KEY_IN_PROGRESS);
        return codes;
    }

    private static ApiResponse refusal(String when, List<String> codes) {
        String listed = codes.stream().map(code -> "`" + code + "`").collect(Collectors.joining(", "));
        return new ApiResponse()
                .description(when + " `code`: " + listed + ".")
                .content(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref(PROBLEM))));
    }

    private static Schema<?> problem() {
        return new ObjectSchema()
                .description("RFC 9457 problem details, with the refusal's stable `code`.")
                .addProperty("type", new StringSchema().format("uri-reference")
                        .description("`urn:ipfund:problem:` and the code in kebab case; `about:blank` where the code is"
                                + " only the status's name (e.g. `METHOD_NOT_ALLOWED`).")
                        .example("urn:ipfund:problem:insufficient-capital"))
                .addProperty("title", new StringSchema().description("The code in words.")
                        .example("Insufficient capital"))
                .addProperty("status", new IntegerSchema().example(409))
                .addProperty("detail", new StringSchema().description("What was refused and why, for a person.")
                        .example("the fund needs CNY 1000000.01 but has only CNY 1000000.00 available on 2017-06-02"
                                + " and after"))
                .addProperty("instance", new StringSchema().format("uri-reference")
                        .description("The request's path; absent when the request was refused before reaching the"
                                + " API's handlers (signing in, body size, Idempotency-Key).")
                        .example("/api/funds/xm-guidance/investments"))
                .addProperty("code", new StringSchema().description("The stable name of the refusal; the responses"
                        + " list the codes each status may carry.").example("INSUFFICIENT_CAPITAL"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref(FIELD_ERROR))
                        .description("The fields at fault, where there are any."))
                .required(List.of("type", "title", "status", "detail", "code"));
    }

    private static Schema<?> fieldError() {
        return new ObjectSchema()
                .addProperty("field", new StringSchema().description("Its path in the request, or a query parameter's"
                        + " name.").example("amount.amount"))
                .addProperty("message", new StringSchema().example("must be greater than 0"))
                .required(List.of("field", "message"));
    }
}
