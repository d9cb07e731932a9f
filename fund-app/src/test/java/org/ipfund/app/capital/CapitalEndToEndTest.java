package org.ipfund.app.capital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.testing.Funds.call;
import static org.ipfund.app.testing.Funds.commitment;
import static org.ipfund.app.testing.Funds.contribution;
import static org.ipfund.app.testing.Funds.launch;
import static org.ipfund.app.testing.Funds.newFundId;
import static org.ipfund.app.testing.Funds.recorded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.EndToEndTest;
import org.junit.jupiter.api.Test;

/** A fund's capital recorded over HTTP and read back from its view in PostgreSQL. */
class CapitalEndToEndTest extends EndToEndTest {

    private final String fund = newFundId();

    @Test
    void recordsCommitmentsCallsAndContributionsAndAnswersThePositionBySource() {
        Api api = api();
        Api.Response launched = api.post("/api/funds", launch(fund, "2017-03-01"));
        assertThat(launched.status()).isEqualTo(201);
        assertThat(launched.json().get("fundId").asText()).isEqualTo(fund);
        assertThat(launched.header("Location")).isEqualTo("/api/funds/" + fund);

        recorded(api.post(path("/commitments"), commitment("city", "Xiamen Finance Bureau", "LOCAL_FISCAL",
                "10000000.00", "2017-03-02")));
        recorded(api.post(path("/commitments"), commitment("central", "Central finance", "CENTRAL_FISCAL",
                "5000000", "2017-03-02")));
        recorded(api.post(path("/capital-calls"), call("call-1", "6000000.01", "2017-04-01")));
        long last = recorded(api.post(path("/contributions"),
                contribution("city", "call-1", "4000000.01", "2017-04-10")));

        Api.Response position = api.get(path("?minPosition=" + last));
        assertThat(position.status()).as(position.toString()).isEqualTo(200);
        assertThat(position.amount("committed")).isEqualTo("15000000.00");
        assertThat(position.amount("called")).isEqualTo("6000000.01");
        assertThat(position.amount("paidIn")).isEqualTo("4000000.01");
        assertThat(position.amount("invested")).isEqualTo("0.00");
        assertThat(position.amount("available")).isEqualTo("4000000.01");
        assertThat(position.amount("unfunded")).isEqualTo("10999999.99");
        // pro rata to the uncalled commitments, the odd fen to the larger remainder
        assertThat(position.amount("bySource.LOCAL_FISCAL.called")).isEqualTo("4000000.01");
        assertThat(position.amount("bySource.CENTRAL_FISCAL.called")).isEqualTo("2000000.00");
        assertThat(position.amount("bySource.CENTRAL_FISCAL.paidIn")).isEqualTo("0.00");
        assertThat(position.json().get("bySource").get("LOCAL_FISCAL").get("committed").get("currency").asText())
                .isEqualTo("CNY");
    }

    @Test
    void answersThePositionAsItStoodOnAnEarlierDate() {
        Api api = api();
        recorded(api.post("/api/funds", launch(fund, "2017-03-01")));
        recorded(api.post(path("/commitments"), commitment("c1", "Bureau", "LOCAL_FISCAL", "1000.00", "2017-03-02")));
        recorded(api.post(path("/capital-calls"), call("k1", "600.00", "2017-04-01")));
        long last = recorded(api.post(path("/contributions"), contribution("c1", "k1", "600.00", "2017-05-01")));

        Api.Response beforePayment = api.get(path("?asOf=2017-04-30&minPosition=" + last));
        assertThat(beforePayment.amount("called")).isEqualTo("600.00");
        assertThat(beforePayment.amount("paidIn")).isEqualTo("0.00");
        assertThat(beforePayment.json().get("asOf").asText()).isEqualTo("2017-04-30");

        Api.Response beforeLaunch = api.get(path("?asOf=2017-03-01"));
        assertThat(beforeLaunch.amount("committed")).isEqualTo("0.00");

        Api.Response commitments = api.get(path("/commitments/c1?asOf=2017-05-01"));
        assertThat(commitments.amount("paidIn")).isEqualTo("600.00");
        assertThat(commitments.amount("uncalled")).isEqualTo("400.00");

        Api.Response callView = api.get(path("/capital-calls/k1?asOf=2017-04-30"));
        assertThat(callView.amount("outstanding")).isEqualTo("600.00");
    }

    @Test
    void answersEveryRecordedFactAtItsLocation() {
        Api api = api();
        recorded(api.post("/api/funds", launch(fund, "2017-03-01")));
        Api.Response commitment = api.post(path("/commitments"),
                "{\"investor\": \"Bureau\", \"source\": \"SOCIAL\", \"amount\": {\"amount\": 250.5, \"currency\": \"CNY\"},"
                        + " \"date\": \"2017-03-02\"}");
        String commitmentId = commitment.json().get("commitmentId").asText();
        assertThat(commitment.json().get("id").asText()).isEqualTo(commitmentId).isNotBlank();
        Api.Response call = api.post(path("/capital-calls"), call("k1", "100.00", "2017-03-03"));
        Api.Response paid = api.post(path("/contributions"), contribution(commitmentId, "k1", "100.00", "2017-03-04"));
        long last = recorded(paid);

        Api.Response readCommitment = api.get(commitment.header("Location") + "?minPosition=" + last);
        assertThat(readCommitment.amount("amount")).isEqualTo("250.50");
        assertThat(api.get(call.header("Location")).json().get("callId").asText()).isEqualTo("k1");
        Api.Response readContribution = api.get(paid.header("Location"));
        assertThat(readContribution.status()).isEqualTo(200);
        assertThat(readContribution.amount("amount")).isEqualTo("100.00");
        assertThat(readContribution.json().get("source").asText()).isEqualTo("SOCIAL");
    }

    @Test
    void everyEventCarriesWhoRecordedItWhyAndWhenItTakesEffect() throws Exception {
        Api api = api();
        recorded(api.post("/api/funds", launch(fund, "2017-03-01"), Map.of("X-Request-Id", "req-launch-1")));
        Api.Response response = api.post(path("/commitments"),
                commitment("c1", "Bureau", "STATE_OWNED", "10.00", "2017-03-05"), Map.of("X-Request-Id", "req-commit-1"));
        assertThat(response.header("X-Request-Id")).isEqualTo("req-commit-1");

        Map<String, Object> row = jdbc.queryForMap("""
                SELECT globalindex, convert_from(metadata, 'UTF8') AS metadata, payloadtype, timestamp
                FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 1""", fund);
        JsonNode metadata = new ObjectMapper().readTree((String) row.get("metadata"));
        assertThat(metadata.get("actor").asText()).isEqualTo(org.ipfund.app.testing.TestUsers.TESTER);
        assertThat(metadata.get("correlationId").asText()).isEqualTo("req-commit-1");
        assertThat(metadata.get("causationId").asText()).isNotBlank();
        assertThat(metadata.get("businessDate").asText()).isEqualTo("2017-03-05");
        assertThat(row.get("payloadtype")).isEqualTo("org.ipfund.domain.fund.CommitmentRecorded");
        assertThat((String) row.get("timestamp")).isNotBlank();
        assertThat(response.position()).isEqualTo(((Number) row.get("globalindex")).longValue());
    }

    @Test
    void listsEveryFund() {
        Api api = api();
        long last = recorded(api.post("/api/funds", launch(fund, "2017-03-01")));
        JsonNode funds = api.get("/api/funds?minPosition=" + last).json();
        assertThat(funds.findValuesAsText("fundId")).contains(fund);
    }

    private String path(String suffix) {
        return "/api/funds/" + fund + suffix;
    }
}
