package org.ipfund.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.testing.Funds.newFundId;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.SecondHalf;
import org.ipfund.verifier.AuditVerifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audit bureau's offline check ({@code audit-verifier}) on an export downloaded over HTTP, as downloaded and
 * edited afterwards: each edit is named, with a non-zero exit code.
 */
class AuditVerifierEndToEndTest extends ProvenanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    @Autowired
    private CommandGateway commands;

    private long contribution;
    private ObjectNode export;
    private Path keys;

    @BeforeEach
    void exportAFundsHistory() throws Exception {
        contribution = recordContribution(newFundId());
        ledgerLinkedThrough(contribution);
        Api.Response response = api().get("/api/audit/export?from=2017-01-01&to=2017-12-31");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        export = (ObjectNode) response.json();
        keys = directory.resolve("public-keys.json");
        Files.writeString(keys, api().get("/api/audit/public-keys").body());
    }

    @Test
    void anExportAsDownloadedVerifies() throws Exception {
        Outcome outcome = verified(export);
        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.output()).contains("VALID", "checkpoint signature valid");
        assertThat(events(export).size()).isEqualTo(export.path("checkpoint").path("events").path("count").asInt());
    }

    @Test
    void anExportWithValuationsExitsDistributionsAndTheirReversalsVerifiesAndNamesAnEditedGain() throws Exception {
        String fund = newFundId();
        long last = new SecondHalf(api(), commands, jdbc, fund).record(2017);
        ledgerLinkedThrough(last);
        Api.Response response = api().get("/api/audit/export?fundId=" + fund + "&from=2017-01-01&to=2017-12-31");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        ObjectNode bundle = (ObjectNode) response.json();
        List<String> types = new ArrayList<>();
        bundle.path("events").forEach(event -> types.add(event.path("type").asText()));
        assertThat(types).contains("ValuationRecorded", "HoldingExited", "CapitalDistributed", "CapitalCallReversed",
                "ExitReversed");

        Outcome outcome = verified(bundle);
        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.output()).contains("VALID");

        ObjectNode gain = null;
        for (JsonNode line : (ArrayNode) bundle.path("evidence").path("ledger")) {
            if (line.path("fundId").asText().equals(fund) && line.path("account").asText().equals("REALISED_GAINS")
                    && !line.path("credit").asText().equals("0.00")) {
                gain = (ObjectNode) line;
            }
        }
        assertThat(gain).isNotNull();
        long position = gain.path("eventPosition").asLong();
        gain.put("credit", "9800000.00");
        Outcome edited = verified(bundle);
        assertThat(edited.exitCode()).as(edited.output()).isEqualTo(1);
        assertThat(edited.output()).contains("ledger line", "event at position " + position);
    }

    @Test
    void namesAnEventWhoseAmountWasChanged() throws Exception {
        edit(event(contribution), event -> {
            String payload = new String(Base64.getDecoder().decode(event.path("payload").asText()),
                    StandardCharsets.UTF_8);
            assertThat(payload).contains("9000000.00");
            event.put("payload", Base64.getEncoder().encodeToString(payload.replace("9000000.00", "9900000.00")
                    .getBytes(StandardCharsets.UTF_8)));
        });
        Outcome outcome = verified(export);
        assertThat(outcome.exitCode()).as(outcome.output()).isEqualTo(1);
        assertThat(outcome.output()).contains("event at position " + contribution + ":", "signature does not match");
    }

    @Test
    void namesTheEventAfterOneThatWasDeleted() throws Exception {
        ArrayNode events = events(export);
        int index = indexOf(contribution);
        long deleted = events.get(index - 1).path("position").asLong();
        events.remove(index - 1);
        Outcome outcome = verified(export);
        assertThat(outcome.exitCode()).as(outcome.output()).isEqualTo(1);
        assertThat(deleted).isLessThan(contribution);
        assertThat(outcome.output()).contains("event at position " + contribution + ":", "deleted");
    }

    @Test
    void namesAnEventInsertedIntoTheExport() throws Exception {
        ArrayNode events = events(export);
        int index = indexOf(contribution);
        ObjectNode copy = event(contribution).deepCopy();
        copy.put("eventId", "forged-" + contribution);
        copy.put("position", contribution + 1);
        copy.remove("signature");
        copy.putNull("signature");
        events.insert(index + 1, copy);
        Outcome outcome = verified(export);
        assertThat(outcome.exitCode()).as(outcome.output()).isEqualTo(1);
        assertThat(outcome.output()).contains("event at position " + (contribution + 1) + ":", "no signature");
    }

    @Test
    void namesAnEditedCheckpoint() throws Exception {
        ObjectNode heads = (ObjectNode) export.path("checkpoint").path("events");
        heads.put("count", heads.path("count").asLong() + 1);
        Outcome outcome = verified(export);
        assertThat(outcome.exitCode()).as(outcome.output()).isEqualTo(1);
        assertThat(outcome.output()).contains("checkpoint", "edited");
    }

    @Test
    void namesAnEditedLedgerLine() throws Exception {
        ArrayNode ledger = (ArrayNode) export.path("evidence").path("ledger");
        ObjectNode line = null;
        for (JsonNode each : ledger) {
            if (each.path("eventPosition").asLong() == contribution) {
                line = (ObjectNode) each;
                break;
            }
        }
        assertThat(line).isNotNull();
        line.put("debit", "9900000.00");
        Outcome outcome = verified(export);
        assertThat(outcome.exitCode()).as(outcome.output()).isEqualTo(1);
        assertThat(outcome.output()).contains("ledger line", "event at position " + contribution);
    }

    private record Outcome(int exitCode, String output) {
    }

    private Outcome verified(JsonNode edited) throws Exception {
        Path file = directory.resolve("export.json");
        Files.writeString(file, JSON.writeValueAsString(edited));
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exitCode = AuditVerifier.run(new String[] {file.toString(), keys.toString()},
                new PrintStream(output, true, StandardCharsets.UTF_8));
        return new Outcome(exitCode, output.toString(StandardCharsets.UTF_8));
    }

    private static ArrayNode events(JsonNode export) {
        return (ArrayNode) export.path("evidence").path("events");
    }

    private ObjectNode event(long position) {
        return (ObjectNode) events(export).get(indexOf(position));
    }

    private int indexOf(long position) {
        ArrayNode events = events(export);
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).path("position").asLong() == position) {
                return i;
            }
        }
        throw new AssertionError("the export holds no event at " + position);
    }

    private static void edit(ObjectNode node, Consumer<ObjectNode> change) {
        change.accept(node);
    }
}
