package org.ipfund.app.leverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.leverage.Deals.correction;
import static org.ipfund.app.leverage.Deals.direct;
import static org.ipfund.app.leverage.Deals.guidanceFund;
import static org.ipfund.app.leverage.Deals.returnInvestmentMultiple;
import static org.ipfund.app.leverage.Deals.subFund;
import static org.ipfund.app.leverage.Figures.amount;
import static org.ipfund.app.leverage.Figures.element;
import static org.ipfund.app.leverage.Figures.ratio;
import static org.ipfund.app.testing.Funds.call;
import static org.ipfund.app.testing.Funds.commitment;
import static org.ipfund.app.testing.Funds.contribution;
import static org.ipfund.app.testing.Funds.newFundId;
import static org.ipfund.app.testing.Funds.recorded;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.EndToEndTest;
import org.junit.jupiter.api.Test;

/**
 * 返投 over HTTP: a guidance fund whose policy requires each sub-fund to invest in the target region at least
 * 1.50 times what the guidance fund paid into it, judged per sub-fund as of any date.
 */
class ReturnInvestmentEndToEndTest extends EndToEndTest {

    private final String parent = newFundId();
    private final String subFund = newFundId();

    @Test
    void judgesEachSubFundsInvestmentsInTheTargetRegionAgainstTheMultipleOfWhatTheParentPaidIn() {
        subFundWithTheParentsMoneyPaidIn("10000000.00", "2000000.00");
        String idle = newFundId();
        recorded(api().post(parentPath("/sub-funds"), subFund(idle, null, "10000000.00", "2000000.00",
                "2020-02-15")));
        recorded(api().post(subFundPath("/investments"), direct("q1", "Xiamen Patent Services", "2400000.00",
                "2020-04-01", true)));
        recorded(api().post(subFundPath("/investments"), direct("n1", "Shanghai Licensing", "1000000.00",
                "2020-04-02", false)));
        // the guidance fund's own deal in the region is not a sub-fund's 返投
        long last = recorded(api().post(parentPath("/investments"), direct("p1", "Xiamen IP Operation Co",
                "1000000.00", "2020-04-03", true)));

        JsonNode view = returnInvestment("?asOf=2020-06-30&minPosition=" + last);
        JsonNode beforeThePaymentArrived = returnInvestment("?asOf=2020-03-09");

        assertThat(view.path("fundId").asText()).isEqualTo(parent);
        assertThat(view.path("asOf").asText()).isEqualTo("2020-06-30");
        assertThat(view.path("subFunds").findValuesAsText("fundId")).containsExactlyInAnyOrder(subFund, idle);
        JsonNode judged = element(view, "/subFunds", "fundId", subFund);
        assertThat(judged.path("name").asText()).isEqualTo("Belt and Road IP sub-fund");
        assertThat(ratio(judged, "/requiredMultiple")).isEqualTo("1.50");
        assertThat(amount(judged, "/parentPaidIn")).isEqualTo("2000000.00");
        assertThat(amount(judged, "/required")).isEqualTo("3000000.00");
        assertThat(amount(judged, "/qualifying")).isEqualTo("2400000.00");
        assertThat(ratio(judged, "/multiple")).isEqualTo("1.2000");
        assertThat(compliant(judged)).isFalse();

        JsonNode nothingPaid = element(view, "/subFunds", "fundId", idle);
        assertThat(amount(nothingPaid, "/parentPaidIn")).isEqualTo("0.00");
        assertThat(amount(nothingPaid, "/required")).isEqualTo("0.00");
        assertThat(amount(nothingPaid, "/qualifying")).isEqualTo("0.00");
        assertThat(ratio(nothingPaid, "/multiple")).isNull();

        JsonNode early = element(beforeThePaymentArrived, "/subFunds", "fundId", subFund);
        assertThat(amount(early, "/parentPaidIn")).isEqualTo("0.00");
        assertThat(amount(early, "/required")).isEqualTo("0.00");
        assertThat(ratio(early, "/multiple")).isNull();
    }

