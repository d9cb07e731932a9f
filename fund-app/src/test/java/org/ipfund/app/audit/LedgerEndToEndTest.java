package org.ipfund.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.testing.Funds.call;
import static org.ipfund.app.testing.Funds.commitment;
import static org.ipfund.app.testing.Funds.contribution;
import static org.ipfund.app.testing.Funds.launch;
import static org.ipfund.app.testing.Funds.newFundId;
import static org.ipfund.app.testing.Funds.recorded;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.EndToEndTest;
import org.ipfund.app.testing.SecondHalf;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audit ledger over HTTP on PostgreSQL: a guidance fund's commitments, call, contributions, a deal with a
 * co-investor, a sub-fund and a correction, read back as balanced lines that each point to a stored event.
 */
class LedgerEndToEndTest extends EndToEndTest {

    private final String fund = newFundId();
    private final String subFund = fund + "-sub1";

    @Autowired
    private CommandGateway commands;

    @Test
    void showsEveryMoneyMovementAsBalancedLinesPointingToTheStoredEvents() {
        long last = recordAHistory();

        Api.Response ledger = ledger("?fundId=" + fund + "&minPosition=" + last);

        assertThat(ledger.status()).as(ledger.toString()).isEqualTo(200);
        List<JsonNode> lines = lines(ledger);
        assertThat(lines).hasSize(20);
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.path("fundId").asText()).isEqualTo(fund);
            assertThat(line.path("currency").asText()).isEqualTo("CNY");
            assertThat(decimal(line, "debit").signum() > 0).as(line.toString()).isNotEqualTo(decimal(line, "credit").signum() > 0);
            assertThat(decimal(line, "debit").signum()).isNotNegative();
            assertThat(decimal(line, "credit").signum()).isNotNegative();
        });
        assertThat(lines).extracting(line -> line.path("position").asLong() * 1000 + line.path("line").asInt())
                .as("in the order of the event stream, line by line").isSorted().doesNotHaveDuplicates();
        assertEachLinePointsToItsStoredEvent(lines);
        JsonNode totals = ledger.json().path("totals");
        assertThat(totals.size()).isEqualTo(1);
        assertThat(totals.path("CNY").path("debit").asText()).isEqualTo("486000000.00");
        assertThat(totals.path("CNY").path("credit").asText()).isEqualTo("486000000.00");
        assertThat(totals.path("CNY").path("balanced").asBoolean()).isTrue();

        assertThat(linesOfType(lines, "CommitmentRecorded")).extracting(LedgerEndToEndTest::shown).containsExactly(
                "2017-03-02 UNCALLED_COMMITMENTS CENTRAL_FISCAL central Dr 200000000.00",
                "2017-03-02 COMMITTED_CAPITAL CENTRAL_FISCAL central Cr 200000000.00",
                "2017-03-02 UNCALLED_COMMITMENTS LOCAL_FISCAL city Dr 100000000.00",
                "2017-03-02 COMMITTED_CAPITAL LOCAL_FISCAL city Cr 100000000.00");
        assertThat(linesOfType(lines, "CapitalCalled")).extracting(LedgerEndToEndTest::shown).containsExactly(
                "2017-04-01 CAPITAL_RECEIVABLE CENTRAL_FISCAL call-1 Dr 40000000.00",
                "2017-04-01 UNCALLED_COMMITMENTS CENTRAL_FISCAL call-1 Cr 40000000.00",
                "2017-04-01 CAPITAL_RECEIVABLE LOCAL_FISCAL call-1 Dr 20000000.00",
                "2017-04-01 UNCALLED_COMMITMENTS LOCAL_FISCAL call-1 Cr 20000000.00");
        assertThat(linesOfType(lines, "ContributionReceived")).extracting(LedgerEndToEndTest::shown).containsExactly(
                "2017-04-10 CASH CENTRAL_FISCAL paid-central Dr 40000000.00",
                "2017-04-10 CAPITAL_RECEIVABLE CENTRAL_FISCAL paid-central Cr 40000000.00",
                "2017-04-10 CASH LOCAL_FISCAL paid-city Dr 20000000.00",
                "2017-04-10 CAPITAL_RECEIVABLE LOCAL_FISCAL paid-city Cr 20000000.00");
        assertThat(linesOfType(lines, "DirectInvestmentRecorded")).extracting(LedgerEndToEndTest::shown).containsExactly(
                "2017-06-01 INVESTMENTS_AT_COST - deal-1 Dr 3000000.00",
                "2017-06-01 CASH - deal-1 Cr 3000000.00");
        assertThat(linesOfType(lines, "CoInvestmentRecorded")).extracting(LedgerEndToEndTest::shown).containsExactly(
                "2017-06-01 CO_INVESTED_CAPITAL STATE_OWNED co-1 Dr 18000000.00",
                "2017-06-01 CO_INVESTORS_MEMO STATE_OWNED co-1 Cr 18000000.00");
        assertThat(linesOfType(lines, "SubFundCommitted")).extracting(LedgerEndToEndTest::shown).containsExactly(
                "2017-06-15 SUB_FUND_COMMITMENTS LOCAL_FISCAL " + subFund + " Dr 25000000.00",
                "2017-06-15 SUB_FUND_OBLIGATIONS LOCAL_FISCAL " + subFund + " Cr 25000000.00");
        assertThat(linesOfType(lines, "ContributionReversed")).as("the opposite of paid-city's lines, on its own date")
                .extracting(LedgerEndToEndTest::shown).containsExactly(
                        "2017-07-01 CASH LOCAL_FISCAL fix-paid-city Cr 20000000.00",
                        "2017-07-01 CAPITAL_RECEIVABLE LOCAL_FISCAL fix-paid-city Dr 20000000.00");
    }

    @Test
    void postsValuationsExitsDistributionsAndReversedCallsAndExitsAsBalancedLines() {
        long last = new SecondHalf(api(), commands, jdbc, fund).record(2019);

        Api.Response ledger = ledger("?fundId=" + fund + "&from=2019-06-30&minPosition=" + last);

        assertThat(ledger.status()).as(ledger.toString()).isEqualTo(200);
        List<JsonNode> lines = lines(ledger);
        assertEachLinePointsToItsStoredEvent(lines);
        assertThat(linesOfType(lines, "ValuationRecorded")).extracting(LedgerEndToEndTest::shown).containsExactly(
                "2019-06-30 FAIR_VALUES_STATED - val-1 Dr 10000000.00",
                "2019-06-30 VALUATIONS_MEMO - val-1 Cr 10000000.00");
        assertThat(linesOfType(lines, "HoldingExited")).extracting(LedgerEndToEndTest::shown).containsExactly(
                "2019-08-01 CASH - exit-1 Dr 1200000.00",
                "2019-08-01 COST_OF_HOLDINGS_EXITED - exit-1 Cr 1200000.00",
                "2019-08-01 CASH - exit-1 Dr 3800000.00",
                "2019-08-01 REALISED_GAINS - exit-1 Cr 3800000.00",
                "2019-09-01 REALISED_GAINS - exit-2 Dr 2000000.00",
                "2019-09-01 COST_OF_HOLDINGS_EXITED - exit-2 Cr 2000000.00");
        assertThat(linesOfType(lines, "CapitalDistributed")).extracting(LedgerEndToEndTest::shown).containsExactly(
                "2019-10-01 CAPITAL_RETURNED CENTRAL_FISCAL dist-1 Dr 4000000.00",
                "2019-10-01 CASH CENTRAL_FISCAL dist-1 Cr 4000000.00",
                "2019-10-01 CAPITAL_RETURNED LOCAL_FISCAL dist-1 Dr 2000000.00",
                "2019-10-01 CASH LOCAL_FISCAL dist-1 Cr 2000000.00");
        assertThat(linesOfType(lines, "CapitalCallReversed")).as("the opposite of call-2's lines, on its own date")
                .extracting(LedgerEndToEndTest::shown).containsExactly(
                        "2019-11-02 CAPITAL_RECEIVABLE CENTRAL_FISCAL fix-call-2 Cr 20000000.00",
                        "2019-11-02 UNCALLED_COMMITMENTS CENTRAL_FISCAL fix-call-2 Dr 20000000.00",
                        "2019-11-02 CAPITAL_RECEIVABLE LOCAL_FISCAL fix-call-2 Cr 10000000.00",
                        "2019-11-02 UNCALLED_COMMITMENTS LOCAL_FISCAL fix-call-2 Dr 10000000.00");
        assertThat(linesOfType(lines, "ExitReversed")).extracting(LedgerEndToEndTest::shown).containsExactly(
                "2019-12-01 REALISED_GAINS - fix-exit-2 Cr 2000000.00",
                "2019-12-01 COST_OF_HOLDINGS_EXITED - fix-exit-2 Dr 2000000.00");

        Api.Response whole = ledger("?fundId=" + fund + "&minPosition=" + last);
        assertThat(whole.json().path("totals").path("CNY").path("balanced").asBoolean()).isTrue();
        Map<String, BigDecimal> balances = new TreeMap<>();
        for (JsonNode line : lines(whole)) {
            balances.merge(line.path("account").asText(), decimal(line, "debit").subtract(decimal(line, "credit")),
                    BigDecimal::add);
        }
        assertThat(balances).as("paid in 60m, less 5m of deals and 6m distributed, plus 5m of proceeds")
                .containsEntry("CASH", new BigDecimal("54000000.00"))
                .containsEntry("COST_OF_HOLDINGS_EXITED", new BigDecimal("-1200000.00"))
                .containsEntry("REALISED_GAINS", new BigDecimal("-3800000.00"))
                .containsEntry("CAPITAL_RETURNED", new BigDecimal("6000000.00"))
                .containsEntry("CAPITAL_RECEIVABLE", new BigDecimal("0.00"));
    }

    @Test
    void narrowsTheLinesToBusinessDatesFromAndToBothIncluded() {
        long last = recordAHistory();

        Api.Response ledger = ledger("?fundId=" + fund + "&from=2017-04-01&to=2017-04-10&minPosition=" + last);

        assertThat(ledger.status()).as(ledger.toString()).isEqualTo(200);
        List<JsonNode> lines = lines(ledger);
        assertThat(lines).extracting(line -> line.path("businessDate").asText())
                .containsExactly("2017-04-01", "2017-04-01", "2017-04-01", "2017-04-01",
                        "2017-04-10", "2017-04-10", "2017-04-10", "2017-04-10");
        assertThat(ledger.json().path("totals").path("CNY").path("debit").asText()).isEqualTo("120000000.00");
        assertThat(ledger.json().path("totals").path("CNY").path("balanced").asBoolean()).isTrue();
        assertThat(ledger.json().path("from").asText()).isEqualTo("2017-04-01");
        assertThat(ledger.json().path("to").asText()).isEqualTo("2017-04-10");

        assertThat(lines(ledger("?fundId=" + fund + "&from=2017-06-15"))).extracting(line -> line.path("factId").asText())
                .containsExactly(subFund, subFund, "fix-paid-city", "fix-paid-city");
        assertThat(lines(ledger("?fundId=" + fund + "&to=2017-03-01"))).as("the launch moved no money").isEmpty();
        Api.Response backwards = ledger("?fundId=" + fund + "&from=2017-05-01&to=2017-04-30");
        assertThat(backwards.status()).as(backwards.toString()).isEqualTo(400);
        assertThat(backwards.json().path("code").asText()).isEqualTo("INVALID_INPUT");
    }

    @Test
    void keepsEachFundsLinesApartAndShowsEveryFundsWithoutTheFilter() {
        long last = recordAHistory();

        List<JsonNode> subFundLines = lines(ledger("?fundId=" + subFund + "&minPosition=" + last));
        assertThat(subFundLines).extracting(LedgerEndToEndTest::shown).containsExactly(
                "2017-06-15 UNCALLED_COMMITMENTS LOCAL_FISCAL parent-side Dr 25000000.00",
                "2017-06-15 COMMITTED_CAPITAL LOCAL_FISCAL parent-side Cr 25000000.00");
        assertThat(subFundLines).allSatisfy(line -> assertThat(line.path("fundId").asText()).isEqualTo(subFund));
        assertEachLinePointsToItsStoredEvent(subFundLines);

        Api.Response everyFund = ledger("?minPosition=" + last);
        assertThat(everyFund.status()).as(everyFund.toString()).isEqualTo(200);
        List<JsonNode> ours = lines(everyFund).stream()
                .filter(line -> line.path("fundId").asText().startsWith(fund)).toList();
        List<JsonNode> expected = new ArrayList<>(lines(ledger("?fundId=" + fund)));
        expected.addAll(subFundLines);
        expected.sort((a, b) -> Long.compare(a.path("position").asLong() * 1000 + a.path("line").asInt(),
                b.path("position").asLong() * 1000 + b.path("line").asInt()));
        assertThat(ours).isEqualTo(expected);
        assertThat(everyFund.json().path("fundId").isNull()).isTrue();
        assertThat(everyFund.json().path("totals").path("CNY").path("balanced").asBoolean()).isTrue();
    }

    @Test
    void refusesAFundThatWasNeverLaunched() {
        Api.Response unknown = ledger("?fundId=no-such-fund-" + fund);

        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.json().path("code").asText()).isEqualTo("FUND_NOT_FOUND");
    }

    @Test
    void showsAFundJustLaunchedWithAnEmptyLedgerNotAsUnknown() {
        long launched = recorded(api().post("/api/funds", launch(fund, "2017-03-01")));

        Api.Response ledger = ledger("?fundId=" + fund + "&minPosition=" + launched);

        assertThat(ledger.status()).as(ledger.toString()).isEqualTo(200);
        assertThat(lines(ledger)).isEmpty();
        assertThat(ledger.json().path("totals").size()).isZero();
    }

    // ---- the history ----

    /**
     * CNY 300m committed, 60m called pro rata (40m central, 20m city) and paid in, a 3m deal with an 18m
     * state-owned co-investor, a 25m sub-fund, and the city's 20m contribution reversed on 1 July 2017.
     */
    private long recordAHistory() {
        recorded(api().post("/api/funds", launch(fund, "2017-03-01")));
        recorded(post("/commitments", commitment("central", "Central finance", "CENTRAL_FISCAL", "200000000.00", "2017-03-02")));
        recorded(post("/commitments", commitment("city", "Xiamen Finance Bureau", "LOCAL_FISCAL", "100000000.00", "2017-03-02")));
        recorded(post("/capital-calls", call("call-1", "60000000.00", "2017-04-01")));
        recorded(post("/contributions", contribution("paid-central", "central", "call-1", "40000000.00", "2017-04-10")));
        recorded(post("/contributions", contribution("paid-city", "city", "call-1", "20000000.00", "2017-04-10")));
        recorded(post("/investments", """
                {"investmentId": "deal-1", "kind": "DIRECT", "company": {"name": "Xiamen Patent Operation Co."},
                 "amount": {"amount": "3000000.00", "currency": "CNY"}, "date": "2017-06-01"}"""));
        recorded(post("/investments/deal-1/co-investors", """
                {"coInvestmentId": "co-1", "investor": "Xiamen C&D Group", "source": "STATE_OWNED",
                 "amount": {"amount": "18000000.00", "currency": "CNY"}, "date": "2017-06-01"}"""));
        recorded(post("/sub-funds", """
                {"subFundId": "%s", "name": "Xiamen IP Sub-fund No. 1", "commitmentId": "parent-side",
                 "targetSize": {"amount": "100000000.00", "currency": "CNY"},
                 "parentCommitment": {"amount": "25000000.00", "currency": "CNY"}, "date": "2017-06-15"}"""
                .formatted(subFund)));
        return recorded(post("/corrections", """
                {"correctionId": "fix-paid-city", "reverses": "paid-city", "reason": "the bank returned it",
                 "date": "2017-07-01"}"""));
    }

    private Api.Response post(String suffix, String json) {
        return api().post("/api/funds/" + fund + suffix, json);
    }

    private Api.Response ledger(String query) {
        return api().get("/api/audit/ledger" + query);
    }

    // ---- reading the answer ----

    /** Each line names an event the store holds, at the line's position, in the line's fund's stream. */
    private void assertEachLinePointsToItsStoredEvent(List<JsonNode> lines) {
        assertThat(lines).allSatisfy(line -> {
            List<Map<String, Object>> stored = jdbc.queryForList(
                    "SELECT globalindex, aggregateidentifier FROM domainevententry WHERE eventidentifier = ?",
                    line.path("eventId").asText());
            assertThat(stored).as(line.toString()).hasSize(1);
            assertThat(((Number) stored.get(0).get("globalindex")).longValue()).isEqualTo(line.path("position").asLong());
            assertThat(stored.get(0).get("aggregateidentifier")).isEqualTo(line.path("fundId").asText());
        });
    }

    /** The lines whose event is of the given type (its simple name), as the store says. */
    private List<JsonNode> linesOfType(List<JsonNode> lines, String type) {
        return lines.stream().filter(line -> jdbc.queryForObject(
                "SELECT payloadtype FROM domainevententry WHERE eventidentifier = ?", String.class,
                line.path("eventId").asText()).endsWith("." + type)).toList();
    }

    private static List<JsonNode> lines(Api.Response ledger) {
        assertThat(ledger.status()).as(ledger.toString()).isEqualTo(200);
        return StreamSupport.stream(ledger.json().path("lines").spliterator(), false).toList();
    }

    /** A line as an auditor reads it: date, account, source, fact, and the side with its amount. */
    private static String shown(JsonNode line) {
        boolean debit = decimal(line, "debit").signum() > 0;
        String source = line.path("source").isNull() ? "-" : line.path("source").asText();
        return "%s %s %s %s %s %s".formatted(line.path("businessDate").asText(), line.path("account").asText(), source,
                line.path("factId").asText(), debit ? "Dr" : "Cr", line.path(debit ? "debit" : "credit").asText());
    }

    private static BigDecimal decimal(JsonNode line, String field) {
        assertThat(line.path(field).isTextual()).as("%s is a decimal string: %s", field, line).isTrue();
        return new BigDecimal(line.path(field).asText());
    }
}
