package org.ipfund.app.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

/** Small request builders for the end-to-end tests, so that each test reads as the business story it tells. */
public final class Funds {

    private Funds() {
    }

    public static String newFundId() {
        return "fund-" + UUID.randomUUID();
    }

    public static String launch(String fundId, String launchDate) {
        return """
                {"fundId": "%s", "name": "Xiamen Belt and Road IP guidance fund", "type": "GUIDANCE",
                 "currency": "CNY", "launchDate": "%s"}""".formatted(fundId, launchDate);
    }

    /** A fund of the given type launched with one dated version of its policy, given as raw JSON. */
    public static String launch(String fundId, String type, String launchDate, String policyJson) {
        return """
                {"fundId": "%s", "name": "Xiamen Belt and Road IP fund", "type": "%s",
                 "currency": "CNY", "launchDate": "%s", "policy": %s}""".formatted(fundId, type, launchDate, policyJson);
    }

    public static String commitment(String commitmentId, String investor, String source, String amount, String date) {
        return """
                {"commitmentId": "%s", "investor": "%s", "source": "%s",
                 "amount": {"amount": "%s", "currency": "CNY"}, "date": "%s"}"""
                .formatted(commitmentId, investor, source, amount, date);
    }

    public static String call(String callId, String amount, String date) {
        return """
                {"callId": "%s", "amount": {"amount": "%s", "currency": "CNY"}, "date": "%s"}"""
                .formatted(callId, amount, date);
    }

    public static String contribution(String commitmentId, String callId, String amount, String date) {
        return """
                {"commitmentId": "%s", "callId": "%s", "amount": {"amount": "%s", "currency": "CNY"}, "date": "%s"}"""
                .formatted(commitmentId, callId, amount, date);
    }

    /** A contribution recorded under an id of the client's own, so that a correction can name it. */
    public static String contribution(String contributionId, String commitmentId, String callId, String amount,
                                      String date) {
        return """
                {"contributionId": "%s", "commitmentId": "%s", "callId": "%s",
                 "amount": {"amount": "%s", "currency": "CNY"}, "date": "%s"}"""
                .formatted(contributionId, commitmentId, callId, amount, date);
    }

    /** A sub-fund of 3,000,000.00 created on 2017-07-01, its parent committing {@code parentCommitment}. */
    public static String subFund(String subFundId, String name, String parentCommitment) {
        return """
                {"subFundId": "%s", "name": "%s", "targetSize": {"amount": "3000000.00", "currency": "CNY"},
                 "parentCommitment": {"amount": "%s", "currency": "CNY"}, "date": "2017-07-01"}"""
                .formatted(subFundId, name, parentCommitment);
    }

    /**
     * Launches {@code fundId}, a guidance fund (30% share cap) that can create sub-funds, with 10,000,000.00 committed
     * ("city"), called ("call-1") and paid in by 2017-03-04.
     */
    public static void aParentWithCapitalPaidIn(Api api, String fundId) {
        recorded(api.post("/api/funds", launch(fundId, "GUIDANCE", "2017-03-01", """
                {"effectiveFrom": "2017-03-01", "shareCap": "0.30"}""")));
        recorded(api.post("/api/funds/" + fundId + "/commitments",
                commitment("city", "Xiamen Finance Bureau", "LOCAL_FISCAL", "10000000.00", "2017-03-02")));
        recorded(api.post("/api/funds/" + fundId + "/capital-calls", call("call-1", "10000000.00", "2017-03-03")));
        recorded(api.post("/api/funds/" + fundId + "/contributions",
                contribution("city", "call-1", "10000000.00", "2017-03-04")));
    }

    /** Records and checks that it was accepted; answers the position of its last event. */
    public static long recorded(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.position();
    }
}