    @Test
    void aLowerMultipleAmendedFromALaterDateMakesTheSubFundCompliantOnlyFromThatDate() {
        subFundWithTheParentsMoneyPaidIn("10000000.00", "2000000.00");
        recorded(api().post(subFundPath("/investments"), direct("q1", "Xiamen Patent Services", "2400000.00",
                "2020-04-01", true)));
        Api.Response amended = api().post(parentPath("/policy"), returnInvestmentMultiple("city-cut-2020",
                "2020-07-01", "1.00"));
        long last = recorded(amended);
        assertThat(amended.json().path("amendmentId").asText()).isEqualTo("city-cut-2020");

        JsonNode dayBefore = element(returnInvestment("?asOf=2020-06-30&minPosition=" + last), "/subFunds",
                "fundId", subFund);
        JsonNode from = element(returnInvestment("?asOf=2020-07-01"), "/subFunds", "fundId", subFund);

        assertThat(ratio(dayBefore, "/requiredMultiple")).isEqualTo("1.50");
        assertThat(amount(dayBefore, "/required")).isEqualTo("3000000.00");
        assertThat(compliant(dayBefore)).isFalse();
        assertThat(ratio(from, "/requiredMultiple")).isEqualTo("1.00");
        assertThat(amount(from, "/required")).isEqualTo("2000000.00");
        assertThat(amount(from, "/qualifying")).isEqualTo("2400000.00");
        assertThat(ratio(from, "/multiple")).isEqualTo("1.2000");
        assertThat(compliant(from)).isTrue();
    }

    @Test
    void aReversedQualifyingInvestmentStopsCountingFromTheCorrectionsDate() {
        subFundWithTheParentsMoneyPaidIn("10000000.00", "2000000.00");
        recorded(api().post(subFundPath("/investments"), direct("q1", "Xiamen Patent Services", "2400000.00",
                "2020-04-01", true)));
        recorded(api().post(subFundPath("/investments"), direct("q2", "Xiamen Trademark Agency", "800000.00",
                "2020-04-15", true)));
        long last = recorded(api().post(subFundPath("/corrections"), correction("fix-q2", "q2", "2020-08-01")));

        JsonNode dayBefore = element(returnInvestment("?asOf=2020-07-31&minPosition=" + last), "/subFunds",
                "fundId", subFund);
        JsonNode from = element(returnInvestment("?asOf=2020-08-01"), "/subFunds", "fundId", subFund);

        assertThat(amount(dayBefore, "/qualifying")).isEqualTo("3200000.00");
        assertThat(ratio(dayBefore, "/multiple")).isEqualTo("1.6000");
        assertThat(compliant(dayBefore)).isTrue();
        assertThat(amount(from, "/qualifying")).isEqualTo("2400000.00");
        assertThat(ratio(from, "/multiple")).isEqualTo("1.2000");
        assertThat(compliant(from)).isFalse();
    }

    @Test
    void exactlyTheRequiredAmountCompliesAndOneFenLessDoesNot() {
        subFundWithTheParentsMoneyPaidIn("10000000.00", "2000000.00");
        recorded(api().post(subFundPath("/investments"), direct("q1", "Xiamen Patent Services", "2400000.00",
                "2020-04-01", true)));
        recorded(api().post(subFundPath("/investments"), direct("q2", "Xiamen Trademark Agency", "599999.99",
                "2020-05-01", true)));
        long last = recorded(api().post(subFundPath("/investments"), direct("q3", "Xiamen Patent Search", "0.01",
                "2020-05-02", true)));

        JsonNode oneFenShort = element(returnInvestment("?asOf=2020-05-01&minPosition=" + last), "/subFunds",
                "fundId", subFund);
        JsonNode exactly = element(returnInvestment("?asOf=2020-05-02"), "/subFunds", "fundId", subFund);

        assertThat(amount(oneFenShort, "/required")).isEqualTo("3000000.00");
        assertThat(amount(oneFenShort, "/qualifying")).isEqualTo("2999999.99");
        // 1.499999995 shows as 1.5000, yet the money is one fen short
        assertThat(ratio(oneFenShort, "/multiple")).isEqualTo("1.5000");
        assertThat(compliant(oneFenShort)).isFalse();
        assertThat(amount(exactly, "/qualifying")).isEqualTo("3000000.00");
        assertThat(ratio(exactly, "/multiple")).isEqualTo("1.5000");
        assertThat(compliant(exactly)).isTrue();
    }

