package org.ipfund.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.audit.AuditFacts.XIAMEN_POLICY;
import static org.ipfund.app.audit.AuditFacts.coInvestor;
import static org.ipfund.app.audit.AuditFacts.correction;
import static org.ipfund.app.audit.AuditFacts.direct;
import static org.ipfund.app.audit.AuditFacts.directAbroad;
import static org.ipfund.app.audit.AuditFacts.exact;
import static org.ipfund.app.audit.AuditFacts.shown;
import static org.ipfund.app.audit.AuditFacts.subFund;
import static org.ipfund.app.audit.AuditFacts.uncalledInvestableFrom;
import static org.ipfund.app.testing.Funds.call;
import static org.ipfund.app.testing.Funds.commitment;
import static org.ipfund.app.testing.Funds.contribution;
import static org.ipfund.app.testing.Funds.launch;
import static org.ipfund.app.testing.Funds.newFundId;
import static org.ipfund.app.testing.Funds.recorded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.ipfund.app.testing.Api;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.ipfund.app.testing.EndToEndTest;
import org.ipfund.app.testing.SecondHalf;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The auditors ask for a fund as it stood on a business date, as the store knew it at an instant, and get it
 * rebuilt from the fund's own events on PostgreSQL: a correction recorded later changes what is known now, never
 * what was known before it.
 */
class FundStateEndToEndTest extends EndToEndTest {

    private static final ZoneId FUND_TIME_ZONE = ZoneId.of("Asia/Shanghai");
    private static final String[] CAPITAL = {"committed", "called", "paidIn", "invested", "committedToSubFunds",
            "uncalled", "unfunded", "available"};

    private final String fund = newFundId();

    @Autowired
    private CommandGateway commands;

    // ---- the rebuild equals the live view ----

