package org.ipfund.app.property;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.EndToEndTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Properties over HTTP against the running service, in the application context the end-to-end tests share. Each
 * property is one test that checks all its examples ({@link org.ipfund.domain.testing.Property}); every property's
 * funds have ids of their own ({@code prop-...}), and no table is lost.
 */
abstract class EndToEndProperties extends EndToEndTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final AtomicInteger IDS = new AtomicInteger();

    private List<String> tablesBefore;

    @BeforeEach
    void noteTheTables() {
        tablesBefore = tables();
    }

    @AfterEach
    void everyTableIsStillThere() {
        assertThat(tables()).as("tables after the property").containsExactlyElementsOf(tablesBefore)
                .contains("domainevententry", "tokenentry");
    }

    /** An id no other test uses: {@code prefix-run-n}. */
    static String newId(String prefix) {
        return "prop-" + prefix + "-" + RUN + "-" + IDS.incrementAndGet();
    }

    private List<String> tables() {
        return jdbc.queryForList("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = current_schema() ORDER BY table_name", String.class);
    }

    /** Sends a request and answers the response with how many events it recorded, in the whole store. */
    Recorded recording(java.util.function.Supplier<Api.Response> request) {
        long before = storedEvents();
        Api.Response response = request.get();
        return new Recorded(response, storedEvents() - before);
    }

    record Recorded(Api.Response response, long events) {
    }

    /**
     * A refusal as the contract has it: a 4xx in {@code application/problem+json} with a stable code, the
     * fields at fault named where it names any, and nothing recorded.
     */
    static JsonNode assertRefusedRecordingNothing(Recorded recorded) {
        Api.Response response = recorded.response();
        assertThat(response.status()).as(response.toString()).isBetween(400, 499);
        assertThat(response.header("Content-Type")).as(response.toString()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).as(response.toString()).isEqualTo(response.status());
        assertThat(problem.path("code").asText()).as(response.toString()).matches("[A-Z_]+");
        assertThat(problem.path("type").asText()).as(response.toString()).isNotBlank();
        assertThat(problem.path("title").asText()).as(response.toString()).isNotBlank();
        assertThat(problem.path("detail").asText()).as(response.toString()).isNotBlank();
        if (problem.has("errors")) {
            assertThat(problem.path("errors").findValuesAsText("field")).as(response.toString())
                    .isNotEmpty().allSatisfy(field -> assertThat(field).isNotBlank());
        }
        assertThat(recorded.events()).as("events recorded by " + response).isZero();
        return problem;
    }

    /** The fields a problem names. */
    static Set<String> fieldsNamedBy(JsonNode problem) {
        return Set.copyOf(problem.path("errors").findValuesAsText("field"));
    }
}
