package org.ipfund.app.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.exit.Exits.correction;
import static org.ipfund.app.exit.Exits.distribution;
import static org.ipfund.app.exit.Exits.paidInAndInvested;
import static org.ipfund.app.exit.Exits.sale;
import static org.ipfund.app.exit.Exits.valuation;
import static org.ipfund.app.testing.Funds.call;
import static org.ipfund.app.testing.Funds.commitment;
import static org.ipfund.app.testing.Funds.contribution;
import static org.ipfund.app.testing.Funds.newFundId;
import static org.ipfund.app.testing.Funds.recorded;
import static org.ipfund.app.testing.Refusal.refused;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Supplier;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.EndToEndTest;
import org.junit.jupiter.api.Test;

/**
 * Corrections of the second half of a fund's life over HTTP: a valuation, an exit, a distribution and a capital call
 * are each reversed by a new fact (201), and a reversal that something recorded later depends on is refused naming
 * {@code reverses}, with nothing recorded. What each reversal undid shows in what the fund accepts next.
 */
class ReversalsEndToEndTest extends EndToEndTest {

    private static final String CORRECTED_ON = "2024-01-15";

    private final String fund = newFundId();

    @Test
    void reversesAValuationSoThatAClosingExitMayPrecedeItsDate() {
        paidInAndInvested(api(), fund, null);
        recorded(post("/investments/d-1/valuations", valuation("v-1", "5200000.00", "2021-12-31")));
        refused(post("/investments/d-1/exits", sale("x-1", "1", "5000000.00", "2021-06-30")), 409,
                "HOLDING_HAS_LATER_FACTS");

        Api.Response reversed = post("/corrections", correction("undo-v-1", "v-1", CORRECTED_ON));

        assertThat(reversed.status()).as(reversed.toString()).isEqualTo(201);
        assertThat(reversed.json().path("correctionId").asText()).isEqualTo("undo-v-1");
        assertThat(lastStoredType()).isEqualTo("ValuationReversed");
        JsonNode holding = api().get("/api/funds/" + fund + "/investments/d-1?minPosition="
                + reversed.json().path("position").asLong()).json();
        assertThat(holding.path("valuations")).as(holding.toString()).singleElement().satisfies(valuation -> {
            assertThat(valuation.path("valuationId").asText()).isEqualTo("v-1");
            assertThat(valuation.path("reversal").path("correctionId").asText()).isEqualTo("undo-v-1");
        });
        assertThat(holding.path("valuationDate").isNull()).as("carried at cost again").isTrue();
        recorded(post("/investments/d-1/exits", sale("x-1", "1", "5000000.00", "2021-06-30")));
        refused(recordingNothing(() -> post("/corrections", correction("again", "v-1", CORRECTED_ON))), 409,
                "FACT_ALREADY_REVERSED").naming("reverses");
    }

    @Test
    void reversesOnlyTheLatestExitOfAHoldingAndThenTheOneBeforeIt() {
        paidInAndInvested(api(), fund, null);
        recorded(post("/investments/d-1/exits", sale("x-1", "0.40", "2000000.00", "2020-06-30")));
        recorded(post("/investments/d-1/exits", sale("x-2", "0.5", "1000000.00", "2021-06-30")));

        Api.Response notTheLatest = recordingNothing(() -> post("/corrections",
                correction("undo-x-1", "x-1", CORRECTED_ON)));

        refused(notTheLatest, 409, "LATER_EXIT_STANDS").naming("reverses").withDetailContaining("x-2", "2021-06-30");
        recorded(post("/corrections", correction("undo-x-2", "x-2", CORRECTED_ON)));
        assertThat(lastStoredType()).isEqualTo("ExitReversed");
        recorded(post("/corrections", correction("undo-x-1", "x-1", CORRECTED_ON)));
        // x-1 counts until its correction on 2024-01-15: an exit dated before that would count beside it
        refused(recordingNothing(() -> post("/investments/d-1/exits", sale("x-3", "0.40", "1700000.00",
                "2020-01-31"))), 409, "DATED_BEFORE_REVERSAL").naming("date").withDetailContaining("x-1", CORRECTED_ON);
        Api.Response again = post("/investments/d-1/exits", sale("x-3", "0.40", "1700000.00", CORRECTED_ON));
        assertThat(again.status()).as("dated on the corrections' day: " + again).isEqualTo(201);
        assertThat(again.json().path("costReleased").path("amount").asText()).as("0.40 of the whole cost again")
                .isEqualTo("1600000.00");
    }

