package org.ipfund.app.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.exit.Exits.NATIONAL_CEDED_EXIT;
import static org.ipfund.app.exit.Exits.deal;
import static org.ipfund.app.exit.Exits.paidIn;
import static org.ipfund.app.exit.Exits.sale;
import static org.ipfund.app.testing.Funds.newFundId;
import static org.ipfund.app.testing.Funds.recorded;
import static org.ipfund.app.testing.Refusal.refused;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.EndToEndTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The policy's exit terms over HTTP: {@code cededExit} (the price of a 让利退出) and {@code recycleProceeds} are given at
 * launch, for a sub-fund or by an amendment, shown with the fund as of any date and to the auditors, and judge the
 * facts dated while they are in force.
 */
class ExitPolicyEndToEndTest extends EndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String fund = newFundId();

    @Test
    void showsTheExitTermsWithTheFundAsOfEachDateUntilAnAmendmentReplacesThem() {
        paidIn(api(), fund, "{\"cededExit\": " + NATIONAL_CEDED_EXIT + ", \"recycleProceeds\": true}",
                "city", "10000000.00");
        recorded(post("/policy", """
                {"amendmentId": "to-the-treasury", "effectiveFrom": "2020-01-01", "recycleProceeds": false}"""));
        long last = recorded(post("/policy", """
                {"amendmentId": "lpr-2021", "effectiveFrom": "2021-01-01",
                 "cededExit": {"freeYears": 5, "annualRate": "0.0385", "pricing": "AT_LEAST"}}"""));

        JsonNode launched = policyOn("2019-12-31", last);
        JsonNode treasury = policyOn("2020-01-01", last);
        JsonNode lpr = policyOn("2021-01-01", last);

        assertThat(launched.path("cededExit")).isEqualTo(json(NATIONAL_CEDED_EXIT));
        assertThat(launched.path("cededExit").path("annualRate").isTextual()).as("a rate is a decimal string").isTrue();
        assertThat(launched.path("recycleProceeds").asBoolean()).isTrue();
        assertThat(treasury.path("cededExit")).as("left as it was").isEqualTo(launched.path("cededExit"));
        assertThat(treasury.path("recycleProceeds").isBoolean()).isTrue();
        assertThat(treasury.path("recycleProceeds").asBoolean()).isFalse();
        assertThat(lpr.path("cededExit")).isEqualTo(json("""
                {"freeYears": 5, "annualRate": "0.0385", "pricing": "AT_LEAST"}"""));
        assertThat(lpr.path("recycleProceeds").asBoolean()).isFalse();
        JsonNode audited = api().get("/api/audit/funds/" + fund + "/state?asOf=2021-01-01").json().path("policy");
        assertThat(audited.path("cededExit")).as("the auditors' state, folded from the events")
                .isEqualTo(lpr.path("cededExit"));
        assertThat(audited.path("recycleProceeds").asBoolean()).isFalse();
    }

    @Test
    void aSubFundKeepsExitTermsOfItsOwn() {
        paidIn(api(), fund, null, "city", "10000000.00");
        String subFund = newFundId();
        long created = recorded(post("/sub-funds", """
                {"subFundId": "%s", "name": "Xiamen IP sub-fund", "date": "2019-01-10",
                 "targetSize": {"amount": "10000000.00", "currency": "CNY"},
                 "parentCommitment": {"amount": "3000000.00", "currency": "CNY"},
                 "policy": {"cededExit": {"freeYears": 0, "annualRate": "0.05", "pricing": "AT_LEAST"},
                            "recycleProceeds": true}}""".formatted(subFund)));

        JsonNode policy = api().get("/api/funds/" + subFund + "?minPosition=" + created).json().path("policy");

        assertThat(policy.path("cededExit")).isEqualTo(json("""
                {"freeYears": 0, "annualRate": "0.05", "pricing": "AT_LEAST"}"""));
        assertThat(policy.path("recycleProceeds").asBoolean()).isTrue();
        assertThat(policyOn("2019-01-10", created).path("cededExit").isNull()).as("the parent set none").isTrue();
    }

    @Test
    void proceedsAreInvestedAgainOnlyWhereThePolicySaysSo() {
        String recycling = newFundId();
        investedEverythingThenSold(fund, "{\"recycleProceeds\": false}");
        investedEverythingThenSold(recycling, "{\"recycleProceeds\": true}");
        long before = storedEventsOf(fund);

        Api.Response toTheTreasury = api().post("/api/funds/" + fund + "/investments",
                deal("d-2", "0.01", "CNY", null).with("date", "\"2021-04-01\"").toString());

        refused(toTheTreasury, 409, "INSUFFICIENT_CAPITAL").naming("amount.amount");
        assertThat(storedEventsOf(fund)).isEqualTo(before);
        refused(api().post("/api/funds/" + recycling + "/investments",
                deal("d-2", "6000000.01", "CNY", null).with("date", "\"2021-04-01\"").toString()), 409,
                "INSUFFICIENT_CAPITAL").naming("amount.amount").withDetailContaining("6000000.00");
        recorded(api().post("/api/funds/" + recycling + "/investments",
                deal("d-2", "6000000.00", "CNY", null).with("date", "\"2021-04-01\"").toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidTerms")
    void refusesExitTermsThatAreNotOneNamingTheField(String description, String launchPolicy, String amendment,
                                                     String code, String field) {
        String policy = launchPolicy == null ? "null" : launchPolicy;
        Api.Response launch = api().post("/api/funds", """
                {"fundId": "%s", "name": "Xiamen IP guidance fund", "type": "GUIDANCE", "currency": "CNY",
                 "launchDate": "2018-12-01", "policy": %s}""".formatted(fund, policy));
        if (amendment == null) {
            refused(launch, 400, code).naming(field);
            assertThat(api().get("/api/funds/" + fund).status()).isEqualTo(404);
            return;
        }
        recorded(launch);
        long before = storedEventsOf(fund);

        refused(post("/policy", amendment), 400, code).naming(field);
        assertThat(storedEventsOf(fund)).isEqualTo(before);
    }

    static Stream<Arguments> invalidTerms() {
        return Stream.of(
                arguments("a rate above one", terms("3", "\"1.5\"", "\"AT_LEAST\""), null, "INVALID_INPUT",
                        "policy[0].cededExit.annualRate"),
                arguments("a negative rate", terms("3", "\"-0.01\"", "\"AT_LEAST\""), null, "INVALID_INPUT",
                        "policy[0].cededExit.annualRate"),
                arguments("negative free years", terms("-1", "\"0.0435\"", "\"AT_LEAST\""), null, "INVALID_INPUT",
                        "policy[0].cededExit.freeYears"),
                arguments("free years as a fraction", terms("2.5", "\"0.0435\"", "\"AT_LEAST\""), null,
                        "INVALID_VALUE", "policy[0].cededExit.freeYears"),
                arguments("no pricing", "{\"cededExit\": {\"freeYears\": 3, \"annualRate\": \"0.0435\"}}", null,
                        "INVALID_INPUT", "policy[0].cededExit.pricing"),
                arguments("an unknown pricing", terms("3", "\"0.0435\"", "\"EXACTLY\""), null, "INVALID_VALUE",
                        "policy[0].cededExit.pricing"),
                arguments("an unknown term", "{\"cededExit\": {\"freeYears\": 3, \"annualRate\": \"0.0435\","
                        + " \"pricing\": \"AT_LEAST\", \"benchmark\": \"LPR\"}}", null, "UNKNOWN_FIELD",
                        "policy[0].cededExit.benchmark"),
                arguments("recycled proceeds given as text", "{\"recycleProceeds\": \"yes\"}", null, "INVALID_VALUE",
                        "policy[0].recycleProceeds"),
                arguments("an amendment without a rate", null, """
                        {"effectiveFrom": "2020-01-01", "cededExit": {"freeYears": 3, "pricing": "AT_LEAST"}}""",
                        "INVALID_INPUT", "cededExit.annualRate"),
                arguments("an amendment with a rate of eleven decimal places", null, """
                        {"effectiveFrom": "2020-01-01",
                         "cededExit": {"freeYears": 3, "annualRate": "0.04350000001", "pricing": "AT_LEAST"}}""",
                        "INVALID_INPUT", "cededExit.annualRate"));
    }

    private static String terms(String freeYears, String annualRate, String pricing) {
        return "{\"cededExit\": {\"freeYears\": %s, \"annualRate\": %s, \"pricing\": %s}}".formatted(freeYears,
                annualRate, pricing);
    }

    /** A fund whose 10,000,000.00 paid in all went into one deal, sold whole for 6,000,000.00 on 31 March 2021. */
    private void investedEverythingThenSold(String fundId, String policy) {
        paidIn(api(), fundId, policy, "city", "10000000.00");
        recorded(api().post("/api/funds/" + fundId + "/investments",
                deal("d-1", "10000000.00", "CNY", null).toString()));
        recorded(api().post("/api/funds/" + fundId + "/investments/d-1/exits",
                sale("x-1", "1", "6000000.00", "2021-03-31").toString()));
    }

    private JsonNode policyOn(String asOf, long minPosition) {
        Api.Response view = api().get("/api/funds/" + fund + "?asOf=" + asOf + "&minPosition=" + minPosition);
        assertThat(view.status()).as(view.toString()).isEqualTo(200);
        return view.json().path("policy");
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private Api.Response post(String suffix, String body) {
        return api().post("/api/funds/" + fund + suffix, body);
    }
}
