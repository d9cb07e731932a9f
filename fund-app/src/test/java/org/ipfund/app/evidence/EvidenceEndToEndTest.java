package org.ipfund.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.testing.Funds.commitment;
import static org.ipfund.app.testing.Funds.launch;
import static org.ipfund.app.testing.Funds.newFundId;
import static org.ipfund.app.testing.Funds.recorded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.ipfund.app.testing.Api;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.ipfund.app.testing.OwnStoreEndToEndTest;
import org.ipfund.app.testing.SecondHalf;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tampering with the store behind the service's back is detected: a changed event, a deleted one, one inserted
 * into a gap below the chain's head, and a checkpoint exported earlier no longer matching. Each test puts the
 * row back afterwards, since every end-to-end test shares this run's database.
 */
class EvidenceEndToEndTest extends OwnStoreEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private CommandGateway commands;

    @Test
    void anUntouchedStoreVerifies() {
        long last = recordAFund();
        JsonNode report = verifiedThrough(last);
        assertThat(report.path("valid").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.path("firstBadPosition").isNull()).isTrue();
        assertThat(report.path("checked").asLong()).isGreaterThanOrEqualTo(last);
        assertThat(report.path("events").path("checked").asLong())
                .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE globalindex <= ?",
                        Long.class, report.path("events").path("head").asLong()));
    }

    @Test
    void detectsAChangedPayload() {
        long last = recordAFund();
        verifiedThrough(last);
        byte[] original = jdbc.queryForObject("SELECT payload FROM domainevententry WHERE globalindex = ?",
                byte[].class, last);
        String forged = new String(original, java.nio.charset.StandardCharsets.UTF_8)
                .replace("5000000.00", "9000000.00");
        assertThat(forged).isNotEqualTo(new String(original, java.nio.charset.StandardCharsets.UTF_8));
        try {
            jdbc.update("UPDATE domainevententry SET payload = ? WHERE globalindex = ?",
                    forged.getBytes(java.nio.charset.StandardCharsets.UTF_8), last);
            JsonNode report = verify();
            assertThat(report.path("valid").asBoolean()).isFalse();
            assertThat(report.path("firstBadPosition").asLong()).isEqualTo(last);
            assertThat(report.path("events").path("problem").asText()).contains("changed");
        } finally {
            jdbc.update("UPDATE domainevententry SET payload = ? WHERE globalindex = ?", original, last);
        }
        assertThat(verify().path("valid").asBoolean()).isTrue();
    }

    @Test
    void detectsAChangedRecordingTime() {
        long last = recordAFund();
        verifiedThrough(last);
        String original = jdbc.queryForObject("SELECT timestamp FROM domainevententry WHERE globalindex = ?",
                String.class, last);
        try {
            jdbc.update("UPDATE domainevententry SET timestamp = ? WHERE globalindex = ?",
                    Instant.parse(original).minusSeconds(86_400).toString(), last);
            JsonNode report = verify();
            assertThat(report.path("valid").asBoolean()).isFalse();
            assertThat(report.path("firstBadPosition").asLong()).isEqualTo(last);
        } finally {
            jdbc.update("UPDATE domainevententry SET timestamp = ? WHERE globalindex = ?", original, last);
        }
        assertThat(verify().path("valid").asBoolean()).isTrue();
    }

    @Test
    void detectsADeletedEvent() {
        long last = recordAFund();
        verifiedThrough(last);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM domainevententry WHERE globalindex = ?", last);
        try {
            jdbc.update("DELETE FROM domainevententry WHERE globalindex = ?", last);
            JsonNode report = verify();
            assertThat(report.path("valid").asBoolean()).isFalse();
            assertThat(report.path("firstBadPosition").asLong()).isEqualTo(last);
            assertThat(report.path("events").path("problem").asText()).contains("deleted");
        } finally {
            restore(row);
        }
        assertThat(verify().path("valid").asBoolean()).isTrue();
    }

    @Test
    void detectsAnEventInsertedIntoAGapBelowTheHead() {
        // a rolled-back append leaves a permanent gap in the global index; facts recorded after it take the chain past it
        long gap = jdbc.queryForObject("SELECT nextval('domainevententry_globalindex_seq')", Long.class);
        long last = recordAFund();
        verifiedThrough(last);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM domainevententry WHERE globalindex = ?", last);
        try {
            jdbc.update("""
                    INSERT INTO domainevententry (globalindex, aggregateidentifier, sequencenumber, type, eventidentifier,
                        metadata, payload, payloadrevision, payloadtype, timestamp)
                    VALUES (?, ?, 99, ?, ?, ?, ?, ?, ?, ?)""",
                    gap, row.get("aggregateidentifier"), row.get("type"), "forged-" + gap, row.get("metadata"),
                    row.get("payload"), row.get("payloadrevision"), row.get("payloadtype"), row.get("timestamp"));
            JsonNode report = verify();
            assertThat(report.path("valid").asBoolean()).isFalse();
            assertThat(report.path("firstBadPosition").asLong()).isEqualTo(gap);
            assertThat(report.path("events").path("problem").asText()).contains("inserted");
        } finally {
            jdbc.update("DELETE FROM domainevententry WHERE globalindex = ?", gap);
            // the views may have taken the forged event meanwhile: its ledger lines are forged too
            jdbc.update("DELETE FROM ledger_entry WHERE event_id = ?", "forged-" + gap);
        }
        assertThat(verify().path("valid").asBoolean()).isTrue();
    }

    @Test
    void detectsAnEditedLedgerLine() {
        long last = recordAFund();
        JsonNode before = ledgerLinkedThrough(last);
        assertThat(before.path("valid").asBoolean()).as(before.toString()).isTrue();
        Map<String, Object> line = jdbc.queryForMap(
                "SELECT event_id, line, debit, credit FROM ledger_entry WHERE event_position = ? ORDER BY line LIMIT 1",
                last);
        try {
            jdbc.update("UPDATE ledger_entry SET debit = debit + 1000000 WHERE event_id = ? AND line = ?",
                    line.get("event_id"), line.get("line"));
            JsonNode report = verify();
            assertThat(report.path("valid").asBoolean()).isFalse();
            assertThat(report.path("events").path("valid").asBoolean()).isTrue();
            assertThat(report.path("ledger").path("valid").asBoolean()).isFalse();
            assertThat(report.path("ledger").path("firstBadPosition").asLong()).isEqualTo(last);
            assertThat(report.path("firstBadPosition").asLong()).isEqualTo(last);
        } finally {
            jdbc.update("UPDATE ledger_entry SET debit = ? WHERE event_id = ? AND line = ?", line.get("debit"),
                    line.get("event_id"), line.get("line"));
        }
        assertThat(verify().path("valid").asBoolean()).isTrue();
    }

    @Test
    void theLinesOfValuationsExitsDistributionsAndTheirReversalsAreLinkedAndAnEditedGainIsDetected() {
        String fund = newFundId();
        long last = new SecondHalf(api(), commands, jdbc, fund).record(2017);
        JsonNode linked = ledgerLinkedThrough(last);
        assertThat(linked.path("valid").asBoolean()).as(linked.toString()).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ledger_chain c JOIN ledger_entry l"
                + " ON l.event_position = c.event_position AND l.line = c.line WHERE l.fund_id = ?", Long.class, fund))
                .as("every line of the fund is linked: each one derived again from its signed event")
                .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM ledger_entry WHERE fund_id = ?", Long.class, fund));
        Map<String, Object> gain = jdbc.queryForMap("SELECT event_id, line, credit, event_position FROM ledger_entry"
                + " WHERE fund_id = ? AND account = 'REALISED_GAINS' AND fact_id = 'exit-1'", fund);
        try {
            jdbc.update("UPDATE ledger_entry SET credit = credit + 1 WHERE event_id = ? AND line = ?",
                    gain.get("event_id"), gain.get("line"));
            JsonNode report = verify();
            assertThat(report.path("valid").asBoolean()).isFalse();
            assertThat(report.path("events").path("valid").asBoolean()).isTrue();
            assertThat(report.path("ledger").path("firstBadPosition").asLong())
                    .isEqualTo(((Number) gain.get("event_position")).longValue());
        } finally {
            jdbc.update("UPDATE ledger_entry SET credit = ? WHERE event_id = ? AND line = ?", gain.get("credit"),
                    gain.get("event_id"), gain.get("line"));
        }
        assertThat(verify().path("valid").asBoolean()).isTrue();
    }

    @Test
    void detectsADeletedLedgerLine() {
        long last = recordAFund();
        ledgerLinkedThrough(last);
        Map<String, Object> line = jdbc.queryForMap("SELECT * FROM ledger_entry WHERE event_position = ? ORDER BY line"
                + " LIMIT 1", last);
        try {
            jdbc.update("DELETE FROM ledger_entry WHERE event_id = ? AND line = ?", line.get("event_id"),
                    line.get("line"));
            JsonNode report = verify();
            assertThat(report.path("ledger").path("valid").asBoolean()).isFalse();
            assertThat(report.path("ledger").path("problem").asText()).contains("deleted");
        } finally {
            jdbc.update("""
                    INSERT INTO ledger_entry (event_id, line, fund_id, event_position, business_date, account, source,
                        fact_id, debit, credit, currency)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    line.get("event_id"), line.get("line"), line.get("fund_id"), line.get("event_position"),
                    line.get("business_date"), line.get("account"), line.get("source"), line.get("fact_id"),
                    line.get("debit"), line.get("credit"), line.get("currency"));
        }
        assertThat(verify().path("valid").asBoolean()).isTrue();
    }

    @Test
    void aCheckpointCoversTheLedgerToo() {
        long last = recordAFund();
        ledgerLinkedThrough(last);
        JsonNode checkpoint = api().post("/api/audit/checkpoints", "").json();
        assertThat(checkpoint.path("ledger").path("position").asLong()).isGreaterThanOrEqualTo(last);
        Map<String, Object> line = jdbc.queryForMap(
                "SELECT event_id, line, credit FROM ledger_entry WHERE event_position = ? ORDER BY line DESC LIMIT 1",
                last);
        try {
            jdbc.update("UPDATE ledger_entry SET credit = credit + 1 WHERE event_id = ? AND line = ?",
                    line.get("event_id"), line.get("line"));
            JsonNode verified = api().post("/api/audit/checkpoints/verify", checkpoint.toString()).json();
            assertThat(verified.path("valid").asBoolean()).isFalse();
            assertThat(verified.path("eventsMatch").asBoolean()).isTrue();
            assertThat(verified.path("ledgerMatches").asBoolean()).isFalse();
        } finally {
            jdbc.update("UPDATE ledger_entry SET credit = ? WHERE event_id = ? AND line = ?", line.get("credit"),
                    line.get("event_id"), line.get("line"));
        }
        assertThat(api().post("/api/audit/checkpoints/verify", checkpoint.toString()).json().path("valid").asBoolean())
                .isTrue();
    }

    @Test
    void aCheckpointVerifiesLaterAgainstAStoreThatHasGrown() throws Exception {
        long last = recordAFund();
        verifiedThrough(last);
        Api.Response issued = api().post("/api/audit/checkpoints", "");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        JsonNode checkpoint = issued.json();
        assertThat(checkpoint.path("events").path("position").asLong()).isGreaterThanOrEqualTo(last);
        assertThat(checkpoint.path("signature").asText()).isNotBlank();

        recordAFund();
        JsonNode verified = api().post("/api/audit/checkpoints/verify", checkpoint.toString()).json();
        assertThat(verified.path("valid").asBoolean()).as(verified.toString()).isTrue();
        assertThat(verified.path("signatureValid").asBoolean()).isTrue();
        assertThat(verified.path("eventsMatch").asBoolean()).isTrue();
    }

    @Test
    void aCheckpointDetectsAHistoryRewrittenTogetherWithItsChain() throws Exception {
        long last = recordAFund();
        verifiedThrough(last);
        JsonNode checkpoint = api().post("/api/audit/checkpoints", "").json();
        byte[] original = jdbc.queryForObject("SELECT payload FROM domainevententry WHERE globalindex = ?",
                byte[].class, last);
        try {
            // a tamperer who can write the database rewrites the event and drops the links after it, so that the
            // chain would be re-linked over the forged history; since events are signed, the chain refuses to link
            // the rewritten event and the plain verification names it too
            jdbc.update("UPDATE domainevententry SET payload = ? WHERE globalindex = ?",
                    new String(original, java.nio.charset.StandardCharsets.UTF_8).replace("5000000.00", "5000001.00")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8), last);
            jdbc.update("DELETE FROM event_chain WHERE position >= ?", last);
            JsonNode relinked = verify();
            assertThat(relinked.path("valid").asBoolean()).isFalse();
            assertThat(relinked.path("firstBadPosition").asLong()).isEqualTo(last);

            JsonNode verified = api().post("/api/audit/checkpoints/verify", checkpoint.toString()).json();
            assertThat(verified.path("valid").asBoolean()).isFalse();
            assertThat(verified.path("signatureValid").asBoolean()).isTrue();
            assertThat(verified.path("eventsMatch").asBoolean()).isFalse();
        } finally {
            jdbc.update("UPDATE domainevententry SET payload = ? WHERE globalindex = ?", original, last);
            jdbc.update("DELETE FROM event_chain WHERE position >= ?", last);
        }
        assertThat(verifiedThrough(last).path("valid").asBoolean()).isTrue();
    }

    @Test
    void aCheckpointWhoseFiguresWereEditedFailsItsSignature() {
        long last = recordAFund();
        verifiedThrough(last);
        ObjectNode checkpoint = (ObjectNode) api().post("/api/audit/checkpoints", "").json();
        ((ObjectNode) checkpoint.path("events")).put("count", checkpoint.path("events").path("count").asLong() - 1);
        JsonNode verified = api().post("/api/audit/checkpoints/verify", checkpoint.toString()).json();
        assertThat(verified.path("valid").asBoolean()).isFalse();
        assertThat(verified.path("signatureValid").asBoolean()).isFalse();
    }

    private long recordAFund() {
        String fund = newFundId();
        recorded(api().post("/api/funds", launch(fund, "2017-03-01")));
        return recorded(api().post("/api/funds/" + fund + "/commitments",
                commitment("c-" + fund, "Xiamen Finance Bureau", "LOCAL_FISCAL", "5000000.00", "2017-03-02")));
    }

    private JsonNode verify() {
        Api.Response response = api().get("/api/audit/verify");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** Verifies once the chain has linked the event at {@code position} (events settle for a second in tests). */
    private JsonNode verifiedThrough(long position) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            JsonNode report = verify();
            if (report.path("events").path("head").asLong(-1) >= position || Instant.now().isAfter(deadline)) {
                assertThat(report.path("events").path("head").asLong(-1)).as(report.toString())
                        .isGreaterThanOrEqualTo(position);
                return report;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
    }

    /** Verifies once the ledger chain has linked the lines of the event at {@code position}. */
    private JsonNode ledgerLinkedThrough(long position) {
        verifiedThrough(position);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            JsonNode report = verify();
            if (report.path("ledger").path("head").asLong(-1) >= position || Instant.now().isAfter(deadline)) {
                assertThat(report.path("ledger").path("head").asLong(-1)).as(report.toString())
                        .isGreaterThanOrEqualTo(position);
                return report;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
    }

    private void restore(Map<String, Object> row) {
        jdbc.update("""
                INSERT INTO domainevententry (globalindex, aggregateidentifier, sequencenumber, type, eventidentifier,
                    metadata, payload, payloadrevision, payloadtype, timestamp)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                row.get("globalindex"), row.get("aggregateidentifier"), row.get("sequencenumber"), row.get("type"),
                row.get("eventidentifier"), row.get("metadata"), row.get("payload"), row.get("payloadrevision"),
                row.get("payloadtype"), row.get("timestamp"));
    }
}