    @Test
    void anExitCorrectedOnItsOwnDayIsReplacedOnThatDay() {
        paidInAndInvested(api(), fund, null);
        recorded(post("/investments/d-1/exits", sale("x-1", "1", "6000000.00", "2021-03-01")));
        recorded(post("/corrections", correction("undo-x-1", "x-1", "2021-03-01")));

        long position = recorded(post("/investments/d-1/exits", sale("x-2", "1", "5000000.00", "2021-03-01")));

        JsonNode holding = api().get("/api/funds/" + fund + "/investments/d-1?asOf=2021-06-30&minPosition="
                + position).json();
        assertThat(holding.path("proceeds").path("amount").asText()).as("x-2 alone: " + holding)
                .isEqualTo("5000000.00");
        assertThat(holding.path("costReleased").path("amount").asText()).isEqualTo("4000000.00");
    }

    @Test
    void refusesReversingADealWhileAnExitOfItStands() {
        paidInAndInvested(api(), fund, null);
        recorded(post("/investments/d-1/exits", sale("x-1", "0.40", "2000000.00", "2020-06-30")));

        Api.Response response = recordingNothing(() -> post("/corrections", correction("undo-d-1", "d-1",
                CORRECTED_ON)));

        refused(response, 409, "FACT_NOT_REVERSIBLE").naming("reverses").withDetailContaining("d-1");
        recorded(post("/corrections", correction("undo-x-1", "x-1", CORRECTED_ON)));
        recorded(post("/corrections", correction("undo-d-1", "d-1", CORRECTED_ON)));
    }

    @Test
    void reversesOnlyTheLatestDistributionAndNoExitWhoseProceedsWerePaidOut() {
        paidInAndInvested(api(), fund, null);
        recorded(post("/investments/d-1/exits", sale("x-1", "1", "6000000.00", "2021-03-31")));
        recorded(post("/distributions", distribution("r-1", "2000000.00", "2021-04-30")));
        recorded(post("/distributions", distribution("r-2", "10000000.00", "2021-06-30")));

        refused(recordingNothing(() -> post("/corrections", correction("undo-r-1", "r-1", CORRECTED_ON))), 409,
                "LATER_DISTRIBUTION_STANDS").naming("reverses").withDetailContaining("r-2", "2021-06-30");
        refused(recordingNothing(() -> post("/corrections", correction("undo-x-1", "x-1", CORRECTED_ON))), 409,
                "PROCEEDS_ALREADY_DISTRIBUTED").naming("reverses").withDetailContaining("x-1", "6000000.00");

        recorded(post("/corrections", correction("undo-r-2", "r-2", CORRECTED_ON)));
        assertThat(lastStoredType()).isEqualTo("DistributionReversed");
        // r-1 still paid out 2,000,000.00 of the proceeds
        refused(recordingNothing(() -> post("/corrections", correction("undo-x-1", "x-1", CORRECTED_ON))), 409,
                "PROCEEDS_ALREADY_DISTRIBUTED").naming("reverses");
        recorded(post("/corrections", correction("undo-r-1", "r-1", CORRECTED_ON)));
        recorded(post("/corrections", correction("undo-x-1", "x-1", CORRECTED_ON)));
        // a correction takes effect on its own date: from then on the fund holds what it paid in less the deal
        refused(recordingNothing(() -> post("/distributions", distribution("r-3", "6000000.01", CORRECTED_ON))),
                409, "INSUFFICIENT_CASH").naming("amount.amount").withDetailContaining("6000000.00");
        recorded(post("/distributions", distribution("r-3", "6000000.00", CORRECTED_ON)));
    }

