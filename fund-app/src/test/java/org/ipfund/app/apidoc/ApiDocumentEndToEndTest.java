package org.ipfund.app.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.EndToEndTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The OpenAPI document the running service serves, read as a client's tooling reads it (swagger-parser), is the
 * reference a developer can trust: it names the service and how to sign in, and says what each operation answers and
 * refuses; and every curl example of README.md is a request it accepts (swagger-request-validator: the path, the
 * method, the required parameters and headers, the body against its schema), so that an edit to either that makes
 * them disagree fails here.
 */
class ApiDocumentEndToEndTest extends EndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Read once: every test reads the same document of the same running service. */
    private static String served;

    // ---- README.md ----

    @TestFactory
    Stream<DynamicTest> everyCurlExampleOfTheReadmeIsARequestTheDocumentAccepts() throws IOException {
        List<CurlExample> examples = ReadmeExamples.in(ReadmeExamples.readme());
        assertThat(examples).as("curl examples found in README.md").hasSizeGreaterThan(40);
        OpenApiInteractionValidator validator = validator();
        return examples.stream().map(example -> DynamicTest.dynamicTest(example.toString(),
                () -> assertThat(problems(validator, example)).as(example.toString()).isEmpty()));
    }

    @Test
    void refusesAnExampleThatNoLongerMatchesTheDocument() {
        OpenApiInteractionValidator validator = validator();
        String launch = "curl -s -u manager:manager-demo -X POST localhost:8080/api/funds"
                + " -H 'Content-Type: application/json' -d '{\"fundId\": \"f\", \"name\": \"F\","
                + " \"type\": \"GUIDANCE\", \"currency\": \"CNY\", \"launchDate\": \"2017-03-01\"%s}'";
        assertThat(problems(validator, CurlExample.parse(launch.formatted(""), 1))).as("as documented").isEmpty();

        assertThat(problems(validator, CurlExample.parse(launch.formatted(", \"polcy\": {}"), 1)))
                .as("a misspelt field").anyMatch(problem -> problem.contains("polcy"));
        assertThat(problems(validator, CurlExample.parse(launch.formatted(", \"policy\": {\"shareCap\": 0.3e}"), 1)))
                .as("a body that is not JSON").isNotEmpty();
        assertThat(problems(validator, CurlExample.parse(launch.formatted(", \"policy\": {\"shareCap\": \"30%\"}"), 1)))
                .as("a ratio that is no decimal").anyMatch(problem -> problem.contains("shareCap"));
        assertThat(problems(validator, CurlExample.parse(launch.replace("\"type\": \"GUIDANCE\",", "")
                .formatted(""), 1))).as("a required field left out").anyMatch(problem -> problem.contains("type"));
        assertThat(problems(validator, CurlExample.parse(launch.replace("/api/funds", "/api/fund").formatted(""), 1)))
                .as("a path that does not exist").isNotEmpty();
        assertThat(problems(validator, CurlExample.parse(launch.replace("-X POST", "-X PUT").formatted(""), 1)))
                .as("a method the path does not take").isNotEmpty();
        assertThat(problems(validator, CurlExample.parse(
                "curl -s -u manager:manager-demo 'localhost:8080/api/funds/f/portfolio?asof=2017-01-01'", 1)))
                .as("a query parameter the operation does not take").isNotEmpty();
        assertThat(problems(validator, CurlExample.parse("curl -s -u auditor:auditor-demo 'localhost:8080/api/audit/"
                + "export?from=2017-01-01'", 1))).as("a required query parameter left out").isNotEmpty();
        assertThat(problems(validator, CurlExample.parse("curl -s localhost:8080/api/funds", 1)))
                .as("nobody signed in").isNotEmpty();
    }

    // ---- the document ----

    @Test
    void namesTheServiceItsVersionAndHowToUseIt() {
        OpenAPI api = document();

        assertThat(api.getOpenapi()).startsWith("3.0");
        assertThat(api.getInfo().getTitle()).isEqualTo(ApiDocument.TITLE);
        assertThat(api.getInfo().getVersion()).isNotBlank();
        assertThat(api.getInfo().getDescription()).contains("## Signing in", "Bearer", "Basic", "## Conventions",
                "Money", "yyyy-MM-dd", "minPosition", "problem details", "Idempotency-Key", "X-Request-Id");
    }

    @Test
    void offersHttpBasicAndBearerTokensForEveryOperation() {
        OpenAPI api = document();

        var schemes = api.getComponents().getSecuritySchemes();
        assertThat(schemes.get(ApiDocument.BASIC).getScheme()).isEqualTo("basic");
        assertThat(schemes.get(ApiDocument.BEARER).getScheme()).isEqualTo("bearer");
        assertThat(schemes.get(ApiDocument.BEARER).getBearerFormat()).isEqualTo("JWT");
        assertThat(api.getSecurity()).extracting(requirement -> requirement.keySet())
                .containsExactlyInAnyOrder(Set.of(ApiDocument.BASIC), Set.of(ApiDocument.BEARER));
        operations(api).forEach(operation -> assertThat(operation.operation().getSecurity())
                .as(operation.key() + " keeps the document's sign-in").isNull());
    }

    @Test
    void answersEveryWriteWith201AndTheLocationOfWhatItRecorded() {
        List<DocumentedOperation> writes = operations(document()).filter(DocumentedOperation::recordsAFact).toList();

        assertThat(writes).hasSizeGreaterThanOrEqualTo(14);
        for (DocumentedOperation write : writes) {
            Map<String, ApiResponse> responses = write.operation().getResponses();
            assertThat(responses).as(write.key()).containsKey("201").doesNotContainKeys("200", "202");
            assertThat(responses.get("201").getHeaders()).as(write.key()).containsKey("Location");
            assertThat(responses.get("201").getHeaders().get("Location").getRequired()).isTrue();
            assertThat(json(responses.get("201")).getSchema().get$ref()).endsWith("/" + RecordedWrites.SCHEMA);
        }
    }

    @Test
    void answersWhatTheOtherPostsTrulyAnswer() {
        OpenAPI api = document();

        assertThat(responses(api, "/api/audit/checkpoints")).containsKey("201").doesNotContainKey("200");
        assertThat(responses(api, "/api/audit/checkpoints").get("201").getHeaders())
                .doesNotContainKey("Location");
        assertThat(responses(api, "/api/audit/checkpoints/verify")).containsKey("200");
        assertThat(responses(api, "/api/admin/projections/{name}/rebuild")).containsKey("202")
                .doesNotContainKey("200");
        assertThat(responses(api, "/api/admin/projections/{name}/shadow-rebuild")).containsKey("200");
    }

    @Test
    void describesEveryRefusalAsProblemDetailsWithItsCodes() {
        OpenAPI api = document();

        Schema<?> problem = api.getComponents().getSchemas().get(Refusals.PROBLEM);
        assertThat(problem.getProperties()).containsKeys("type", "title", "status", "detail", "instance", "code",
                "errors");
        assertThat(problem.getRequired()).contains("type", "title", "status", "detail", "code");
        operations(api).forEach(operation -> {
            Map<String, ApiResponse> responses = operation.operation().getResponses();
            assertThat(responses).as(operation.key()).containsKeys("400", "401", "403", "500", "503");
            if (operation.isPost()) {
                assertThat(responses).as(operation.key()).containsKeys("409", "413", "422");
            }
            if (operation.takesABody()) {
                assertThat(responses).as(operation.key()).containsKey("415");
            }
            if (operation.namesAResource()) {
                assertThat(responses).as(operation.key()).containsKey("404");
            }
            responses.forEach((status, declared) -> {
                ApiResponse response = resolved(api, declared);
                if (status.startsWith("4") || status.startsWith("5")) {
                    MediaType problemJson = response.getContent().get("application/problem+json");
                    assertThat(problemJson).as(operation.key() + " " + status).isNotNull();
                    assertThat(problemJson.getSchema().get$ref()).endsWith("/" + Refusals.PROBLEM);
                    assertThat(response.getDescription()).as(operation.key() + " " + status).contains("`code`: `");
                }
            });
        });
        Map<String, ApiResponse> investing = responses(api, "/api/funds/{fundId}/investments");
        assertThat(resolved(api, investing.get("409")).getDescription())
                .contains("`INSUFFICIENT_CAPITAL`", "`CONCURRENT_CHANGE`", "`DUPLICATE_ID`");
        assertThat(resolved(api, investing.get("404")).getDescription())
                .contains("`FUND_NOT_FOUND`", "`INVESTMENT_NOT_FOUND`");
        assertThat(resolved(api, investing.get("400")).getDescription())
                .contains("`INVALID_INPUT`", "`UNKNOWN_FIELD`", "`CURRENCY_NOT_MONEY`");
    }

    @Test
    void takesTheCommonHeadersAndParametersOnEveryOperation() {
        OpenAPI api = document();
        operations(api).forEach(operation -> {
            List<Parameter> declared = operation.operation().getParameters().stream()
                    .map(parameter -> resolved(api, parameter)).toList();
            List<String> parameters = declared.stream().map(Parameter::getName).toList();
            assertThat(parameters).as(operation.key()).contains(CommonHeaders.REQUEST_ID, CommonHeaders.MIN_POSITION);
            if (operation.isPost()) {
                assertThat(parameters).as(operation.key()).contains(CommonHeaders.IDEMPOTENCY_KEY);
            }
            operation.operation().getResponses().forEach((status, response) -> assertThat(
                    resolved(api, response).getHeaders()).as(operation.key() + " " + status)
                    .containsKey(CommonHeaders.REQUEST_ID));
            declared.stream().filter(parameter -> "asOf".equals(parameter.getName()))
                    .forEach(asOf -> assertThat(asOf.getDescription()).as(operation.key()).contains("yyyy-MM-dd"));
        });
    }

    @Test
    void givesEveryRequestBodyAnExampleItAccepts() throws IOException {
        OpenApiInteractionValidator validator = validator();
        List<DocumentedOperation> withBodies = operations(document()).filter(DocumentedOperation::takesABody).toList();

        assertThat(withBodies).hasSizeGreaterThanOrEqualTo(15);
        for (DocumentedOperation operation : withBodies) {
            Object example = json(operation.operation().getRequestBody()).getExample();
            assertThat(example).as(operation.key()).isNotNull();
            String path = operation.path().replaceAll("\\{[^}]+}", "x");
            Request request = new SimpleRequest.Builder(operation.method().name(), path)
                    .withContentType("application/json").withAuthorization(basic("manager:manager-demo"))
                    .withBody(JSON.writeValueAsString(example)).build();
            assertThat(messages(validator.validateRequest(request))).as(operation.key()).isEmpty();
        }
    }

    // ---- reading the document ----

    private String served() {
        if (served == null) {
            Api.Response response = api().anonymous().get("/v3/api-docs");
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            served = response.body();
        }
        return served;
    }

    private OpenAPI document() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(served(), null, options);
        assertThat(parsed.getMessages()).as("what swagger-parser found wrong with the document").isEmpty();
        return parsed.getOpenAPI();
    }

    /** Also reports a field the schema does not have (the service refuses it): the library ignores that by default. */
    private OpenApiInteractionValidator validator() {
        return OpenApiInteractionValidator.createForInlineApiSpecification(served())
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR).build())
                .withStrictOperationPathMatching()
                .build();
    }

    private static List<String> problems(OpenApiInteractionValidator validator, CurlExample example) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(example.method(), example.path());
        example.query().forEach(request::withQueryParam);
        example.headers().forEach(request::withHeader);
        if (example.user() != null) {
            request.withAuthorization(basic(example.user()));
        }
        if (example.body() != null) {
            request.withBody(example.body());
        }
        List<String> problems = new ArrayList<>(messages(validator.validateRequest(request.build())).stream()
                // a body read from a file (-d @checkpoint.json) is whatever an earlier answer was: not in the README
                .filter(message -> !(example.bodyFromFile() && message.startsWith("validation.request.body.missing")))
                .toList());
        // the validator judges only an operation's own security; every operation here has the document's
        if (example.user() == null && !example.headers().containsKey("Authorization")) {
            problems.add("signs in neither with HTTP Basic nor with a bearer token, as the document requires");
        }
        return problems;
    }

    private static List<String> messages(ValidationReport report) {
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> message.getKey() + ": " + message.getMessage()
                        + message.getNestedMessages().stream().map(nested -> "\n    " + nested.getMessage())
                        .collect(Collectors.joining()))
                .toList();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8));
    }

    private static Stream<DocumentedOperation> operations(OpenAPI api) {
        return DocumentedOperation.all(api);
    }

    private static Map<String, ApiResponse> responses(OpenAPI api, String path) {
        Operation post = api.getPaths().get(path).getPost();
        assertThat(post).as("POST " + path).isNotNull();
        return post.getResponses();
    }

    private static MediaType json(ApiResponse response) {
        return response.getContent().get("application/json");
    }

    private static MediaType json(io.swagger.v3.oas.models.parameters.RequestBody body) {
        return body.getContent().get("application/json");
    }

    /** A response declared once in components/responses and referred to, or the response itself. */
    private static ApiResponse resolved(OpenAPI api, ApiResponse response) {
        return response.get$ref() == null ? response
                : api.getComponents().getResponses().get(name(response.get$ref()));
    }

    private static Parameter resolved(OpenAPI api, Parameter parameter) {
        return parameter.get$ref() == null ? parameter
                : api.getComponents().getParameters().get(name(parameter.get$ref()));
    }

    private static String name(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