    @Test
    void rebuildsTheFundFromItsEventsAsTheLiveViewShowsIt() {
        seedFund();
        recorded(post("/investments", direct("deal-1", "Xiamen Patent Operation Co.", "3000000.00", "2017-06-01")));
        recorded(post("/investments/deal-1/co-investors",
                coInvestor("co-1", "Xiamen C&D Group", "STATE_OWNED", "18000000.00", "2017-06-01")));
        long last = recorded(post("/sub-funds", subFund(fund + "-sub", "Xiamen IP Sub-fund No. 1", "100000000.00",
                "25000000.00", "2018-01-10")));
        LocalDate today = LocalDate.now(FUND_TIME_ZONE);

        Api.Response state = state("");

        assertThat(state.status()).as(state.toString()).isEqualTo(200);
        JsonNode fundState = state.json();
        assertThat(fundState.path("fundId").asText()).isEqualTo(fund);
        assertThat(fundState.path("name").asText()).isEqualTo("Xiamen Belt and Road IP fund");
        assertThat(fundState.path("type").asText()).isEqualTo("GUIDANCE");
        assertThat(fundState.path("currency").asText()).isEqualTo("CNY");
        assertThat(fundState.path("launchDate").asText()).isEqualTo("2017-03-01");
        assertThat(fundState.path("asOf").asText()).isIn(today.toString(), LocalDate.now(FUND_TIME_ZONE).toString());
        assertThat(Instant.parse(fundState.path("knownAt").asText())).isBefore(Instant.now().plusMillis(1));
        assertThat(fundState.path("parent").isNull()).isTrue();
        assertThat(fundState.path("policy").path("shareCap").asText()).isEqualTo("0.30");
        assertThat(shown(fundState.path("policy"), "shareCapAmount")).isEqualTo("150000000.00 CNY");
        assertThat(fundState.path("policy").path("followOnWindowDays").asInt()).isEqualTo(365);
        JsonNode capital = fundState.path("capital");
        assertThat(shown(capital, "committed")).isEqualTo("300000000.00 CNY");
        assertThat(shown(capital, "called")).isEqualTo("60000000.00 CNY");
        assertThat(shown(capital, "paidIn")).isEqualTo("60000000.00 CNY");
        assertThat(shown(capital, "invested")).isEqualTo("3000000.00 CNY");
        assertThat(shown(capital, "committedToSubFunds")).isEqualTo("25000000.00 CNY");
        assertThat(shown(capital, "available")).isEqualTo("32000000.00 CNY");
        assertThat(shown(fundState.path("bySource").path("CENTRAL_FISCAL"), "paidIn")).isEqualTo("40000000.00 CNY");
        assertThat(shown(fundState.path("bySource").path("STATE_OWNED"), "committed"))
                .as("co-investors' money is the deal's, not the fund's").isEqualTo("0.00 CNY");

        assertThat(fundState.path("commitments").findValuesAsText("commitmentId")).containsExactly("central", "city");
        JsonNode central = fundState.path("commitments").get(0);
        assertThat(central.path("investor").asText()).isEqualTo("Central finance");
        assertThat(central.path("source").asText()).isEqualTo("CENTRAL_FISCAL");
        assertThat(shown(central, "amount")).isEqualTo("200000000.00 CNY");
        assertThat(central.path("date").asText()).isEqualTo("2017-03-02");
        assertThat(central.path("reversed").asBoolean()).isFalse();
        assertThat(central.path("reversal").isNull()).isTrue();
        assertThat(fundState.path("capitalCalls").get(0).path("allocations").findValuesAsText("commitmentId"))
                .containsExactly("central", "city");
        assertThat(fundState.path("contributions").findValuesAsText("contributionId"))
                .containsExactly("paid-central", "paid-city");
        JsonNode deal = fundState.path("investments").get(0);
        assertThat(deal.path("investmentId").asText()).isEqualTo("deal-1");
        assertThat(deal.path("kind").asText()).isEqualTo("DIRECT");
        assertThat(deal.path("company").path("name").asText()).isEqualTo("Xiamen Patent Operation Co.");
        assertThat(shown(deal, "fundAmount")).isEqualTo("3000000.00 CNY");
        assertThat(deal.path("date").asText()).isEqualTo("2017-06-01");
        assertThat(deal.path("inTargetRegion").asBoolean()).isTrue();
        assertThat(deal.path("reversed").asBoolean()).isFalse();
        JsonNode co = fundState.path("coInvestments").get(0);
        assertThat(co.path("coInvestmentId").asText()).isEqualTo("co-1");
        assertThat(co.path("investmentId").asText()).isEqualTo("deal-1");
        assertThat(shown(co, "fundAmount")).isEqualTo("18000000.00 CNY");
        JsonNode sub = fundState.path("subFunds").get(0);
        assertThat(sub.path("subFundId").asText()).isEqualTo(fund + "-sub");
        assertThat(shown(sub, "amount")).isEqualTo("25000000.00 CNY");
        assertThat(shown(sub, "targetSize")).isEqualTo("100000000.00 CNY");
        assertThat(sub.path("source").asText()).isEqualTo("LOCAL_FISCAL");
        assertThat(sub.path("date").asText()).isEqualTo("2018-01-10");

        assertThat(fundState.path("eventsKnown").asLong()).isEqualTo(storedEventsOf(fund));
        assertThat(fundState.path("eventsCounted").asLong()).isEqualTo(storedEventsOf(fund));
        assertThat(fundState.path("lastPosition").asLong()).isEqualTo(jdbc.queryForObject(
                "SELECT max(globalindex) FROM domainevententry WHERE aggregateidentifier = ?", Long.class, fund));
        assertThat(fundState.path("lastSequence").asLong()).isEqualTo(storedEventsOf(fund) - 1);

        assertSameCapitalAsTheLiveView(fundState, api().get(path("?minPosition=" + last)).json());
        assertSameCapitalAsTheLiveView(state("asOf=2017-08-31").json(), api().get(path("?asOf=2017-08-31")).json());
        assertSameCapitalAsTheLiveView(state("asOf=2017-04-09").json(), api().get(path("?asOf=2017-04-09")).json());
    }

