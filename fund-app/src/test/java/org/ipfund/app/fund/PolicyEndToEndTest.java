package org.ipfund.app.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.testing.Funds.call;
import static org.ipfund.app.testing.Funds.commitment;
import static org.ipfund.app.testing.Funds.contribution;
import static org.ipfund.app.testing.Funds.launch;
import static org.ipfund.app.testing.Funds.newFundId;
import static org.ipfund.app.testing.Funds.recorded;
import static org.ipfund.app.testing.Refusal.refused;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.EndToEndTest;
import org.junit.jupiter.api.Test;

/**
 * Over HTTP: a back-dated policy amendment that would invalidate a recorded fact is refused naming it, and one that
 * changes a past flag shows in the auditors' state as known before and after it; all government levels together
 * commit at most the government share cap of a sub-fund, which takes its parent's cap unless given one.
 */
class PolicyEndToEndTest extends EndToEndTest {

    private static final String LAUNCH = "2017-03-01";
    private static final String XIAMEN = """
            {"shareCap": "0.30", "shareCapAmount": {"amount": "150000000.00", "currency": "CNY"},
             "followOnMaxShareOfLead": "0.50", "followOnWindowDays": 365, "returnInvestmentMultiple": "1.50",
             "governmentShareCap": "0.50"}""";

    private final String fund = newFundId();
    private final String subFund = newFundId();

    @Test
    void refusesABackdatedAmendmentThatWouldHaveRefusedAFollowOnAndAcceptsItFromTheDayAfter() {
        launchedWithPaidIn(XIAMEN, "60000000.00");
        recorded(post(fund, "/investments", """
                {"investmentId": "f-1", "kind": "FOLLOW_ON", "company": {"name": "Silk Road IP Holdings"},
                 "amount": {"amount": "5000000.00", "currency": "CNY"}, "date": "2018-03-15",
                 "lead": {"name": "Fujian Investment Group", "amount": {"amount": "10000000.00", "currency": "CNY"},
                          "date": "2018-03-01"}}"""));
        long before = storedEvents();

        Api.Response onItsDate = post(fund, "/policy", """
                {"amendmentId": "cut", "effectiveFrom": "2018-03-15", "followOnMaxShareOfLead": "0.40"}""");

        refused(onItsDate, 409, "AMENDMENT_INVALIDATES_FACT").naming("effectiveFrom")
                .withDetailContaining("f-1", "2018-03-15", "FOLLOW_ON_EXCEEDS_LEAD_SHARE");
        assertThat(storedEvents()).isEqualTo(before);
        recorded(post(fund, "/policy", """
                {"amendmentId": "cut", "effectiveFrom": "2018-03-16", "followOnMaxShareOfLead": "0.40"}"""));
    }

    @Test
    void refusesStoppingUncalledMoneyBackToLaunchWhenItWasInvestedSoNoDayIsOverdrawn() {
        recorded(api().post("/api/funds", launch(fund, "GUIDANCE", LAUNCH, """
                {"investUncalledCommitments": true}""")));
        recorded(post(fund, "/commitments", commitment("city", "Xiamen Finance Bureau", "LOCAL_FISCAL",
                "10000000.00", LAUNCH)));
        long last = recorded(post(fund, "/investments", """
                {"investmentId": "d-1", "kind": "DIRECT", "company": {"name": "Xiamen Patent Services"},
                 "amount": {"amount": "6000000.00", "currency": "CNY"}, "date": "2017-06-01"}"""));
        long before = storedEvents();

        Api.Response tightened = post(fund, "/policy", """
                {"effectiveFrom": "%s", "investUncalledCommitments": false}""".formatted(LAUNCH));

        refused(tightened, 409, "AMENDMENT_INVALIDATES_FACT").naming("effectiveFrom")
                .withDetailContaining("d-1", "2017-06-01", "INSUFFICIENT_CAPITAL");
        assertThat(storedEvents()).isEqualTo(before);
        Api.Response view = api().get("/api/funds/" + fund + "?asOf=2017-06-01&minPosition=" + last);
        assertThat(view.amount("available")).isEqualTo("4000000.00");
    }

