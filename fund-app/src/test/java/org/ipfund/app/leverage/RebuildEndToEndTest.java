package org.ipfund.app.leverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.leverage.Deals.coInvestor;
import static org.ipfund.app.leverage.Deals.coInvestorAbroad;
import static org.ipfund.app.leverage.Deals.correction;
import static org.ipfund.app.leverage.Deals.direct;
import static org.ipfund.app.leverage.Deals.directAbroad;
import static org.ipfund.app.leverage.Deals.followOn;
import static org.ipfund.app.leverage.Deals.guidanceFund;
import static org.ipfund.app.leverage.Deals.returnInvestmentMultiple;
import static org.ipfund.app.leverage.Deals.subFund;
import static org.ipfund.app.testing.Funds.call;
import static org.ipfund.app.testing.Funds.commitment;
import static org.ipfund.app.testing.Funds.newFundId;
import static org.ipfund.app.testing.Funds.recorded;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.EndToEndTest;
import org.ipfund.projections.capital.CapitalPositionProjection;
import org.ipfund.projections.distribution.DistributionsProjection;
import org.ipfund.projections.portfolio.PortfolioProjection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Any view can be rebuilt from the event history alone, and the rebuild equals the live view: every read of a
 * varied history (deals at home and abroad, co-investors, corrections of each kind, a sub-fund, a policy
 * amendment, valuations, an exit and distributions) answers the same JSON after every view was emptied and replayed
 * from the first event.
 */
class RebuildEndToEndTest extends EndToEndTest {

    private static final List<String> PROCESSORS = List.of(CapitalPositionProjection.NAME, PortfolioProjection.NAME,
            DistributionsProjection.NAME);
    private static final List<String> VIEW_TABLES = List.of("fund_view", "fund_policy_view", "commitment_view",
            "capital_call_view", "capital_movement", "capital_deployment", "investment_view", "co_investment_view",
            "valuation_view", "exit_view", "distribution_view", "distribution_allocation_view");
    private static final Duration CATCH_UP = Duration.ofSeconds(60);

    @Autowired
    private EventProcessingConfiguration processing;

    private final String fund = newFundId();
    private final String subFund = newFundId();

    @Test
    void everyViewRebuiltFromTheEventsAnswersExactlyWhatTheLiveViewAnswered() {
        long last = variedHistory();
        List<String> reads = reads();
        assertThat(api().get(fundPath(fund, "/leverage?minPosition=" + last)).status()).isEqualTo(200);
        Map<String, JsonNode> live = answers(reads);
        Map<String, List<String>> liveRows = rows();
        assertThat(live.get(fundPath(fund, "/leverage?asOf=2021-12-31")).at("/subFunds/0/amplification").asText())
                .as("the history reached the views").isEqualTo("4.0000");

        damageTheViews();
        assertThat(answers(reads)).as("a damaged view answers differently").isNotEqualTo(live);

        rebuildEveryView();

        Map<String, JsonNode> rebuilt = answers(reads);
        for (String read : reads) {
            assertThat(rebuilt.get(read)).as("GET " + read + " after the rebuild").isEqualTo(live.get(read));
        }
        assertThat(rows()).as("every view row, rebuilt").isEqualTo(liveRows);
    }