    @Test
    void countsOnlyTheFactsDatedOnOrBeforeAsOf() {
        seedFund();
        long dealPosition = recorded(post("/investments",
                direct("deal-1", "Xiamen Patent Operation Co.", "3000000.00", "2017-06-01")));

        JsonNode before = state("asOf=2017-05-31").json();
        JsonNode on = state("asOf=2017-06-01").json();

        assertThat(before.path("asOf").asText()).isEqualTo("2017-05-31");
        assertThat(before.path("investments")).isEmpty();
        assertThat(shown(before.path("capital"), "available")).isEqualTo("60000000.00 CNY");
        assertThat(before.path("eventsKnown").asInt()).isEqualTo(7);
        assertThat(before.path("eventsCounted").asInt()).isEqualTo(6);
        assertThat(before.path("lastSequence").asInt()).isEqualTo(5);
        assertThat(on.path("investments").findValuesAsText("investmentId")).containsExactly("deal-1");
        assertThat(on.path("eventsCounted").asInt()).isEqualTo(7);
        assertThat(on.path("lastPosition").asLong()).isEqualTo(dealPosition);
    }

    // ---- the second half: holdings, distributions, cash and NAV ----

    @Test
    void showsHoldingsDistributionsCashAndNavAsKnownBeforeAndAfterAWriteOffWasReversed() {
        long last = new SecondHalf(api(), commands, jdbc, fund).record(2019);
        Instant reversalRecorded = Instant.parse(jdbc.queryForObject(
                "SELECT timestamp FROM domainevententry WHERE globalindex = ?", String.class, last));

        JsonNode now = state("asOf=2019-12-31").json();
        JsonNode before = state("asOf=2019-12-31&knownAt=" + reversalRecorded.minusMillis(1)).json();

        JsonNode sold = now.path("holdings").get(0);
        assertThat(sold.path("investmentId").asText()).isEqualTo("deal-1");
        assertThat(sold.path("kind").asText()).isEqualTo("DEAL");
        assertThat(shown(sold, "cost")).isEqualTo("3000000.00 CNY");
        assertThat(shown(sold, "costReleased")).isEqualTo("1200000.00 CNY");
        assertThat(shown(sold, "remainingCost")).isEqualTo("1800000.00 CNY");
        assertThat(shown(sold, "fairValue")).as("10m valued, 40% sold after").isEqualTo("6000000.00 CNY");
        assertThat(sold.path("valuationDate").asText()).isEqualTo("2019-06-30");
        assertThat(shown(sold, "proceeds")).isEqualTo("5000000.00 CNY");
        assertThat(shown(sold, "realisedGain")).isEqualTo("3800000.00 CNY");
        assertThat(shown(sold, "unrealisedGain")).isEqualTo("4200000.00 CNY");
        assertThat(sold.path("moic").asText()).isEqualTo("3.6667");
        assertThat(sold.path("closed").asBoolean()).isFalse();
        assertThat(sold.path("exits").get(0).path("share").asText()).isEqualTo("0.40");
        assertThat(sold.path("exits").get(0).path("buyer").asText()).isEqualTo("Xiamen C&D Group");
        assertThat(sold.path("valuations").get(0).path("method").asText()).isEqualTo("RECENT_TRANSACTION");

        JsonNode heldAgain = now.path("holdings").get(1);
        assertThat(heldAgain.path("closed").asBoolean()).isFalse();
        assertThat(shown(heldAgain, "fairValue")).isEqualTo("2000000.00 CNY");
        assertThat(shown(heldAgain, "realisedGain")).isEqualTo("0.00 CNY");
        assertThat(heldAgain.path("exits").get(0).path("reversed").asBoolean()).isTrue();
        assertThat(heldAgain.path("exits").get(0).path("reversal").path("correctionId").asText())
                .isEqualTo("fix-exit-2");
        JsonNode writtenOff = before.path("holdings").get(1);
        assertThat(writtenOff.path("closed").asBoolean()).isTrue();
        assertThat(shown(writtenOff, "fairValue")).isEqualTo("0.00 CNY");
        assertThat(shown(writtenOff, "realisedGain")).isEqualTo("-2000000.00 CNY");

        JsonNode distribution = now.path("distributions").get(0);
        assertThat(distribution.path("distributionId").asText()).isEqualTo("dist-1");
        assertThat(distribution.path("allocations").findValuesAsText("commitmentId")).containsExactly("central", "city");
        assertThat(shown(distribution.path("allocations").get(0), "returnOfCapital")).isEqualTo("4000000.00 CNY");
        assertThat(shown(distribution, "fromProceeds")).as("the proceeds could not be invested again")
                .isEqualTo("5000000.00 CNY");
        assertThat(shown(now.path("distributed"), "amount")).isEqualTo("6000000.00 CNY");
        assertThat(shown(now.path("distributed").path("bySource"), "LOCAL_FISCAL")).isEqualTo("2000000.00 CNY");
        assertThat(shown(now.path("distributed").path("byInvestor"), "Central finance")).isEqualTo("4000000.00 CNY");

        assertThat(shown(now.path("netAssets"), "cash")).as("60m paid in - 5m invested + 5m proceeds - 6m distributed")
                .isEqualTo("54000000.00 CNY");
        assertThat(shown(now.path("netAssets"), "fairValue")).isEqualTo("8000000.00 CNY");
        assertThat(shown(now.path("netAssets"), "nav")).isEqualTo("62000000.00 CNY");
        assertThat(shown(before.path("netAssets"), "nav")).as("the write-off stood").isEqualTo("60000000.00 CNY");

        assertThat(now.path("capitalCalls").get(1).path("callId").asText()).isEqualTo("call-2");
        assertThat(now.path("capitalCalls").get(1).path("reversed").asBoolean()).isTrue();
        assertThat(shown(now.path("capital"), "called")).isEqualTo("60000000.00 CNY");
    }