    @Test
    void aSubFundTakesItsParentsGovernmentShareCapAndRefusesFiscalMoneyOneFenAboveIt() {
        launchedWithPaidIn(XIAMEN, "60000000.00");
        recorded(post(fund, "/sub-funds", subFundBody("25000000.00", "2018-01-10")));
        long before = storedEvents();

        Api.Response oneFenAbove = post(subFund, "/commitments", commitment("central", "Central finance",
                "CENTRAL_FISCAL", "25000000.01", "2018-02-01"));

        refused(oneFenAbove, 409, "GOVERNMENT_SHARE_CAP_EXCEEDED").naming("amount.amount")
                .withDetailContaining("50000000.01", "0.50");
        assertThat(storedEvents()).isEqualTo(before);
        recorded(post(subFund, "/commitments", commitment("central", "Central finance", "CENTRAL_FISCAL",
                "25000000.00", "2018-02-01")));
        long last = recorded(post(subFund, "/commitments", commitment("social", "Xiamen Venture Partners",
                "SOCIAL", "30000000.00", "2018-02-01")));

        JsonNode view = api().get("/api/funds/" + subFund + "?minPosition=" + last).json();
        assertThat(view.path("policy").path("governmentShareCap").asText()).as("the parent's, inherited")
                .isEqualTo("0.50");
        JsonNode parent = view.path("parent");
        assertThat(parent.path("governmentCommitment").path("amount").asText()).isEqualTo("50000000.00");
        assertThat(parent.path("governmentShare").asText()).isEqualTo("0.6250");
        assertThat(parent.path("governmentShareCap").asText()).isEqualTo("0.50");
        assertThat(parent.path("governmentShareCapBreached").asBoolean())
                .as("50m of the 80m actually committed: the commitments fell short of the 100m target").isTrue();
    }

    @Test
    void refusesAParentsCommitmentAboveTheGovernmentShareCapTheSubFundWasGiven() {
        launchedWithPaidIn(XIAMEN, "60000000.00");
        long before = storedEvents();

        Api.Response refusedSubFund = post(fund, "/sub-funds", """
                {"subFundId": "%s", "name": "Xiamen IP Sub-fund", "date": "2018-01-10",
                 "targetSize": {"amount": "100000000.00", "currency": "CNY"},
                 "parentCommitment": {"amount": "25000000.00", "currency": "CNY"},
                 "policy": {"governmentShareCap": "0.20"}}""".formatted(subFund));

        refused(refusedSubFund, 409, "GOVERNMENT_SHARE_CAP_EXCEEDED").naming("parentCommitment.amount");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void theAuditorsStateShowsTheParentsShareCapBreachAsKnownBeforeALooseningAmendmentAndNoneAfter() {
        launchedWithPaidIn(XIAMEN, "60000000.00");
        recorded(post(fund, "/sub-funds", subFundBody("25000000.00", "2018-01-10")));
        recorded(post(subFund, "/commitments", commitment("social", "Xiamen Venture Partners", "SOCIAL",
                "25000000.00", "2018-02-01")));
        Instant knownBefore = Instant.now();
        long amended = recorded(post(fund, "/policy", """
                {"amendmentId": "loosen", "effectiveFrom": "2018-01-01", "shareCap": "0.60"}"""));

        JsonNode before = auditState(subFund, "asOf=2018-02-01&knownAt=" + knownBefore);
        JsonNode after = auditState(subFund, "asOf=2018-02-01");

        assertThat(before.path("parent").path("share").asText()).isEqualTo("0.5000");
        assertThat(before.path("parent").path("shareCap").asText()).isEqualTo("0.30");
        assertThat(before.path("parent").path("shareCapBreached").asBoolean()).isTrue();
        assertThat(after.path("parent").path("shareCap").asText()).isEqualTo("0.60");
        assertThat(after.path("parent").path("shareCapBreached").asBoolean()).isFalse();
        JsonNode live = api().get("/api/funds/" + subFund + "?asOf=2018-02-01&minPosition=" + amended).json();
        assertThat(live.path("parent").path("shareCapBreached").asBoolean()).isFalse();
    }

    private void launchedWithPaidIn(String policy, String amount) {
        recorded(api().post("/api/funds", launch(fund, "GUIDANCE", LAUNCH, policy)));
        recorded(post(fund, "/commitments", commitment("city", "Xiamen Finance Bureau", "LOCAL_FISCAL", amount,
                LAUNCH)));
        recorded(post(fund, "/capital-calls", call("k1", amount, LAUNCH)));
        recorded(post(fund, "/contributions", contribution("p1", "city", "k1", amount, LAUNCH)));
    }

    private String subFundBody(String parentCommitment, String date) {
        return """
                {"subFundId": "%s", "name": "Xiamen IP Sub-fund", "date": "%s",
                 "targetSize": {"amount": "100000000.00", "currency": "CNY"},
                 "parentCommitment": {"amount": "%s", "currency": "CNY"}}""".formatted(subFund, date,
                parentCommitment);
    }

    private JsonNode auditState(String fundId, String query) {
        Api.Response response = api().get("/api/audit/funds/" + fundId + "/state?" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private Api.Response post(String fundId, String suffix, String body) {
        return api().post("/api/funds/" + fundId + suffix, body);
    }
}