    @Test
    void theRequiredAmountIsNeverUnderstated() {
        // 20% of a call of 6,666,666.65 falls on the parent: 1,333,333.33, of which 1.50× is 1,999,999.995
        subFundWithTheParentsMoneyPaidIn("6666666.65", "1333333.33");
        long last = recorded(api().post(subFundPath("/investments"), direct("q1", "Xiamen Patent Services",
                "1999999.99", "2020-04-01", true)));

        JsonNode judged = element(returnInvestment("?asOf=2020-04-01&minPosition=" + last), "/subFunds", "fundId",
                subFund);

        assertThat(amount(judged, "/parentPaidIn")).isEqualTo("1333333.33");
        assertThat(amount(judged, "/required")).isEqualTo("2000000.00");
        assertThat(compliant(judged)).isFalse();
    }

    @Test
    void answersAnUnknownFundWithNotFound() {
        Api.Response response = api().get(parentPath("/return-investment"));

        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("code").asText()).isEqualTo("FUND_NOT_FOUND");
        assertThat(response.json().path("detail").asText()).contains(parent);
    }

    /**
     * The guidance fund (返投 multiple 1.50) with CNY 10,000,000 of city money paid in; its sub-fund of
     * CNY 20,000,000 with CNY 4,000,000 from the guidance fund and 16,000,000 from a social investor; a call on
     * the sub-fund's commitments, pro rata, paid in full on 2020-03-10 ({@code parentsShare} by the guidance
     * fund, under the commitment id the sub-fund's creation answered).
     */
    private void subFundWithTheParentsMoneyPaidIn(String callAmount, String parentsShare) {
        Api api = api();
        recorded(api.post("/api/funds", guidanceFund(parent, "2020-01-02", "{\"returnInvestmentMultiple\": \"1.50\"}")));
        recorded(api.post(parentPath("/commitments"), commitment("city", "Xiamen Finance Bureau", "LOCAL_FISCAL",
                "10000000.00", "2020-01-10")));
        recorded(api.post(parentPath("/capital-calls"), call("pk1", "10000000.00", "2020-01-15")));
        recorded(api.post(parentPath("/contributions"), contribution("city", "pk1", "10000000.00", "2020-01-20")));
        Api.Response created = api.post(parentPath("/sub-funds"), subFund(subFund, null, "20000000.00",
                "4000000.00", "2020-02-01"));
        recorded(created);
        String parentsCommitment = created.json().path("commitmentId").asText();
        assertThat(parentsCommitment).isNotBlank();
        recorded(api.post(subFundPath("/commitments"), commitment("haixi", "Haixi Venture Capital", "SOCIAL",
                "16000000.00", "2020-02-10")));
        recorded(api.post(subFundPath("/capital-calls"), call("sk1", callAmount, "2020-03-01")));
        recorded(api.post(subFundPath("/contributions"), contribution(parentsCommitment, "sk1", parentsShare,
                "2020-03-10")));
        String othersShare = new BigDecimal(callAmount).subtract(new BigDecimal(parentsShare))
                .toPlainString();
        recorded(api.post(subFundPath("/contributions"), contribution("haixi", "sk1", othersShare, "2020-03-10")));
    }

    private JsonNode returnInvestment(String query) {
        Api.Response response = api().get(parentPath("/return-investment" + query));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static boolean compliant(JsonNode subFund) {
        assertThat(subFund.path("compliant").isBoolean()).as("compliant in " + subFund).isTrue();
        return subFund.path("compliant").booleanValue();
    }

    private String parentPath(String suffix) {
        return "/api/funds/" + parent + suffix;
    }

    private String subFundPath(String suffix) {
        return "/api/funds/" + subFund + suffix;
    }
}