    // ---- bitemporal: a later correction does not rewrite what was known before it ----

    @Test
    void aCorrectionRecordedLaterChangesTheAnswerKnownNowButNotTheAnswerKnownBeforeIt() throws InterruptedException {
        seedFund();
        long dealPosition = recorded(post("/investments",
                direct("deal-1", "Xiamen Patent Operation Co.", "3000000.00", "2017-06-01")));
        JsonNode answeredBefore = state("asOf=2018-06-01").json();
        JsonNode lastEventBefore = lastEventOfTheFund();
        assertThat(lastEventBefore.path("position").asLong()).isEqualTo(dealPosition);
        Instant knownBefore = Instant.parse(lastEventBefore.path("recordedAt").asText());
        Thread.sleep(5);
        Instant between = Instant.now();
        Thread.sleep(5);
        long corrected = recorded(post("/corrections",
                correction("fix-1", "deal-1", "recorded against the wrong fund", "2018-03-01")));
        Instant correctionRecorded = Instant.parse(lastEventOfTheFund().path("recordedAt").asText());
        assertThat(correctionRecorded).isAfter(between);

        JsonNode knownNow = state("asOf=2018-06-01").json();
        JsonNode knownThen = state("asOf=2018-06-01&knownAt=" + knownBefore).json();
        JsonNode knownBetween = state("asOf=2018-06-01&knownAt=" + between).json();

        JsonNode reversedDeal = knownNow.path("investments").get(0);
        assertThat(reversedDeal.path("reversed").asBoolean()).isTrue();
        assertThat(shown(reversedDeal, "fundAmount")).as("the fact stays as recorded").isEqualTo("3000000.00 CNY");
        assertThat(reversedDeal.path("reversal").path("correctionId").asText()).isEqualTo("fix-1");
        assertThat(reversedDeal.path("reversal").path("date").asText()).isEqualTo("2018-03-01");
        assertThat(reversedDeal.path("reversal").path("reason").asText()).isEqualTo("recorded against the wrong fund");
        assertThat(reversedDeal.path("reversal").path("position").asLong()).isEqualTo(corrected);
        assertThat(Instant.parse(reversedDeal.path("reversal").path("recordedAt").asText()))
                .isEqualTo(correctionRecorded);
        assertThat(shown(knownNow.path("capital"), "invested")).isEqualTo("0.00 CNY");
        assertThat(shown(knownNow.path("capital"), "available")).isEqualTo("60000000.00 CNY");
        assertThat(knownNow.path("lastPosition").asLong()).isEqualTo(corrected);

        assertThat(Instant.parse(knownThen.path("knownAt").asText())).isEqualTo(knownBefore);
        assertThat(knownThen.path("investments").get(0).path("reversed").asBoolean()).isFalse();
        assertThat(knownThen.path("investments").get(0).path("reversal").isNull()).isTrue();
        assertThat(shown(knownThen.path("capital"), "invested")).isEqualTo("3000000.00 CNY");
        assertThat(shown(knownThen.path("capital"), "available")).isEqualTo("57000000.00 CNY");
        assertThat(knownThen.path("lastPosition").asLong()).isEqualTo(dealPosition);
        assertThat(knownThen.path("eventsKnown").asInt()).isEqualTo(knownNow.path("eventsKnown").asInt() - 1);
        assertThat(withoutKnownAt(knownThen)).as("the answer given before the correction, unchanged")
                .isEqualTo(withoutKnownAt(answeredBefore));
        assertThat(withoutKnownAt(knownBetween)).isEqualTo(withoutKnownAt(answeredBefore));

        JsonNode beforeTheCorrectionsDate = state("asOf=2018-02-28").json();
        assertThat(beforeTheCorrectionsDate.path("investments").get(0).path("reversed").asBoolean())
                .as("known now, but not yet in effect").isFalse();
        assertThat(shown(beforeTheCorrectionsDate.path("capital"), "invested")).isEqualTo("3000000.00 CNY");
        assertSameCapitalAsTheLiveView(knownNow, api().get(path("?asOf=2018-06-01&minPosition=" + corrected)).json());
    }