    @Test
    void reversesACallNothingWasPaidAgainstButNotOneWithAContribution() {
        recorded(api().post("/api/funds", """
                {"fundId": "%s", "name": "Xiamen IP guidance fund", "type": "GUIDANCE", "currency": "CNY",
                 "launchDate": "%s"}""".formatted(fund, Exits.LAUNCH)));
        recorded(post("/commitments", commitment("city", "investor city", "LOCAL_FISCAL", "10000000.00",
                Exits.LAUNCH)));
        recorded(post("/capital-calls", call("k1", "6000000.00", "2019-01-02")));
        recorded(post("/contributions", contribution("p1", "city", "k1", "6000000.00", "2019-01-05")));
        recorded(post("/capital-calls", call("k2", "4000000.00", "2019-06-01")));
        refused(post("/capital-calls", call("k3", "0.01", "2019-06-02")), 409, "CALL_EXCEEDS_UNFUNDED_COMMITMENTS");

        Api.Response paidAgainst = recordingNothing(() -> post("/corrections", correction("undo-k1", "k1",
                CORRECTED_ON)));
        Api.Response unpaid = post("/corrections", correction("undo-k2", "k2", CORRECTED_ON));

        refused(paidAgainst, 409, "FACT_NOT_REVERSIBLE").naming("reverses").withDetailContaining("6000000.00");
        assertThat(unpaid.status()).as(unpaid.toString()).isEqualTo(201);
        assertThat(lastStoredType()).isEqualTo("CapitalCallReversed");
        refused(recordingNothing(() -> post("/contributions", contribution("p2", "city", "k2", "1.00",
                CORRECTED_ON))), 404, "CALL_NOT_FOUND").naming("callId");
        recorded(post("/capital-calls", call("k3", "4000000.00", CORRECTED_ON)));
    }

    @Test
    void reversesAParentsCommitmentToASubFundInBothFundsTopUpsIncluded() {
        paidInAndInvested(api(), fund, null);
        String subFund = fund + "-sub";
        recorded(post("/sub-funds", subFundOf(subFund, "3000000.00", "2020-01-01")));
        recorded(post("/sub-funds/" + subFund + "/top-ups", """
                {"topUpId": "%s-top", "amount": {"amount": "500000.00", "currency": "CNY"}, "date": "2020-02-01"}"""
                .formatted(subFund)));

        long position = recorded(post("/corrections", correction("undo-sub", subFund, CORRECTED_ON)));

        assertThat(lastStoredType()).isEqualTo("SubFundCommitmentReversed");
        assertThat(lastStoredType(subFund)).isEqualTo("CommitmentReversed");
        Api.Response parent = api().get("/api/funds/" + fund + "?minPosition=" + position);
        assertThat(parent.json().path("committedToSubFunds").path("amount").asText()).as(parent.toString())
                .isEqualTo("0.00");
        Api.Response child = api().get("/api/funds/" + subFund + "?minPosition=" + position);
        assertThat(child.json().path("committed").path("amount").asText()).as(child.toString()).isEqualTo("0.00");
        refused(recordingNothing(() -> post("/corrections", correction("again", subFund, CORRECTED_ON))), 409,
                "FACT_ALREADY_REVERSED").naming("reverses");
        refused(recordingNothing(() -> post("/sub-funds/" + subFund + "/top-ups", """
                {"amount": {"amount": "1.00", "currency": "CNY"}, "date": "%s"}""".formatted(CORRECTED_ON))), 404,
                "SUB_FUND_NOT_FOUND");
    }

    @Test
    void refusesReversingASubFundCommitmentOnceTheSubFundCalledFromItRecordingNothingInEither() {
        paidInAndInvested(api(), fund, null);
        String subFund = fund + "-sub";
        recorded(post("/sub-funds", subFundOf(subFund, "3000000.00", "2020-01-01")));
        recorded(api().post("/api/funds/" + subFund + "/capital-calls", call("s-k1", "100.00", "2020-03-01")));
        long subFundEvents = storedEvents(subFund);

        refused(recordingNothing(() -> post("/corrections", correction("undo-sub", subFund, CORRECTED_ON))), 409,
                "COMMITMENT_ALREADY_CALLED").naming("reverses");

        assertThat(storedEvents(subFund)).isEqualTo(subFundEvents);
    }

    private static String subFundOf(String subFundId, String parentCommitment, String date) {
        return """
                {"subFundId": "%s", "name": "Xiamen IP sub-fund", "targetSize": {"amount": "20000000.00",
                 "currency": "CNY"}, "parentCommitment": {"amount": "%s", "currency": "CNY"}, "date": "%s"}"""
                .formatted(subFundId, parentCommitment, date);
    }

    private long storedEvents(String aggregateId) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class,
                aggregateId);
    }

    private String lastStoredType() {
        return lastStoredType(fund);
    }

    private String lastStoredType(String aggregateId) {
        String type = jdbc.queryForObject("""
                SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ?
                ORDER BY sequencenumber DESC LIMIT 1""", String.class, aggregateId);
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private Api.Response recordingNothing(Supplier<Api.Response> request) {
        long before = storedEvents();
        Api.Response response = request.get();
        assertThat(storedEvents()).as("events stored after " + response).isEqualTo(before);
        return response;
    }

    private Api.Response post(String suffix, Object body) {
        return api().post("/api/funds/" + fund + suffix, body.toString());
    }
}
