package org.ipfund.audit.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.flywaydb.core.Flyway;
import org.ipfund.domain.fund.CommitmentRecorded;
import org.ipfund.domain.fund.FundLaunched;
import org.ipfund.domain.fund.FundType;
import org.ipfund.domain.FundId;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.projections.store.EventStoreTables;
import org.ipfund.projections.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The first {@code @Revision} of an event cannot silently break history: the history reader and the bitemporal fold
 * read a stored old revision through the store's upcasters, as the aggregate does. Here an old form of
 * {@link CommitmentRecorded} (its investor under {@code investorName}, revision "0") sits in the store beside a
 * current {@link FundLaunched}; an upcaster like the ones a later change would add turns it into today's form.
 */
class OldRevisionTest {

    private static final String COMMITMENT = CommitmentRecorded.class.getName();
    private static JdbcTemplate jdbc;
    private static EventStoreTables store;

    @BeforeAll
    static void aStoreHoldingAnOldRevision() {
        DataSource dataSource = TestDatabase.fresh().newDataSource();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/event-store").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        store = new EventStoreTables(jdbc);
        var launched = new FundLaunched(new FundId("xm-old"), "Old fund", FundType.GUIDANCE,
                java.util.Currency.getInstance("CNY"), LocalDate.parse("2017-03-01"), FundPolicy.none());
        byte[] launchPayload = StoredMessageJson.serializer().serialize(launched, byte[].class).getData();
        insert(0, FundLaunched.class.getName(), null, launchPayload, "2017-03-01");
        insert(1, COMMITMENT, "0", """
                {"fundId":"xm-old","commitmentId":"city","investorName":"Xiamen Finance Bureau",
                 "source":"LOCAL_FISCAL","amount":{"amount":"10000000.00","currency":"CNY"},"date":"2017-03-02"}"""
                .getBytes(StandardCharsets.UTF_8), "2017-03-02");
    }

    private static void insert(long sequence, String type, String revision, byte[] payload, String businessDate) {
        byte[] metadata = ("{\"businessDate\":\"" + businessDate + "\",\"actor\":\"manager\"}")
                .getBytes(StandardCharsets.UTF_8);
        jdbc.update("""
                INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                    payload, payloadrevision, payloadtype, timestamp) VALUES (?, ?, 'Fund', ?, ?, ?, ?, ?, ?)""",
                "xm-old", sequence, UUID.randomUUID().toString(), metadata, payload, revision, type,
                Instant.parse("2017-03-0" + (sequence + 1) + "T08:00:00Z").toString());
    }

    /** What a later change would add with {@code @Revision("1")}: the investor's field renamed. */
    private static final class InvestorRenamed extends SingleEventUpcaster {

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation event) {
            return event.getType().equals(new SimpleSerializedType(COMMITMENT, "0"));
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
            return event.upcast(new SimpleSerializedType(COMMITMENT, null), JsonNode.class, json -> {
                ObjectNode current = (ObjectNode) json;
                current.set("investor", current.remove("investorName"));
                return current;
            }, metadata -> metadata);
        }
    }

    private static EventHistory history(EventUpcasterChain upcasters) {
        return new EventHistory(store, StoredMessageJson.serializer(), () -> upcasters);
    }

    @Test
    void theHistoryShowsAnOldRevisionAsTheEventItBecame() {
        var page = history(new EventUpcasterChain(new InvestorRenamed())).page("xm-old", -1, 10);
        assertThat(page.events()).hasSize(2);
        JsonNode commitment = page.events().get(1).payload();
        assertThat(commitment.get("investor").asText()).isEqualTo("Xiamen Finance Bureau");
        assertThat(commitment.has("investorName")).isFalse();
        assertThat(commitment.get("amount").get("amount").asText()).isEqualTo("10000000.00");
        assertThat(page.events().get(1).businessDate()).isEqualTo(LocalDate.parse("2017-03-02"));
        assertThat(page.events().get(1).actor()).isEqualTo("manager");
    }

    @Test
    void theFoldCountsAnOldRevisionAsTheEventItBecame() {
        var state = history(new EventUpcasterChain(new InvestorRenamed()))
                .fundState("xm-old", LocalDate.parse("2017-12-31"), Instant.now()).orElseThrow();
        assertThat(state.commitments()).extracting(FundStateView.Commitment::investor)
                .containsExactly("Xiamen Finance Bureau");
        assertThat(state.capital().committed().amount()).isEqualByComparingTo("10000000.00");
    }

    @Test
    void withoutItsUpcasterAnOldRevisionIsRefusedNotMisread() {
        assertThatThrownBy(() -> history(new EventUpcasterChain()).fundStream("xm-old"))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void anExportKeepsTheBytesAsStored() {
        var dated = history(new EventUpcasterChain(new InvestorRenamed()))
                .dated("xm-old", LocalDate.parse("2017-03-02"), LocalDate.parse("2017-03-02"));
        assertThat(dated).hasSize(1);
        assertThat(dated.get(0).payload().has("investorName")).isTrue();
    }
}
