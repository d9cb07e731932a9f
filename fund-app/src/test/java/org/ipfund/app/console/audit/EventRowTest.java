package org.ipfund.app.console.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import org.ipfund.audit.history.EventHistoryEntry;
import org.ipfund.domain.money.Money;
import org.junit.jupiter.api.Test;

class EventRowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void summarisesAPayloadWithItsAmountsAsMoneyAndWithoutTheFundTheRowAlreadyNames() throws Exception {
        EventRow row = EventRow.of(entry("fund-a", """
                {"fundId": "fund-a", "investmentId": "deal-1",
                 "company": {"name": "厦门知识产权运营有限公司", "region": "Xiamen"},
                 "amount": {"amount": 3000000.00, "currency": "CNY"}, "exchangeRate": null, "date": "2017-05-10"}"""));

        assertThat(row.summary()).extracting(EventRow.Field::name)
                .containsExactly("investmentId", "company.name", "company.region", "amount", "date");
        assertThat(row.summary().get(3).money()).isEqualTo(Money.of("3000000.00", "CNY"));
        assertThat(row.summary().get(1).text()).isEqualTo("厦门知识产权运营有限公司");
        assertThat(row.reason()).isNull();
    }

    @Test
    void aCorrectionsReasonIsTheRowsWhyNotPartOfItsSummary() throws Exception {
        EventRow row = EventRow.of(entry("fund-a", """
                {"fundId": "fund-a", "correctionId": "fix-1", "commitmentId": "c-1",
                 "reason": "entered twice", "date": "2017-03-05"}"""));

        assertThat(row.reason()).isEqualTo("entered twice");
        assertThat(row.summary()).extracting(EventRow.Field::name).containsExactly("correctionId", "commitmentId",
                "date");
    }

    @Test
    void anotherFundNamedInThePayloadStaysInItsSummary() throws Exception {
        EventRow row = EventRow.of(entry("parent", """
                {"fundId": "sub-1", "parentFundId": "parent"}"""));

        assertThat(row.summary()).extracting(EventRow.Field::text).containsExactly("sub-1", "parent");
    }

    private static EventHistoryEntry entry(String aggregateId, String payload) throws Exception {
        JsonNode json = JSON.readTree(payload);
        return new EventHistoryEntry(7, "event-7", aggregateId, 1, "SomethingRecorded", "org.ipfund.SomethingRecorded",
                json, LocalDate.of(2017, 5, 10), Instant.parse("2025-01-01T00:00:00Z"), "tester", "request",
                "command");
    }
}