    @Test
    void showsReversedContributionsCommitmentsAndCoInvestmentsWithTheirCorrections() {
        seedFund();
        recorded(api().post(path("/commitments"),
                commitment("social-1", "Xiamen Venture Partners", "SOCIAL", "10000000.00", "2017-05-01")));
        recorded(post("/investments", direct("deal-1", "Xiamen Patent Operation Co.", "3000000.00", "2017-06-01")));
        recorded(post("/investments/deal-1/co-investors",
                coInvestor("co-1", "Xiamen C&D Group", "STATE_OWNED", "18000000.00", "2017-06-01")));
        recorded(post("/corrections", correction("fix-commitment", "social-1", "the partners withdrew", "2017-06-01")));
        recorded(post("/corrections", correction("fix-paid", "paid-central", "the bank returned it", "2018-03-01")));
        long last = recorded(post("/corrections", correction("fix-co", "co-1", "no board approval", "2018-03-01")));

        JsonNode state = state("asOf=2018-03-01").json();

        assertThat(state.path("commitments").get(2).path("commitmentId").asText()).isEqualTo("social-1");
        assertThat(state.path("commitments").get(2).path("reversal").path("correctionId").asText())
                .isEqualTo("fix-commitment");
        assertThat(state.path("contributions").get(0).path("reversal").path("correctionId").asText())
                .isEqualTo("fix-paid");
        assertThat(state.path("contributions").get(1).path("reversed").asBoolean()).isFalse();
        assertThat(state.path("coInvestments").get(0).path("reversal").path("reason").asText())
                .isEqualTo("no board approval");
        assertThat(shown(state.path("bySource").path("SOCIAL"), "committed")).isEqualTo("0.00 CNY");
        assertThat(shown(state.path("capital"), "paidIn")).isEqualTo("20000000.00 CNY");
        assertThat(shown(state.path("capital"), "available")).isEqualTo("17000000.00 CNY");
        assertSameCapitalAsTheLiveView(state, api().get(path("?asOf=2018-03-01&minPosition=" + last)).json());
        assertSameCapitalAsTheLiveView(state("asOf=2018-02-28").json(), api().get(path("?asOf=2018-02-28")).json());
    }

    // ---- a deal abroad, the "1+N" model, a policy amendment ----

    @Test
    void countsADealAbroadAtItsCostInTheFundsCurrency() {
        seedFund();
        // USD 150,000.05 at 6.5 is CNY 975,000.325: half-up to the fen, 975,000.33
        long last = recorded(post("/investments",
                directAbroad("astana-1", "Astana IP Exchange", "150000.05", "USD", "6.5", "2017-07-03")));

        JsonNode state = state("").json();

        JsonNode deal = state.path("investments").get(0);
        assertThat(shown(deal, "amount")).isEqualTo("150000.05 USD");
        assertThat(deal.path("exchangeRate").decimalValue()).isEqualByComparingTo("6.5");
        assertThat(shown(deal, "fundAmount")).isEqualTo("975000.33 CNY");
        assertThat(deal.path("company").path("country").asText()).isEqualTo("KZ");
        assertThat(shown(state.path("capital"), "invested")).isEqualTo("975000.33 CNY");
        assertThat(shown(state.path("capital"), "available")).isEqualTo("59024999.67 CNY");
        assertSameCapitalAsTheLiveView(state, api().get(path("?minPosition=" + last)).json());
    }

