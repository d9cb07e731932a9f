package org.ipfund.app.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.investment.Deals.XIAMEN_POLICY;
import static org.ipfund.app.investment.Deals.coInvestor;
import static org.ipfund.app.investment.Deals.correction;
import static org.ipfund.app.investment.Deals.direct;
import static org.ipfund.app.investment.Deals.followOn;
import static org.ipfund.app.investment.Deals.policyFrom;
import static org.ipfund.app.investment.Deals.subFund;
import static org.ipfund.app.investment.Deals.text;
import static org.ipfund.app.testing.Funds.call;
import static org.ipfund.app.testing.Funds.commitment;
import static org.ipfund.app.testing.Funds.contribution;
import static org.ipfund.app.testing.Funds.launch;
import static org.ipfund.app.testing.Funds.newFundId;
import static org.ipfund.app.testing.Funds.recorded;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.JsonBody;
import org.ipfund.app.testing.EndToEndTest;
import org.junit.jupiter.api.Test;

/**
 * The seed's portfolio over HTTP on PostgreSQL: a Xiamen guidance fund of fiscal money makes two deals
 * totalling CNY 5,000,000 that draw in CNY 31,000,000 of state-owned capital; then a deal abroad, a
 * sub-fund, a dated policy amendment and corrections, each read back as of dates before and after it.
 */
class PortfolioEndToEndTest extends EndToEndTest {

    private static final String LAUNCH_DATE = "2017-03-01";
    private static final ObjectMapper STORED = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final String fund = newFundId();

    // ---- the seed: two deals, 6.2× state-owned capital ----