    /**
     * Both processors stopped, their tokens reset (each view empties itself before a replay), started again,
     * and awaited until they have handled the last stored event.
     */
    private void rebuildEveryView() {
        List<StreamingEventProcessor> processors = PROCESSORS.stream()
                .map(name -> processing.eventProcessor(name, StreamingEventProcessor.class)
                        .orElseThrow(() -> new AssertionError("no streaming processor " + name)))
                .toList();
        long head = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        try {
            processors.forEach(StreamingEventProcessor::shutDown);
            for (StreamingEventProcessor processor : processors) {
                assertThat(processor.supportsReset()).as(processor.getName()).isTrue();
                processor.resetTokens();
            }
            for (String table : VIEW_TABLES) {
                assertThat(jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class))
                        .as("rows of " + table + " once its view was reset").isZero();
            }
        } finally {
            processors.forEach(StreamingEventProcessor::start);
        }
        awaitEveryViewAt(head);
        for (String table : VIEW_TABLES) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class))
                    .as("rows of " + table + " after the replay").isPositive();
        }
    }

    /** Until both views have handled {@code position}: a read naming it answers 503 while a view is behind. */
    private void awaitEveryViewAt(long position) {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        Api.Response response;
        do {
            response = api().get(fundPath(fund, "/leverage?minPosition=" + position));
            if (response.status() == 200) {
                return;
            }
            assertThat(response.status()).as(response.toString()).isEqualTo(503);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("the views did not reach position " + position + " within " + CATCH_UP + ": "
                + response);
    }

    /**
     * A view that drifted from the events: a deal's cost altered, a sub-fund's commitments gone, a valuation altered,
     * what a sub-fund distributed to each investor gone.
     */
    private void damageTheViews() {
        assertThat(jdbc.update("UPDATE investment_view SET fund_amount = fund_amount + 1 WHERE fund_id = ?", fund))
                .isPositive();
        assertThat(jdbc.update("DELETE FROM capital_movement WHERE fund_id = ? AND kind = 'COMMITTED'", subFund))
                .isPositive();
        assertThat(jdbc.update("DELETE FROM co_investment_view WHERE fund_id = ?", fund)).isPositive();
        assertThat(jdbc.update("UPDATE valuation_view SET fund_fair_value = fund_fair_value + 1 WHERE fund_id = ?",
                fund)).isPositive();
        assertThat(jdbc.update("DELETE FROM distribution_allocation_view WHERE fund_id = ?", subFund)).isPositive();
    }

    /** Every read of both funds, as of several past business dates and today, and the list of all funds. */
    private List<String> reads() {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        List<String> dates = List.of("2021-02-11", "2021-03-15", "2021-06-15", "2021-07-15", "2021-09-05",
                "2021-10-10", "2021-12-31", "2022-01-01", today);
        List<String> reads = new ArrayList<>();
        for (String date : dates) {
            for (String id : List.of(fund, subFund)) {
                for (String view : List.of("", "/portfolio", "/leverage", "/return-investment", "/commitments",
                        "/capital-calls", "/distributions", "/performance")) {
                    reads.add(fundPath(id, view + "?asOf=" + date));
                }
            }
            reads.add("/api/funds?asOf=" + date);
        }
        for (String id : List.of(fund, subFund)) {
            reads.add(fundPath(id, "/evaluation?year=2021"));
        }
        return reads;
    }

    /** Every row of every view table, in a stable order. */
    private Map<String, List<String>> rows() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : VIEW_TABLES) {
            rows.put(table, jdbc.queryForList("SELECT * FROM " + table).stream()
                    .map(Object::toString)
                    .sorted(Comparator.naturalOrder())
                    .toList());
        }
        return rows;
    }

    /**
     * A guidance fund and its sub-fund through 2021: fiscal money committed, called, paid in; a commitment and a
     * contribution reversed; a direct deal, a follow-on alongside a lead and a deal abroad, each with a
     * co-investor (one abroad, one reversed), the deal abroad reversed; the sub-fund's own investors, call,
     * payments and deals; valuations, an exit and distributions of both, one valuation reversed; and the 返投 multiple
     * cut from 2022.
     */
    private long variedHistory() {
        Api api = api();
        recorded(api.post("/api/funds", guidanceFund(fund, "2021-01-04", """
                {"returnInvestmentMultiple": "1.50", "followOnMaxShareOfLead": "0.50", "followOnWindowDays": 365}""")));
        recorded(api.post(fundPath(fund, "/commitments"), commitment("city", "Xiamen Finance Bureau",
                "LOCAL_FISCAL", "20000000.00", "2021-01-10")));
        recorded(api.post(fundPath(fund, "/commitments"), commitment("central", "Central finance",
                "CENTRAL_FISCAL", "10000000.00", "2021-01-10")));
        recorded(api.post(fundPath(fund, "/capital-calls"), call("k1", "24000000.00", "2021-02-01")));
        recorded(api.post(fundPath(fund, "/contributions"), paid("paid-city", "city", "k1", "16000000.00",
                "2021-02-10")));
        recorded(api.post(fundPath(fund, "/contributions"), paid("paid-central", "central", "k1", "8000000.00",
                "2021-02-12")));
        recorded(api.post(fundPath(fund, "/commitments"), commitment("bank", "Xiamen Bank", "SOCIAL",
                "5000000.00", "2021-03-01")));
        recorded(api.post(fundPath(fund, "/corrections"), correction("fix-bank", "bank", "2021-03-20")));
        recorded(api.post(fundPath(fund, "/corrections"), correction("fix-central", "paid-central", "2021-03-25")));
        recorded(api.post(fundPath(fund, "/investments"), direct("d1", "Xiamen IP Operation Co", "3000000.00",
                "2021-04-01", true)));
        recorded(api.post(fundPath(fund, "/investments/d1/co-investors"), coInvestor("c1", "Xiamen State Capital",
                "STATE_OWNED", "9000000.00", "2021-04-01")));
        recorded(api.post(fundPath(fund, "/investments"), followOn("d2", "Silk Road Patent Pool", "1500000.00",
                "2021-05-10", "Fujian Investment Group", "3000000.00", "2021-05-01")));
        recorded(api.post(fundPath(fund, "/investments/d2/co-investors"), coInvestor("c2", "Haixi Angels", "SOCIAL",
                "2000000.00", "2021-05-10")));
        recorded(api.post(fundPath(fund, "/investments"), directAbroad("d3", "Almaty Patent Exchange", "100000.00",
                "USD", "6.4512", "2021-06-01")));
        recorded(api.post(fundPath(fund, "/investments/d3/co-investors"), coInvestorAbroad("c3", "Silk Road Fund",
                "STATE_OWNED", "50000.00", "EUR", "7.7", "2021-06-01")));
        recorded(api.post(fundPath(fund, "/corrections"), correction("fix-c2", "c2", "2021-07-01")));
        recorded(api.post(fundPath(fund, "/corrections"), correction("fix-d3", "d3", "2021-08-01")));
        Api.Response created = api.post(fundPath(fund, "/sub-funds"), subFund(subFund, null, "20000000.00",
                "5000000.00", "2021-09-01"));
        recorded(created);
        String parentsCommitment = created.json().path("commitmentId").asText();
        recorded(api.post(fundPath(subFund, "/commitments"), commitment("s-social", "Haixi Venture Capital",
                "SOCIAL", "15000000.00", "2021-09-10")));
        recorded(api.post(fundPath(subFund, "/capital-calls"), call("s-k1", "10000000.00", "2021-10-01")));
        recorded(api.post(fundPath(subFund, "/contributions"), paid("s-paid-parent", parentsCommitment, "s-k1",
                "2500000.00", "2021-10-10")));
        recorded(api.post(fundPath(subFund, "/contributions"), paid("s-paid-social", "s-social", "s-k1",
                "7500000.00", "2021-10-10")));
        recorded(api.post(fundPath(subFund, "/investments"), direct("s-q1", "Xiamen Patent Services",
                "3000000.00", "2021-11-01", true)));
        recorded(api.post(fundPath(subFund, "/investments"), direct("s-n1", "Shanghai Licensing", "2000000.00",
                "2021-11-02", false)));
        // the second half: the direct deal valued and half sold, part of the proceeds paid back; the sub-fund's deal
        // valued (reversed later), a distribution of the sub-fund, and the parent's stake valued
        valuation(fund, "d1", "v-d1", "3600000.00", "2021-06-30");
        exit(fund, "d1", "x-d1", "0.5", "2000000.00", "2021-10-01");
        distribution(fund, "dist-1", "1000000.00", "2021-12-01");
        valuation(subFund, "s-q1", "v-s-q1", "4000000.00", "2021-12-01");
        recorded(api.post(fundPath(subFund, "/corrections"), correction("fix-v-s-q1", "v-s-q1", "2021-12-15")));
        distribution(subFund, "s-dist-1", "500000.00", "2021-12-10");
        valuation(fund, subFund, "v-stake", "2800000.00", "2021-12-20");
        return recorded(api.post(fundPath(fund, "/policy"), returnInvestmentMultiple("cut-2022", "2022-01-01",
                "1.00")));
    }

    private long valuation(String fundId, String investmentId, String valuationId, String fairValue, String date) {
        return recorded(api().post("/api/funds/" + fundId + "/investments/" + investmentId + "/valuations", """
                {"valuationId": "%s", "fairValue": {"amount": "%s", "currency": "CNY"}, "date": "%s",
                 "method": "MULTIPLES"}""".formatted(valuationId, fairValue, date)));
    }

    private long exit(String fundId, String investmentId, String exitId, String share, String proceeds, String date) {
        return recorded(api().post("/api/funds/" + fundId + "/investments/" + investmentId + "/exits", """
                {"exitId": "%s", "kind": "SALE", "share": "%s", "proceeds": {"amount": "%s", "currency": "CNY"},
                 "buyer": "Fujian Investment Group", "date": "%s"}""".formatted(exitId, share, proceeds, date)));
    }

    private long distribution(String fundId, String distributionId, String amount, String date) {
        return recorded(api().post("/api/funds/" + fundId + "/distributions", """
                {"distributionId": "%s", "amount": {"amount": "%s", "currency": "CNY"}, "date": "%s"}"""
                .formatted(distributionId, amount, date)));
    }

    private static String paid(String contributionId, String commitmentId, String callId, String amount,
                               String date) {
        return """
                {"contributionId": "%s", "commitmentId": "%s", "callId": "%s",
                 "amount": {"amount": "%s", "currency": "CNY"}, "date": "%s"}"""
                .formatted(contributionId, commitmentId, callId, amount, date);
    }

    private static String fundPath(String fundId, String suffix) {
        return "/api/funds/" + fundId + suffix;
    }
}