    @Test
    void rebuildsASubFundWithItsParentsCommitment() {
        seedFund();
        String subFundId = fund + "-sub";
        Api.Response created = post("/sub-funds", subFund(subFundId, "Xiamen IP Sub-fund No. 1", "100000000.00",
                "25000000.00", "2018-01-10"));
        recorded(created);
        String commitmentId = created.json().path("commitmentId").asText();
        recorded(api().post("/api/funds/" + subFundId + "/commitments",
                commitment("social-a", "Xiamen Venture Partners", "SOCIAL", "25000000.00", "2018-02-01")));

        JsonNode january = api().get("/api/audit/funds/" + subFundId + "/state?asOf=2018-01-31").json();
        JsonNode now = api().get("/api/audit/funds/" + subFundId + "/state").json();

        assertThat(january.path("type").asText()).isEqualTo("SUB");
        assertThat(january.path("name").asText()).isEqualTo("Xiamen IP Sub-fund No. 1");
        assertThat(january.path("launchDate").asText()).isEqualTo("2018-01-10");
        JsonNode parent = january.path("parent");
        assertThat(parent.path("fundId").asText()).isEqualTo(fund);
        assertThat(shown(parent, "targetSize")).isEqualTo("100000000.00 CNY");
        assertThat(parent.path("commitmentId").asText()).isEqualTo(commitmentId);
        assertThat(shown(parent, "commitment")).isEqualTo("25000000.00 CNY");
        assertThat(parent.path("share").asText()).isEqualTo("1.0000");
        JsonNode parentsCommitment = january.path("commitments").get(0);
        assertThat(parentsCommitment.path("commitmentId").asText()).isEqualTo(commitmentId);
        assertThat(parentsCommitment.path("investor").asText()).isEqualTo(fund);
        assertThat(parentsCommitment.path("source").asText()).isEqualTo("LOCAL_FISCAL");
        assertThat(now.path("parent").path("share").asText()).isEqualTo("0.5000");
        assertThat(shown(now.path("capital"), "committed")).isEqualTo("50000000.00 CNY");
        assertThat(shown(now.path("bySource").path("SOCIAL"), "committed")).isEqualTo("25000000.00 CNY");
        assertSameCapitalAsTheLiveView(now, api().get("/api/funds/" + subFundId + "?minPosition="
                + jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class)).json());