    @Test
    void recordsTheSeedsTwoDealsAndTheStateOwnedCapitalTheyDrewIn() {
        seedFund();
        Api.Response deal = post("/investments", direct("deal-1", "厦门专利运营有限公司", "3000000.00", "2017-06-01")
                .with("company", """
                        {"name": "厦门专利运营有限公司", "sector": "IP operation", "country": "CN", "region": "Xiamen"}""")
                .with("inTargetRegion", "true"));
        assertThat(deal.status()).as(deal.toString()).isEqualTo(201);
        assertThat(deal.json().path("id").asText()).isEqualTo("deal-1");
        assertThat(deal.json().path("investmentId").asText()).isEqualTo("deal-1");
        assertThat(deal.header("Location")).isEqualTo(path("/investments/deal-1"));
        Api.Response co = post("/investments/deal-1/co-investors",
                coInvestor("co-1", "Xiamen C&D Group", "STATE_OWNED", "18000000.00", "2017-06-01"));
        assertThat(co.status()).as(co.toString()).isEqualTo(201);
        assertThat(co.json().path("coInvestmentId").asText()).isEqualTo("co-1");
        assertThat(co.json().path("id").asText()).isEqualTo("co-1");
        assertThat(co.header("Location")).isEqualTo(path("/investments/deal-1"));
        recorded(post("/investments", followOn("deal-2", "Silk Road IP Holdings", "2000000.00", "2017-09-01",
                "Fujian Investment Group", "6000000.00", "2017-08-15")));
        long last = recorded(post("/investments/deal-2/co-investors",
                coInvestor("co-2", "Fujian Investment Group", "STATE_OWNED", "13000000.00", "2017-09-01")));
        assertThat(last).isGreaterThan(co.position());

        Api.Response capital = api().get(path("?minPosition=" + last));
        assertThat(capital.status()).as(capital.toString()).isEqualTo(200);
        assertThat(capital.amount("committed")).isEqualTo("300000000.00");
        assertThat(capital.amount("called")).isEqualTo("60000000.00");
        assertThat(capital.amount("paidIn")).isEqualTo("60000000.00");
        assertThat(capital.amount("invested")).isEqualTo("5000000.00");
        assertThat(capital.amount("committedToSubFunds")).isEqualTo("0.00");
        assertThat(capital.amount("available")).isEqualTo("55000000.00");
        assertThat(capital.amount("uncalled")).isEqualTo("240000000.00");
        assertThat(capital.amount("unfunded")).isEqualTo("240000000.00");
        assertThat(capital.amount("bySource.CENTRAL_FISCAL.paidIn")).isEqualTo("40000000.00");
        assertThat(capital.amount("bySource.LOCAL_FISCAL.paidIn")).isEqualTo("20000000.00");
        assertThat(capital.amount("bySource.STATE_OWNED.committed"))
                .as("co-investors' money is the deals', not the fund's").isEqualTo("0.00");
        assertThat(capital.json().path("parent").isNull()).isTrue();

        Api.Response portfolio = portfolio("", last);
        assertThat(portfolio.status()).as(portfolio.toString()).isEqualTo(200);
        assertThat(portfolio.amount("invested")).isEqualTo("5000000.00");
        JsonNode holdings = portfolio.json().path("holdings");
        assertThat(holdings.findValuesAsText("investmentId")).containsExactly("deal-1", "deal-2");
        JsonNode direct = holdings.get(0);
        assertThat(direct.path("kind").asText()).isEqualTo("DIRECT");
        assertThat(direct.path("company").path("name").asText()).isEqualTo("厦门专利运营有限公司");
        assertThat(direct.path("company").path("region").asText()).isEqualTo("Xiamen");
        assertThat(direct.path("company").path("sector").asText()).isEqualTo("IP operation");
        assertThat(shown(direct, "amount")).isEqualTo("3000000.00 CNY");
        assertThat(shown(direct, "cost")).isEqualTo("3000000.00 CNY");
        assertThat(shown(direct, "recordedCost")).isEqualTo("3000000.00 CNY");
        assertThat(direct.path("exchangeRate").isNull()).isTrue();
        assertThat(direct.path("date").asText()).isEqualTo("2017-06-01");
        assertThat(direct.path("inTargetRegion").asBoolean()).isTrue();
        assertThat(direct.path("lead").isNull()).isTrue();
        assertThat(direct.path("reversal").isNull()).isTrue();
        assertThat(direct.path("coInvestors")).hasSize(1);
        JsonNode coInvestor = direct.path("coInvestors").get(0);
        assertThat(coInvestor.path("coInvestmentId").asText()).isEqualTo("co-1");
        assertThat(coInvestor.path("investor").asText()).isEqualTo("Xiamen C&D Group");
        assertThat(coInvestor.path("source").asText()).isEqualTo("STATE_OWNED");
        assertThat(shown(coInvestor, "inFundCurrency")).isEqualTo("18000000.00 CNY");
        assertThat(shown(direct.path("coInvestmentBySource"), "STATE_OWNED")).isEqualTo("18000000.00 CNY");
        JsonNode followOn = holdings.get(1);
        assertThat(followOn.path("kind").asText()).isEqualTo("FOLLOW_ON");
        assertThat(shown(followOn, "cost")).isEqualTo("2000000.00 CNY");
        assertThat(followOn.path("inTargetRegion").asBoolean()).isFalse();
        assertThat(followOn.path("lead").path("name").asText()).isEqualTo("Fujian Investment Group");
        assertThat(shown(followOn.path("lead"), "amount")).isEqualTo("6000000.00 CNY");
        assertThat(followOn.path("lead").path("date").asText()).isEqualTo("2017-08-15");
        assertThat(shown(followOn.path("coInvestmentBySource"), "STATE_OWNED")).isEqualTo("13000000.00 CNY");

        BigDecimal stateOwned = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        for (JsonNode holding : holdings) {
            assertThat(holding.path("coInvestmentBySource").properties()).allSatisfy(bySource ->
                    assertThat(bySource.getKey()).isEqualTo("STATE_OWNED"));
            stateOwned = stateOwned.add(new BigDecimal(holding.path("coInvestmentBySource").path("STATE_OWNED")
                    .path("amount").asText()));
            cost = cost.add(new BigDecimal(holding.path("cost").path("amount").asText()));
        }
        assertThat(stateOwned).isEqualTo(new BigDecimal("31000000.00"));
        assertThat(cost).isEqualTo(new BigDecimal("5000000.00"));
        assertThat(stateOwned.divide(cost, 4, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("6.2000"));

        Api.Response investment = api().get(deal.header("Location") + "?minPosition=" + last);
        assertThat(investment.status()).as(investment.toString()).isEqualTo(200);
        assertThat(investment.json()).isEqualTo(direct);
        Api.Response second = api().get(path("/investments/deal-2?minPosition=" + last));
        assertThat(second.json()).isEqualTo(followOn);
    }

    @Test
    void storesEveryFactOfTheSeedAsAnEventWithItsAmountsAndWhoRecordedItWhyAndWhen() {
        seedFund();
        Api.Response deal = api().post(path("/investments"),
                direct("deal-1", "Xiamen Patent Operation Co.", "3000000.00", "2017-06-01")
                        .with("inTargetRegion", "true").toString(),
                Map.of("X-Request-Id", "req-deal-1"));
        recorded(deal);
        recorded(api().post(path("/investments/deal-1/co-investors"),
                coInvestor("co-1", "Xiamen C&D Group", "STATE_OWNED", "18000000.00", "2017-06-02").toString(),
                Map.of("X-Request-Id", "req-co-1")));
        recorded(post("/investments", followOn("deal-2", "Silk Road IP Holdings", "2000000.00", "2017-09-01",
                "Fujian Investment Group", "6000000.00", "2017-08-15")));
        recorded(post("/investments/deal-2/co-investors",
                coInvestor("co-2", "Fujian Investment Group", "STATE_OWNED", "13000000.00", "2017-09-01")));

        List<StoredEvent> events = storedEventsOfFund(fund);
        assertThat(events).extracting(StoredEvent::type).containsExactly("FundLaunched", "CommitmentRecorded",
                "CommitmentRecorded", "CapitalCalled", "ContributionReceived", "ContributionReceived",
                "DirectInvestmentRecorded", "CoInvestmentRecorded", "FollowOnInvestmentRecorded",
                "CoInvestmentRecorded");

        StoredEvent direct = events.get(6);
        assertThat(direct.payload().path("fundId").asText()).isEqualTo(fund);
        assertThat(direct.payload().path("investmentId").asText()).isEqualTo("deal-1");
        assertThat(direct.payload().path("company").path("name").asText()).isEqualTo("Xiamen Patent Operation Co.");
        assertThat(decimal(direct.payload().path("amount"))).isEqualByComparingTo("3000000.00");
        assertThat(direct.payload().path("amount").path("currency").asText()).isEqualTo("CNY");
        assertThat(decimal(direct.payload().path("fundAmount"))).isEqualByComparingTo("3000000.00");
        assertThat(direct.payload().path("exchangeRate").isNull()).isTrue();
        assertThat(direct.payload().path("date").asText()).isEqualTo("2017-06-01");
        assertThat(direct.payload().path("inTargetRegion").asBoolean()).isTrue();
        assertThat(direct.metadata().path("actor").asText()).isEqualTo(org.ipfund.app.testing.TestUsers.TESTER);
        assertThat(direct.metadata().path("correlationId").asText()).isEqualTo("req-deal-1");
        assertThat(direct.metadata().path("causationId").asText()).isNotBlank();
        assertThat(direct.metadata().path("businessDate").asText()).isEqualTo("2017-06-01");
        assertThat(direct.position()).isEqualTo(deal.position());

        StoredEvent coInvestment = events.get(7);
        assertThat(coInvestment.payload().path("investmentId").asText()).isEqualTo("deal-1");
        assertThat(coInvestment.payload().path("coInvestmentId").asText()).isEqualTo("co-1");
        assertThat(coInvestment.payload().path("investor").asText()).isEqualTo("Xiamen C&D Group");
        assertThat(coInvestment.payload().path("source").asText()).isEqualTo("STATE_OWNED");
        assertThat(decimal(coInvestment.payload().path("amount"))).isEqualByComparingTo("18000000.00");
        assertThat(decimal(coInvestment.payload().path("fundAmount"))).isEqualByComparingTo("18000000.00");
        assertThat(coInvestment.metadata().path("correlationId").asText()).isEqualTo("req-co-1");
        assertThat(coInvestment.metadata().path("businessDate").asText()).isEqualTo("2017-06-02");
        assertThat(coInvestment.metadata().path("causationId").asText())
                .isNotEqualTo(direct.metadata().path("causationId").asText());

        StoredEvent followOn = events.get(8);
        assertThat(followOn.payload().path("investmentId").asText()).isEqualTo("deal-2");
        assertThat(decimal(followOn.payload().path("fundAmount"))).isEqualByComparingTo("2000000.00");
        assertThat(followOn.payload().path("lead").path("name").asText()).isEqualTo("Fujian Investment Group");
        assertThat(decimal(followOn.payload().path("lead").path("amount"))).isEqualByComparingTo("6000000.00");
        assertThat(followOn.payload().path("lead").path("date").asText()).isEqualTo("2017-08-15");
        assertThat(followOn.metadata().path("businessDate").asText()).isEqualTo("2017-09-01");
        assertThat(events).allSatisfy(event -> {
            assertThat(event.metadata().path("actor").asText()).isEqualTo(org.ipfund.app.testing.TestUsers.TESTER);
            assertThat(event.metadata().path("businessDate").asText()).isNotBlank();
        });
    }

    @Test
    void answersThePortfolioAndTheCapitalAsTheyStoodBeforeAndAfterEachDeal() {
        seedFund();
        long last = seedDeals();

        Api.Response beforeAnyDeal = portfolio("asOf=2017-05-31&", last);
        assertThat(beforeAnyDeal.json().path("asOf").asText()).isEqualTo("2017-05-31");
        assertThat(beforeAnyDeal.amount("invested")).isEqualTo("0.00");
        assertThat(beforeAnyDeal.json().path("holdings")).isEmpty();
        Api.Response afterTheFirst = portfolio("asOf=2017-08-31&", last);
        assertThat(afterTheFirst.amount("invested")).isEqualTo("3000000.00");
        assertThat(afterTheFirst.json().path("holdings").findValuesAsText("investmentId")).containsExactly("deal-1");
        Api.Response onTheSecond = portfolio("asOf=2017-09-01&", last);
        assertThat(onTheSecond.amount("invested")).isEqualTo("5000000.00");
        assertThat(onTheSecond.json().path("holdings")).hasSize(2);

        Api.Response capitalBefore = api().get(path("?asOf=2017-05-31&minPosition=" + last));
        assertThat(capitalBefore.amount("invested")).isEqualTo("0.00");
        assertThat(capitalBefore.amount("available")).isEqualTo("60000000.00");
        Api.Response capitalBetween = api().get(path("?asOf=2017-08-31"));
        assertThat(capitalBetween.amount("invested")).isEqualTo("3000000.00");
        assertThat(capitalBetween.amount("available")).isEqualTo("57000000.00");
        Api.Response capitalAfter = api().get(path("?asOf=2017-09-01"));
        assertThat(capitalAfter.amount("invested")).isEqualTo("5000000.00");
        assertThat(capitalAfter.amount("available")).isEqualTo("55000000.00");
        Api.Response beforeThePayment = api().get(path("?asOf=2017-04-09"));
        assertThat(beforeThePayment.amount("paidIn")).isEqualTo("0.00");
        assertThat(beforeThePayment.amount("available")).isEqualTo("0.00");

        Api.Response beforeItsDate = api().get(path("/investments/deal-2?asOf=2017-08-31&minPosition=" + last));
        assertThat(beforeItsDate.status()).as(beforeItsDate.toString()).isEqualTo(404);
        assertThat(beforeItsDate.json().path("code").asText()).isEqualTo("INVESTMENT_NOT_FOUND");
        Api.Response onTheCoInvestorsDate = api().get(path("/investments/deal-1?asOf=2017-06-01"));
        assertThat(onTheCoInvestorsDate.json().path("coInvestors")).hasSize(1);
    }

    // ---- a deal abroad ----

    @Test
    void recordsADealAbroadInItsOwnCurrencyAtItsCostInTheFundsRoundedHalfUp() {
        seedFund();
        // USD 150,000.05 at 6.5 is CNY 975,000.325: half-up to the fen, 975,000.33
        Api.Response deal = post("/investments", direct("astana-1", "Astana IP Exchange", "150000.05", "2017-07-03")
                .with("amount", Deals.money("150000.05", "USD"))
                .with("exchangeRate", text("6.5")));
        recorded(deal);
        long last = recorded(post("/investments/astana-1/co-investors",
                coInvestor("astana-co", "Kazakh State Holding", "STATE_OWNED", "300000.00", "2017-07-03")
                        .with("amount", Deals.money("300000.00", "USD"))
                        .with("exchangeRate", "6.5")));

        Api.Response holding = api().get(path("/investments/astana-1?minPosition=" + last));
        assertThat(holding.status()).as(holding.toString()).isEqualTo(200);
        assertThat(shown(holding.json(), "amount")).isEqualTo("150000.05 USD");
        assertThat(holding.json().path("exchangeRate").decimalValue()).isEqualByComparingTo("6.5");
        assertThat(shown(holding.json(), "cost")).isEqualTo("975000.33 CNY");
        assertThat(shown(holding.json(), "recordedCost")).isEqualTo("975000.33 CNY");
        JsonNode coInvestor = holding.json().path("coInvestors").get(0);
        assertThat(shown(coInvestor, "amount")).isEqualTo("300000.00 USD");
        assertThat(shown(coInvestor, "inFundCurrency")).isEqualTo("1950000.00 CNY");
        assertThat(shown(holding.json().path("coInvestmentBySource"), "STATE_OWNED")).isEqualTo("1950000.00 CNY");

        Api.Response portfolio = portfolio("", last);
        assertThat(portfolio.amount("invested")).isEqualTo("975000.33");
        assertThat(portfolio.json().path("invested").path("currency").asText()).isEqualTo("CNY");
        Api.Response capital = api().get(path("?minPosition=" + last));
        assertThat(capital.amount("invested")).isEqualTo("975000.33");
        assertThat(capital.amount("available")).isEqualTo("59024999.67");

        StoredEvent recordedDeal = storedEventsOfFund(fund).stream()
                .filter(event -> event.type().equals("DirectInvestmentRecorded")).findFirst().orElseThrow();
        assertThat(decimal(recordedDeal.payload().path("amount"))).isEqualByComparingTo("150000.05");
        assertThat(recordedDeal.payload().path("amount").path("currency").asText()).isEqualTo("USD");
        assertThat(recordedDeal.payload().path("exchangeRate").path("value").decimalValue())
                .isEqualByComparingTo("6.5");
        assertThat(decimal(recordedDeal.payload().path("fundAmount"))).isEqualByComparingTo("975000.33");
        assertThat(recordedDeal.payload().path("fundAmount").path("currency").asText()).isEqualTo("CNY");
    }

    // ---- a sub-fund: the "N" of "1+N" ----

    @Test
    void createsASubFundThatBothTheParentAndTheSubFundShow() {
        seedFund();
        seedDeals();
        Api.Response created = post("/sub-funds", subFund(subFundId(), "Xiamen IP Sub-fund No. 1", "100000000.00",
                "25000000.00", "2018-01-10"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("subFundId").asText()).isEqualTo(subFundId());
        assertThat(created.json().path("id").asText()).isEqualTo(subFundId());
        String commitmentId = created.json().path("commitmentId").asText();
        assertThat(commitmentId).isNotBlank();
        assertThat(created.header("Location")).isEqualTo("/api/funds/" + subFundId());
        long last = created.position();

        Api.Response parent = api().get(path("?minPosition=" + last));
        assertThat(parent.amount("committedToSubFunds")).isEqualTo("25000000.00");
        assertThat(parent.amount("invested")).isEqualTo("5000000.00");
        assertThat(parent.amount("available")).isEqualTo("30000000.00");
        assertThat(parent.amount("paidIn")).isEqualTo("60000000.00");
        Api.Response parentTheDayBefore = api().get(path("?asOf=2018-01-09"));
        assertThat(parentTheDayBefore.amount("committedToSubFunds")).isEqualTo("0.00");
        assertThat(parentTheDayBefore.amount("available")).isEqualTo("55000000.00");

        Api.Response sub = api().get(created.header("Location") + "?minPosition=" + last);
        assertThat(sub.status()).as(sub.toString()).isEqualTo(200);
        assertThat(sub.json().path("type").asText()).isEqualTo("SUB");
        assertThat(sub.json().path("name").asText()).isEqualTo("Xiamen IP Sub-fund No. 1");
        assertThat(sub.json().path("currency").asText()).isEqualTo("CNY");
        assertThat(sub.json().path("launchDate").asText()).isEqualTo("2018-01-10");
        assertThat(sub.amount("committed")).isEqualTo("25000000.00");
        assertThat(sub.amount("bySource.LOCAL_FISCAL.committed")).isEqualTo("25000000.00");
        assertThat(sub.amount("paidIn")).isEqualTo("0.00");
        JsonNode parentBlock = sub.json().path("parent");
        assertThat(parentBlock.path("fundId").asText()).isEqualTo(fund);
        assertThat(shown(parentBlock, "targetSize")).isEqualTo("100000000.00 CNY");
        assertThat(parentBlock.path("commitmentId").asText()).isEqualTo(commitmentId);
        assertThat(shown(parentBlock, "commitment")).isEqualTo("25000000.00 CNY");
        assertThat(parentBlock.path("shareCap").asText()).isEqualTo("0.30");
        assertThat(parentBlock.path("share").asText()).isEqualTo("1.0000");
        assertThat(parentBlock.path("shareCapBreached").asBoolean())
                .as("only the parent has committed so far: its share is all of it").isTrue();
        Api.Response parentsCommitment = api().get("/api/funds/" + subFundId() + "/commitments/" + commitmentId);
        assertThat(parentsCommitment.status()).as(parentsCommitment.toString()).isEqualTo(200);
        assertThat(parentsCommitment.json().path("investor").asText()).isEqualTo(fund);
        assertThat(parentsCommitment.json().path("source").asText()).isEqualTo("LOCAL_FISCAL");
        assertThat(parentsCommitment.amount("amount")).isEqualTo("25000000.00");

        long social = recorded(api().post("/api/funds/" + subFundId() + "/commitments",
                commitment("social-a", "Xiamen Venture Partners", "SOCIAL", "25000000.00", "2018-02-01")));
        Api.Response halfRaised = api().get("/api/funds/" + subFundId() + "?minPosition=" + social);
        assertThat(halfRaised.amount("committed")).isEqualTo("50000000.00");
        assertThat(halfRaised.json().path("parent").path("share").asText()).isEqualTo("0.5000");
        assertThat(halfRaised.json().path("parent").path("shareCapBreached").asBoolean())
                .as("25m of only 50m committed is over the 30% cap").isTrue();

        long state = recorded(api().post("/api/funds/" + subFundId() + "/commitments",
                commitment("state-b", "Xiamen State Capital", "STATE_OWNED", "50000000.00", "2018-03-01")));
        Api.Response fullyRaised = api().get("/api/funds/" + subFundId() + "?minPosition=" + state);
        assertThat(fullyRaised.amount("committed")).isEqualTo("100000000.00");
        assertThat(fullyRaised.json().path("parent").path("share").asText()).isEqualTo("0.2500");
        assertThat(fullyRaised.json().path("parent").path("shareCapBreached").asBoolean())
                .as("25m of 100m is within the 30% cap").isFalse();
        assertThat(fullyRaised.amount("bySource.SOCIAL.committed")).isEqualTo("25000000.00");
        assertThat(fullyRaised.amount("bySource.STATE_OWNED.committed")).isEqualTo("50000000.00");

        Api.Response asOfFebruary = api().get("/api/funds/" + subFundId() + "?asOf=2018-02-28");
        assertThat(asOfFebruary.json().path("parent").path("share").asText()).isEqualTo("0.5000");
        assertThat(asOfFebruary.json().path("parent").path("shareCapBreached").asBoolean()).isTrue();
        Api.Response parentAfter = api().get(path("?minPosition=" + state));
        assertThat(parentAfter.amount("committedToSubFunds"))
                .as("the sub-fund's other investors do not change the parent's books").isEqualTo("25000000.00");
        assertThat(parentAfter.amount("available")).isEqualTo("30000000.00");

        assertThat(storedEventsOfFund(fund)).last().satisfies(event -> {
            assertThat(event.type()).isEqualTo("SubFundCommitted");
            assertThat(event.payload().path("subFundId").asText()).isEqualTo(subFundId());
            assertThat(decimal(event.payload().path("amount"))).isEqualByComparingTo("25000000.00");
            assertThat(event.payload().path("source").asText()).isEqualTo("LOCAL_FISCAL");
            assertThat(event.metadata().path("businessDate").asText()).isEqualTo("2018-01-10");
        });
        List<StoredEvent> subEvents = storedEventsOfFund(subFundId());
        assertThat(subEvents).extracting(StoredEvent::type)
                .containsExactly("SubFundLaunched", "CommitmentRecorded", "CommitmentRecorded", "CommitmentRecorded");
        assertThat(subEvents.get(0).payload().path("parentFundId").asText()).isEqualTo(fund);
        assertThat(subEvents.get(1).payload().path("commitmentId").asText()).isEqualTo(commitmentId);
        assertThat(subEvents.get(1).payload().path("investor").asText()).isEqualTo(fund);
        assertThat(subEvents.get(1).metadata().path("correlationId").asText())
                .isEqualTo(storedEventsOfFund(fund).get(storedEventsOfFund(fund).size() - 1)
                        .metadata().path("correlationId").asText());
        assertThat(created.position()).as("the position of the last of the three events it recorded")
                .isEqualTo(Math.max(storedEventsOfFund(fund).get(storedEventsOfFund(fund).size() - 1).position(),
                        Math.max(subEvents.get(0).position(), subEvents.get(1).position())));
    }

    // ---- a dated policy amendment ----

    @Test
    void aPolicyAmendmentChangesTheFollowOnCapOnlyForFollowOnsDatedFromItsEffectiveDate() {
        seedFund();
        Api.Response amended = post("/policy", policyFrom("2018-01-01").with("followOnMaxShareOfLead", text("0.30")));
        assertThat(amended.status()).as(amended.toString()).isEqualTo(201);
        assertThat(amended.json().path("effectiveFrom").asText()).isEqualTo("2018-01-01");
        assertThat(amended.json().path("fundId").asText()).isEqualTo(fund);

        // half the lead's 10m, dated the day before the amendment: the old 0.50 is in force
        recorded(post("/investments", followOn("f-2017", "Silk Road IP Holdings", "5000000.00", "2017-12-31",
                "Fujian Investment Group", "10000000.00", "2017-12-01")));

        long before = storedEvents();
        Api.Response overTheNewCap = post("/investments", followOn("f-2018", "Silk Road IP Holdings",
                "3000000.01", "2018-01-01", "Fujian Investment Group", "10000000.00", "2017-12-01"));
        assertThat(overTheNewCap.status()).as(overTheNewCap.toString()).isEqualTo(409);
        assertThat(overTheNewCap.json().path("code").asText()).isEqualTo("FOLLOW_ON_EXCEEDS_LEAD_SHARE");
        assertThat(storedEvents()).isEqualTo(before);
        long last = recorded(post("/investments", followOn("f-2018", "Silk Road IP Holdings", "3000000.00",
                "2018-01-01", "Fujian Investment Group", "10000000.00", "2017-12-01")));

        // the amendment left the window as it was: 365 days from the lead
        Api.Response outsideTheWindow = post("/investments", followOn("f-late", "Silk Road IP Holdings",
                "1000000.00", "2018-12-02", "Fujian Investment Group", "10000000.00", "2017-12-01"));
        assertThat(outsideTheWindow.status()).as(outsideTheWindow.toString()).isEqualTo(409);
        assertThat(outsideTheWindow.json().path("code").asText()).isEqualTo("FOLLOW_ON_OUTSIDE_WINDOW");

        Api.Response portfolio = portfolio("", last);
        assertThat(portfolio.json().path("holdings").findValuesAsText("investmentId"))
                .containsExactly("f-2017", "f-2018");
        assertThat(portfolio.amount("invested")).isEqualTo("8000000.00");
        StoredEvent amendment = storedEventsOfFund(fund).stream()
                .filter(event -> event.type().equals("PolicyAmended")).findFirst().orElseThrow();
        assertThat(amendment.payload().path("terms").path("followOnMaxShareOfLead").path("value").decimalValue())
                .isEqualByComparingTo("0.30");
        assertThat(amendment.payload().path("terms").path("effectiveFrom").asText()).isEqualTo("2018-01-01");
        assertThat(amendment.position()).isEqualTo(amended.position());
    }

    // ---- corrections: history stays, a new fact reverses ----

    @Test
    void reversingAnInvestmentShowsItWithItsReversalAndMakesItsCostAvailableAgainFromTheCorrectionsDate() {
        seedFund();
        seedDeals();
        Api.Response corrected = post("/corrections",
                correction("fix-1", "deal-1", "recorded against the wrong fund", "2018-03-01"));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
        assertThat(corrected.json().path("correctionId").asText()).isEqualTo("fix-1");
        assertThat(corrected.json().path("id").asText()).isEqualTo("fix-1");
        long last = corrected.position();

        Api.Response after = portfolio("asOf=2018-03-01&", last);
        assertThat(after.amount("invested")).isEqualTo("2000000.00");
        JsonNode reversed = after.json().path("holdings").get(0);
        assertThat(after.json().path("holdings")).hasSize(2);
        assertThat(reversed.path("investmentId").asText()).isEqualTo("deal-1");
        assertThat(shown(reversed, "cost")).isEqualTo("0.00 CNY");
        assertThat(shown(reversed, "recordedCost")).isEqualTo("3000000.00 CNY");
        assertThat(reversed.path("reversal").path("correctionId").asText()).isEqualTo("fix-1");
        assertThat(reversed.path("reversal").path("date").asText()).isEqualTo("2018-03-01");
        assertThat(reversed.path("reversal").path("reason").asText()).isEqualTo("recorded against the wrong fund");
        Api.Response before = portfolio("asOf=2018-02-28&", last);
        assertThat(before.amount("invested")).isEqualTo("5000000.00");
        assertThat(before.json().path("holdings").get(0).path("reversal").isNull()).isTrue();
        assertThat(shown(before.json().path("holdings").get(0), "cost")).isEqualTo("3000000.00 CNY");
        Api.Response investment = api().get(path("/investments/deal-1?minPosition=" + last));
        assertThat(investment.json().path("reversal").path("correctionId").asText()).isEqualTo("fix-1");

        Api.Response capitalAfter = api().get(path("?asOf=2018-03-01&minPosition=" + last));
        assertThat(capitalAfter.amount("invested")).isEqualTo("2000000.00");
        assertThat(capitalAfter.amount("available")).isEqualTo("58000000.00");
        Api.Response capitalBefore = api().get(path("?asOf=2018-02-28"));
        assertThat(capitalBefore.amount("invested")).isEqualTo("5000000.00");
        assertThat(capitalBefore.amount("available")).isEqualTo("55000000.00");

        StoredEvent reversal = storedEventsOfFund(fund).get(storedEventsOfFund(fund).size() - 1);
        assertThat(reversal.type()).isEqualTo("InvestmentReversed");
        assertThat(reversal.payload().path("investmentId").asText()).isEqualTo("deal-1");
        assertThat(reversal.payload().path("correctionId").asText()).isEqualTo("fix-1");
        assertThat(decimal(reversal.payload().path("fundAmount"))).isEqualByComparingTo("3000000.00");
        assertThat(reversal.metadata().path("businessDate").asText()).isEqualTo("2018-03-01");
        assertThat(storedEventsOfFund(fund)).extracting(StoredEvent::type).contains("DirectInvestmentRecorded");

        // the money is the fund's again: exactly what is available now is accepted
        long reinvested = recorded(post("/investments",
                direct("deal-3", "Xiamen Patent Operation Co.", "58000000.00", "2018-03-01")));
        assertThat(api().get(path("?minPosition=" + reinvested)).amount("available")).isEqualTo("0.00");
    }

    @Test
    void reversingACoInvestmentTakesItOutOfTheDealsCapitalBySourceFromTheCorrectionsDate() {
        seedFund();
        seedDeals();
        long last = recorded(post("/corrections",
                correction("fix-co", "co-1", "the group's board did not approve", "2018-03-01")));

        Api.Response after = api().get(path("/investments/deal-1?asOf=2018-03-01&minPosition=" + last));
        JsonNode coInvestor = after.json().path("coInvestors").get(0);
        assertThat(coInvestor.path("coInvestmentId").asText()).isEqualTo("co-1");
        assertThat(shown(coInvestor, "amount")).isEqualTo("18000000.00 CNY");
        assertThat(shown(coInvestor, "inFundCurrency")).isEqualTo("0.00 CNY");
        assertThat(coInvestor.path("reversal").path("correctionId").asText()).isEqualTo("fix-co");
        assertThat(coInvestor.path("reversal").path("reason").asText()).isEqualTo("the group's board did not approve");
        assertThat(shown(after.json().path("coInvestmentBySource"), "STATE_OWNED")).isEqualTo("0.00 CNY");
        assertThat(shown(after.json(), "cost")).as("the deal itself stands").isEqualTo("3000000.00 CNY");
        Api.Response before = api().get(path("/investments/deal-1?asOf=2018-02-28"));
        assertThat(shown(before.json().path("coInvestmentBySource"), "STATE_OWNED")).isEqualTo("18000000.00 CNY");
        assertThat(before.json().path("coInvestors").get(0).path("reversal").isNull()).isTrue();
        Api.Response otherDeal = api().get(path("/investments/deal-2?asOf=2018-03-01"));
        assertThat(shown(otherDeal.json().path("coInvestmentBySource"), "STATE_OWNED")).isEqualTo("13000000.00 CNY");

        Api.Response capital = api().get(path("?minPosition=" + last));
        assertThat(capital.amount("invested")).isEqualTo("5000000.00");
        assertThat(capital.amount("available")).isEqualTo("55000000.00");
        StoredEvent reversal = storedEventsOfFund(fund).get(storedEventsOfFund(fund).size() - 1);
        assertThat(reversal.type()).isEqualTo("CoInvestmentReversed");
        assertThat(reversal.payload().path("coInvestmentId").asText()).isEqualTo("co-1");
        assertThat(reversal.payload().path("source").asText()).isEqualTo("STATE_OWNED");
        assertThat(decimal(reversal.payload().path("fundAmount"))).isEqualByComparingTo("18000000.00");
    }

    @Test
    void reversingAContributionTakesItOutOfThePaidInCapitalAndTheCallAwaitsItAgain() {
        seedFund();
        seedDeals();
        long last = recorded(post("/corrections",
                correction("fix-paid", "paid-central", "the bank returned the transfer", "2018-03-01")));

        Api.Response after = api().get(path("?asOf=2018-03-01&minPosition=" + last));
        assertThat(after.amount("paidIn")).isEqualTo("20000000.00");
        assertThat(after.amount("called")).isEqualTo("60000000.00");
        assertThat(after.amount("available")).isEqualTo("15000000.00");
        assertThat(after.amount("unfunded")).isEqualTo("280000000.00");
        assertThat(after.amount("bySource.CENTRAL_FISCAL.paidIn")).isEqualTo("0.00");
        assertThat(after.amount("bySource.LOCAL_FISCAL.paidIn")).isEqualTo("20000000.00");
        Api.Response before = api().get(path("?asOf=2018-02-28"));
        assertThat(before.amount("paidIn")).isEqualTo("60000000.00");
        assertThat(before.amount("available")).isEqualTo("55000000.00");
        StoredEvent reversal = storedEventsOfFund(fund).get(storedEventsOfFund(fund).size() - 1);
        assertThat(reversal.type()).isEqualTo("ContributionReversed");
        assertThat(reversal.payload().path("contributionId").asText()).isEqualTo("paid-central");
        assertThat(decimal(reversal.payload().path("amount"))).isEqualByComparingTo("40000000.00");

        long paidAgain = recorded(api().post(path("/contributions"),
                contribution("paid-central-2", "central", "call-1", "40000000.00", "2018-03-05")));
        Api.Response repaid = api().get(path("?minPosition=" + paidAgain));
        assertThat(repaid.amount("paidIn")).isEqualTo("60000000.00");
        assertThat(repaid.amount("available")).isEqualTo("55000000.00");
    }

    @Test
    void reversingAnUncalledCommitmentTakesItOutOfTheCommittedCapitalFromTheCorrectionsDate() {
        seedFund();
        recorded(api().post(path("/commitments"),
                commitment("social-1", "Xiamen Venture Partners", "SOCIAL", "10000000.00", "2017-05-01")));
        long last = recorded(post("/corrections",
                correction("fix-commitment", "social-1", "the partners withdrew before signing", "2017-06-01")));

        Api.Response after = api().get(path("?asOf=2017-06-01&minPosition=" + last));
        assertThat(after.amount("committed")).isEqualTo("300000000.00");
        assertThat(after.amount("uncalled")).isEqualTo("240000000.00");
        assertThat(after.amount("bySource.SOCIAL.committed")).isEqualTo("0.00");
        Api.Response before = api().get(path("?asOf=2017-05-31"));
        assertThat(before.amount("committed")).isEqualTo("310000000.00");
        assertThat(before.amount("bySource.SOCIAL.committed")).isEqualTo("10000000.00");
        Api.Response commitmentView = api().get(path("/commitments/social-1?asOf=2017-06-01"));
        assertThat(commitmentView.status()).as(commitmentView.toString()).isEqualTo(200);
        assertThat(commitmentView.amount("recorded")).isEqualTo("10000000.00");
        assertThat(commitmentView.amount("amount")).isEqualTo("0.00");
        assertThat(commitmentView.json().path("reversal").path("correctionId").asText()).isEqualTo("fix-commitment");
        StoredEvent reversal = storedEventsOfFund(fund).get(storedEventsOfFund(fund).size() - 1);
        assertThat(reversal.type()).isEqualTo("CommitmentReversed");
        assertThat(reversal.payload().path("commitmentId").asText()).isEqualTo("social-1");
        assertThat(reversal.payload().path("reason").asText()).isEqualTo("the partners withdrew before signing");
    }

    // ---- read-your-writes ----

    @Test
    void readsItsOwnWriteInThePortfolioOfAFundJustLaunched() {
        for (int attempt = 0; attempt < 100; attempt++) {
            String launched = newFundId();
            long position = recorded(api().post("/api/funds", launch(launched, LAUNCH_DATE)));

            Api.Response portfolio = api().get("/api/funds/" + launched + "/portfolio?minPosition=" + position);

            assertThat(portfolio.status()).as("attempt " + attempt + ": " + portfolio).isEqualTo(200);
            assertThat(portfolio.amount("invested")).isEqualTo("0.00");
            assertThat(portfolio.json().path("holdings")).isEmpty();
        }
    }

    // ---- the seed's set-up ----

    /** The Xiamen guidance fund: central and local fiscal money committed, called in part and paid in (CNY 60m). */
    private long seedFund() {
        recorded(api().post("/api/funds", launch(fund, "GUIDANCE", LAUNCH_DATE, XIAMEN_POLICY)));
        recorded(api().post(path("/commitments"),
                commitment("central", "Central finance", "CENTRAL_FISCAL", "200000000.00", "2017-03-02")));
        recorded(api().post(path("/commitments"),
                commitment("city", "Xiamen Finance Bureau", "LOCAL_FISCAL", "100000000.00", "2017-03-02")));
        // pro rata: 40m asked of central, 20m of the city
        recorded(api().post(path("/capital-calls"), call("call-1", "60000000.00", "2017-04-01")));
        recorded(api().post(path("/contributions"),
                contribution("paid-central", "central", "call-1", "40000000.00", "2017-04-10")));
        return recorded(api().post(path("/contributions"),
                contribution("paid-city", "city", "call-1", "20000000.00", "2017-04-10")));
    }

    /** The seed's two deals (CNY 3m direct, CNY 2m follow-on) and their CNY 31m of state-owned co-investment. */
    private long seedDeals() {
        recorded(post("/investments", direct("deal-1", "Xiamen Patent Operation Co.", "3000000.00", "2017-06-01")));
        recorded(post("/investments/deal-1/co-investors",
                coInvestor("co-1", "Xiamen C&D Group", "STATE_OWNED", "18000000.00", "2017-06-01")));
        recorded(post("/investments", followOn("deal-2", "Silk Road IP Holdings", "2000000.00", "2017-09-01",
                "Fujian Investment Group", "6000000.00", "2017-08-15")));
        return recorded(post("/investments/deal-2/co-investors",
                coInvestor("co-2", "Fujian Investment Group", "STATE_OWNED", "13000000.00", "2017-09-01")));
    }

    /**
     * The portfolio as of the query, reading the client's own writes up to {@code minPosition}. It waits for the
     * capital view too: the portfolio finds its fund in the capital view's table, so until that view has the
     * fund it answers FUND_NOT_FOUND ({@link #readsItsOwnWriteInThePortfolioOfAFundJustLaunched}).
     */
    private Api.Response portfolio(String query, long minPosition) {
        Api.Response capital = api().get(path("?minPosition=" + minPosition));
        assertThat(capital.status()).as(capital.toString()).isEqualTo(200);
        Api.Response portfolio = api().get(path("/portfolio?" + query + "minPosition=" + minPosition));
        assertThat(portfolio.status()).as(portfolio.toString()).isEqualTo(200);
        return portfolio;
    }

    private String subFundId() {
        return fund + "-sub1";
    }

    private Api.Response post(String suffix, JsonBody body) {
        return api().post(path(suffix), body.toString());
    }

    private String path(String suffix) {
        return "/api/funds/" + fund + suffix;
    }

    /** A money field of a JSON node as {@code "<amount> <currency>"}, so that both are checked at once. */
    private static String shown(JsonNode node, String field) {
        JsonNode money = node.path(field);
        return money.path("amount").asText() + " " + money.path("currency").asText();
    }

    private static BigDecimal decimal(JsonNode storedMoney) {
        return storedMoney.path("amount").decimalValue();
    }

    /** One event as the store holds it: its type's simple name, payload, metadata and global position. */
    private record StoredEvent(String type, JsonNode payload, JsonNode metadata, long position) {
    }

    private List<StoredEvent> storedEventsOfFund(String aggregateId) {
        return jdbc.query("""
                SELECT payloadtype, convert_from(payload, 'UTF8') AS payload,
                       convert_from(metadata, 'UTF8') AS metadata, globalindex
                FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber""",
                (rs, row) -> new StoredEvent(
                        rs.getString("payloadtype").substring(rs.getString("payloadtype").lastIndexOf('.') + 1),
                        read(rs.getString("payload")), read(rs.getString("metadata")), rs.getLong("globalindex")),
                aggregateId);
    }

    private static JsonNode read(String json) {
        try {
            return STORED.readTree(json);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
