package org.ipfund.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.testing.Funds.newFundId;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rows the service did not write are named wherever they sit, at the head of the store above the chain too: every
 * event is signed in the transaction that records it, and every ledger line must be one its signed event posts.
 * Each test removes what it inserted, since every end-to-end test shares this run's database.
 */
class ProvenanceEndToEndTest extends ProvenanceTest {

    @Test
    void everyRecordedEventIsSignedInTheTransactionThatRecordedIt() {
        String fund = newFundId();
        recordContribution(fund);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM domainevententry e LEFT JOIN event_signature s ON s.event_id = e.eventidentifier
                WHERE e.aggregateidentifier = ? AND s.signature IS NULL""", Long.class, fund)).isZero();
        assertThat(storedEventsOf(fund)).isEqualTo(4);
        JsonNode keys = api().get("/api/audit/public-keys").json();
        assertThat(keys.path("events").get(0).path("algorithm").asText()).isEqualTo("Ed25519");
        assertThat(jdbc.queryForList("SELECT DISTINCT key_id FROM event_signature s JOIN domainevententry e"
                + " ON s.event_id = e.eventidentifier WHERE e.aggregateidentifier = ?", String.class, fund))
                .containsExactly(keys.path("events").get(0).path("keyId").asText());
    }

    @Test
    void namesAContributionCopiedInByHandAtTheHeadOfTheStore() {
        String fund = newFundId();
        long contribution = recordContribution(fund);
        ledgerLinkedThrough(contribution);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM domainevententry WHERE globalindex = ?", contribution);
        String forgedId = "forged-" + contribution;
        long forged = jdbc.queryForObject("""
                INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                    payload, payloadrevision, payloadtype, timestamp)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING globalindex""", Long.class,
                row.get("aggregateidentifier"), (Long) row.get("sequencenumber") + 1, row.get("type"), forgedId,
                row.get("metadata"), row.get("payload"), row.get("payloadrevision"), row.get("payloadtype"),
                Instant.now().minus(Duration.ofMinutes(10)).toString());
        try {
            // the views take the copy as genuine: the fund's paid-in doubles, and the ledger posts it again
            await(() -> jdbc.queryForObject("SELECT count(*) FROM ledger_entry WHERE event_id = ?", Long.class,
                    forgedId) > 0);
            JsonNode report = verify();
            assertThat(report.path("valid").asBoolean()).as(report.toString()).isFalse();
            assertThat(report.path("firstBadPosition").asLong()).isEqualTo(forged);
            assertThat(report.path("events").path("problem").asText()).contains("no signature", "inserted");
            // ten minutes old, the copy has long settled: the chain still refuses to link it
            assertThat(report.path("events").path("head").asLong()).isLessThan(forged);
            assertThat(report.path("ledger").path("valid").asBoolean()).isFalse();
            assertThat(report.path("ledger").path("firstBadPosition").asLong()).isEqualTo(forged);
            assertThat(report.path("ledger").path("problem").asText()).contains("not the service's");
        } finally {
            jdbc.update("DELETE FROM domainevententry WHERE eventidentifier = ?", forgedId);
            jdbc.update("DELETE FROM ledger_entry WHERE event_id = ?", forgedId);
        }
        JsonNode cleaned = verify();
        assertThat(cleaned.path("valid").asBoolean()).as(cleaned.toString()).isTrue();
    }

    @Test
    void namesAnEventSignedByNoKeyItKnows() {
        String fund = newFundId();
        long contribution = recordContribution(fund);
        verifiedThrough(contribution);
        String eventId = jdbc.queryForObject("SELECT eventidentifier FROM domainevententry WHERE globalindex = ?",
                String.class, contribution);
        Map<String, Object> signature = jdbc.queryForMap("SELECT * FROM event_signature WHERE event_id = ?", eventId);
        try {
            jdbc.update("UPDATE event_signature SET key_id = 'ffffffffffffffff' WHERE event_id = ?", eventId);
            JsonNode report = verify();
            assertThat(report.path("valid").asBoolean()).isFalse();
            assertThat(report.path("firstBadPosition").asLong()).isEqualTo(contribution);
            assertThat(report.path("events").path("problem").asText()).contains("does not know");
            jdbc.update("DELETE FROM event_signature WHERE event_id = ?", eventId);
            report = verify();
            assertThat(report.path("firstBadPosition").asLong()).isEqualTo(contribution);
            assertThat(report.path("events").path("problem").asText()).contains("no signature");
        } finally {
            jdbc.update("DELETE FROM event_signature WHERE event_id = ?", eventId);
            jdbc.update("INSERT INTO event_signature (event_id, key_id, algorithm, signature) VALUES (?, ?, ?, ?)",
                    eventId, signature.get("key_id"), signature.get("algorithm"), signature.get("signature"));
        }
        assertThat(verify().path("valid").asBoolean()).isTrue();
    }

    @Test
    void namesLedgerLinesInsertedAtTheHeadForAnEventTheStoreDoesNotHold() {
        String fund = newFundId();
        long contribution = recordContribution(fund);
        ledgerLinkedThrough(contribution);
        long above = jdbc.queryForObject("SELECT max(event_position) FROM ledger_entry", Long.class) + 1_000;
        int copied = jdbc.update("""
                INSERT INTO ledger_entry (event_id, line, fund_id, event_position, business_date, account, source,
                    fact_id, debit, credit, currency)
                SELECT 'forged-line-' || event_id, line, fund_id, ?, business_date, account, source, fact_id, debit,
                    credit, currency FROM ledger_entry WHERE event_position = ?""", above, contribution);
        assertThat(copied).isEqualTo(2);
        try {
            JsonNode report = verify();
            assertThat(report.path("valid").asBoolean()).as(report.toString()).isFalse();
            assertThat(report.path("events").path("valid").asBoolean()).isTrue();
            assertThat(report.path("ledger").path("firstBadPosition").asLong()).isEqualTo(above);
            assertThat(report.path("firstBadPosition").asLong()).isEqualTo(above);
            assertThat(report.path("ledger").path("problem").asText()).contains("does not hold", "inserted");
        } finally {
            jdbc.update("DELETE FROM ledger_entry WHERE event_id LIKE 'forged-line-%'");
        }
        assertThat(verify().path("valid").asBoolean()).isTrue();
    }

    @Test
    void namesLedgerLinesAddedToAGenuineEvent() {
        String fund = newFundId();
        long contribution = recordContribution(fund);
        ledgerLinkedThrough(contribution);
        int copied = jdbc.update("""
                INSERT INTO ledger_entry (event_id, line, fund_id, event_position, business_date, account, source,
                    fact_id, debit, credit, currency)
                SELECT event_id, line + 2, fund_id, event_position, business_date, account, source, fact_id, debit,
                    credit, currency FROM ledger_entry WHERE event_position = ?""", contribution);
        assertThat(copied).isEqualTo(2);
        try {
            JsonNode report = verify();
            assertThat(report.path("valid").asBoolean()).as(report.toString()).isFalse();
            assertThat(report.path("ledger").path("firstBadPosition").asLong()).isEqualTo(contribution);
            // below the ledger chain's head the chain names them; above it, the lines' event does not post them
            assertThat(report.path("ledger").path("problem").asText()).contains("inserted");
        } finally {
            jdbc.update("DELETE FROM ledger_entry WHERE event_position = ? AND line >= 2", contribution);
        }
        assertThat(verify().path("valid").asBoolean()).isTrue();
    }
}