        JsonNode parentFund = state("").json();
        assertThat(parentFund.path("subFunds").findValuesAsText("subFundId")).containsExactly(subFundId);
        assertThat(shown(parentFund.path("capital"), "committedToSubFunds")).isEqualTo("25000000.00 CNY");
        assertThat(shown(parentFund.path("capital"), "available")).isEqualTo("35000000.00 CNY");
        assertThat(shown(state("asOf=2018-01-09").json().path("capital"), "committedToSubFunds"))
                .isEqualTo("0.00 CNY");
    }

    @Test
    void judgesAvailableCapitalByThePolicyInForceOnAsOf() {
        seedFund();
        Api.Response amended = post("/policy", uncalledInvestableFrom("2018-01-01"));
        assertThat(amended.status()).as(amended.toString()).isEqualTo(201);

        JsonNode before = state("asOf=2017-12-31").json();
        JsonNode from = state("asOf=2018-01-01").json();

        assertThat(before.path("policy").path("investUncalledCommitments").isNull()).isTrue();
        assertThat(shown(before.path("capital"), "available")).isEqualTo("60000000.00 CNY");
        assertThat(from.path("policy").path("investUncalledCommitments").asBoolean()).isTrue();
        assertThat(from.path("policy").path("effectiveFrom").asText()).isEqualTo("2018-01-01");
        assertThat(from.path("policy").path("shareCap").asText()).as("left as it was").isEqualTo("0.30");
        assertThat(shown(from.path("capital"), "available")).isEqualTo("300000000.00 CNY");
        assertSameCapitalAsTheLiveView(from,
                api().get(path("?asOf=2018-01-01&minPosition=" + amended.position())).json());
    }

    // ---- refusals ----

    @Test
    void refusesAFundNeverRecorded() {
        Api.Response unknown = api().get("/api/audit/funds/" + newFundId() + "/state");

        assertProblem(unknown, 404, "FUND_NOT_FOUND");
        assertThat(unknown.json().path("detail").asText()).startsWith("there is no fund");
    }

    @Test
    void refusesAFundNotYetRecordedAtKnownAt() {
        Instant beforeTheLaunch = Instant.now().minusSeconds(1);
        seedFund();

        Api.Response notYet = state("knownAt=" + beforeTheLaunch);

        assertProblem(notYet, 404, "FUND_NOT_FOUND");
        assertThat(notYet.json().path("detail").asText()).contains("not yet recorded");
    }

    @Test
    void refusesAMalformedKnownAtAsOfOrFundId() {
        recorded(api().post("/api/funds", launch(fund, "2017-03-01")));

        assertField(state("knownAt=2018-03-01"), "knownAt");
        assertField(state("knownAt=yesterday"), "knownAt");
        assertField(state("asOf=2018-13-01"), "asOf");
        assertField(api().get("/api/audit/funds/bad%20id!/state"), "fundId");
    }

    private static void assertField(Api.Response refused, String field) {
        assertProblem(refused, 400, "INVALID_INPUT");
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo(field);
    }

    private static void assertProblem(Api.Response refused, int status, String code) {
        assertThat(refused.status()).as(refused.toString()).isEqualTo(status);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().path("status").asInt()).isEqualTo(status);
        assertThat(refused.json().path("code").asText()).isEqualTo(code);
        assertThat(refused.json().path("type").asText()).isNotBlank();
        assertThat(refused.json().path("title").asText()).isNotBlank();
        assertThat(refused.json().path("detail").asText()).isNotBlank();
    }

    // ---- the story's set-up and reads ----

    /** The Xiamen guidance fund: central and local fiscal money committed, called in part and paid in (CNY 60m). */
    private void seedFund() {
        recorded(api().post("/api/funds", launch(fund, "GUIDANCE", "2017-03-01", XIAMEN_POLICY)));
        recorded(api().post(path("/commitments"),
                commitment("central", "Central finance", "CENTRAL_FISCAL", "200000000.00", "2017-03-02")));
        recorded(api().post(path("/commitments"),
                commitment("city", "Xiamen Finance Bureau", "LOCAL_FISCAL", "100000000.00", "2017-03-02")));
        recorded(api().post(path("/capital-calls"), call("call-1", "60000000.00", "2017-04-01")));
        recorded(api().post(path("/contributions"),
                contribution("paid-central", "central", "call-1", "40000000.00", "2017-04-10")));
        recorded(api().post(path("/contributions"),
                contribution("paid-city", "city", "call-1", "20000000.00", "2017-04-10")));
    }

    /** The rebuilt fund's capital, in total and by source, is what the live capital view answers. */
    private static void assertSameCapitalAsTheLiveView(JsonNode rebuilt, JsonNode live) {
        assertThat(rebuilt.path("asOf")).isEqualTo(live.path("asOf"));
        for (String figure : CAPITAL) {
            assertThat(rebuilt.path("capital").path(figure)).as(figure).isEqualTo(live.path(figure));
        }
        assertThat(rebuilt.path("bySource")).isEqualTo(live.path("bySource"));
        assertThat(rebuilt.path("policy")).isEqualTo(live.path("policy"));
    }

    private JsonNode lastEventOfTheFund() {
        JsonNode events = exact(api().get("/api/audit/events?aggregateId=" + fund + "&limit=1000").body())
                .path("events");
        return events.get(events.size() - 1);
    }

    private static JsonNode withoutKnownAt(JsonNode state) {
        ObjectNode copy = state.deepCopy();
        copy.remove("knownAt");
        return copy;
    }

    private Api.Response state(String query) {
        return api().get("/api/audit/funds/" + fund + "/state" + (query.isEmpty() ? "" : "?" + query));
    }

    private Api.Response post(String suffix, String body) {
        return api().post(path(suffix), body);
    }

    private String path(String suffix) {
        return "/api/funds/" + fund + suffix;
    }
}
