package org.ipfund.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.testing.Funds.call;
import static org.ipfund.app.testing.Funds.commitment;
import static org.ipfund.app.testing.Funds.contribution;
import static org.ipfund.app.testing.Funds.launch;
import static org.ipfund.app.testing.Funds.newFundId;
import static org.ipfund.app.testing.Funds.recorded;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.EndToEndTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An export holds exactly the period's events and ledger lines, with a checkpoint that verifies them. */
class ExportEndToEndTest extends EndToEndTest {

    private String fund;
    private long last;

    @BeforeEach
    void recordAYearOfCapital() {
        fund = newFundId();
        recorded(api().post("/api/funds", launch(fund, "2017-03-01")));
        recorded(api().post("/api/funds/" + fund + "/commitments",
                commitment("city", "Xiamen Finance Bureau", "LOCAL_FISCAL", "10000000.00", "2017-03-02")));
        recorded(api().post("/api/funds/" + fund + "/capital-calls", call("call-1", "6000000.00", "2017-04-01")));
        last = recorded(api().post("/api/funds/" + fund + "/contributions",
                contribution("city", "call-1", "6000000.00", "2017-05-10")));
        awaitLinked(last);
    }

    /** Exports hold what the chains have linked; in tests events settle after a second. */
    private void awaitLinked(long position) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (true) {
            JsonNode report = api().get("/api/audit/verify").json();
            if (report.path("ledger").path("head").asLong(-1) >= position) {
                return;
            }
            assertThat(System.nanoTime()).as("chains linked through " + position + ": " + report).isLessThan(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
    }

    @Test
    void exportsThePeriodsEventsAndLedgerWithACheckpointThatVerifies() {
        Api.Response response = api().get("/api/audit/export?fundId=%s&from=2017-03-02&to=2017-04-30&minPosition=%d"
                .formatted(fund, last));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode bundle = response.json();

        assertThat(types(bundle.path("events"))).containsExactly("CommitmentRecorded", "CapitalCalled");
        for (JsonNode event : bundle.path("events")) {
            assertThat(event.path("aggregateId").asText()).isEqualTo(fund);
        }
        List<String> accounts = new ArrayList<>();
        bundle.path("ledger").forEach(line -> accounts.add(line.path("account").asText()));
        assertThat(accounts).containsExactly("UNCALLED_COMMITMENTS", "COMMITTED_CAPITAL", "CAPITAL_RECEIVABLE",
                "UNCALLED_COMMITMENTS");
        bundle.path("ledger").forEach(line -> assertThat(line.path("businessDate").asText())
                .isBetween("2017-03-02", "2017-04-30"));

        JsonNode checkpoint = bundle.path("checkpoint");
        assertThat(checkpoint.path("events").path("position").asLong(-1)).isGreaterThanOrEqualTo(last);
        assertThat(bundle.path("eventsThroughPosition").asLong()).isEqualTo(checkpoint.path("events").path("position").asLong());
        JsonNode verified = api().post("/api/audit/checkpoints/verify", checkpoint.toString()).json();
        assertThat(verified.path("valid").asBoolean()).as(verified.toString()).isTrue();
    }

    @Test
    void exportsTheEventsAsCsvWithTheCheckpointInAHeader() {
        Api.Response response = api().get("/api/audit/export/events.csv?fundId=%s&from=2017-01-01&to=2017-12-31"
                .formatted(fund));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/csv");
        String[] rows = response.body().split("\n");
        assertThat(rows[0]).isEqualTo("position,eventId,aggregateId,sequence,type,businessDate,recordedAt,actor,"
                + "correlationId,causationId,payload");
        assertThat(rows).hasSize(5);
        assertThat(rows[4]).contains("ContributionReceived").contains("2017-05-10").contains(fund);
        assertThat(response.header("X-Audit-Checkpoint")).contains("\"signature\"");
    }

    @Test
    void exportsTheLedgerAsCsv() {
        Api.Response response = api().get("/api/audit/export/ledger.csv?fundId=%s&from=2017-05-01&to=2017-05-31&minPosition=%d"
                .formatted(fund, last));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        String[] rows = response.body().split("\n");
        assertThat(rows[0]).isEqualTo("position,eventId,line,fundId,businessDate,account,source,factId,debit,credit,currency");
        assertThat(rows).hasSize(3);
        assertThat(rows[1]).contains(",CASH,LOCAL_FISCAL,").contains(",6000000.00,0.00,CNY");
        assertThat(rows[2]).contains(",CAPITAL_RECEIVABLE,LOCAL_FISCAL,").contains(",0.00,6000000.00,CNY");
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        Api.Response response = api().get("/api/audit/export?from=2017-05-01&to=2017-04-30");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("code").asText()).isEqualTo("INVALID_INPUT");
        assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo("to");
    }

    private static List<String> types(JsonNode events) {
        List<String> types = new ArrayList<>();
        events.forEach(event -> types.add(event.path("type").asText()));
        return types;
    }
}
