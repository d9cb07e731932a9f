package org.ipfund.app.leverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.leverage.Deals.coInvestor;
import static org.ipfund.app.leverage.Deals.coInvestorAbroad;
import static org.ipfund.app.leverage.Deals.correction;
import static org.ipfund.app.leverage.Deals.direct;
import static org.ipfund.app.leverage.Deals.directAbroad;
import static org.ipfund.app.leverage.Deals.followOn;
import static org.ipfund.app.leverage.Deals.guidanceFund;
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
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.EndToEndTest;
import org.junit.jupiter.api.Test;

/**
 * Leverage over HTTP: the 2017 report's portfolio (two deals, CNY 5,000,000 of the guidance fund's money beside
 * CNY 31,000,000 of state-owned capital), its sub-fund and the whole family, by source and as of any date.
 */
class LeverageEndToEndTest extends EndToEndTest {

    private static final String[] OTHER_SOURCES = {"CENTRAL_FISCAL", "LOCAL_FISCAL", "SOCIAL"};

    private final String fund = newFundId();
    private final String subFund = newFundId();

    @Test
    void theSeedPortfolioDrewInStateOwnedCapitalOfSixPointTwoTimesTheFundsMoney() {
        long last = seedPortfolio("18600000.00", "12400000.00");

        JsonNode leverage = leverage("?minPosition=" + last);

        assertThat(leverage.path("fundId").asText()).isEqualTo(fund);
        assertThat(amount(leverage, "/fundInvested")).isEqualTo("5000000.00");
        assertThat(leverage.at("/fundInvested/currency").asText()).isEqualTo("CNY");
        assertThat(amount(leverage, "/bySource/STATE_OWNED/capital")).isEqualTo("31000000.00");
        assertThat(ratio(leverage, "/bySource/STATE_OWNED/ratio")).isEqualTo("6.2000");
        for (String source : OTHER_SOURCES) {
            assertThat(amount(leverage, "/bySource/" + source + "/capital")).as(source).isEqualTo("0.00");
            assertThat(ratio(leverage, "/bySource/" + source + "/ratio")).as(source).isEqualTo("0.0000");
        }
        assertThat(leverage.path("deals").findValuesAsText("investmentId")).containsExactly("deal-1", "deal-2");
        JsonNode first = element(leverage, "/deals", "investmentId", "deal-1");
        assertThat(first.path("company").asText()).isEqualTo("Xiamen IP Operation Co");
        assertThat(amount(first, "/fundInvested")).isEqualTo("3000000.00");
        assertThat(amount(first, "/bySource/STATE_OWNED/capital")).isEqualTo("18600000.00");
        assertThat(ratio(first, "/bySource/STATE_OWNED/ratio")).isEqualTo("6.2000");
        assertThat(ratio(first, "/bySource/SOCIAL/ratio")).isEqualTo("0.0000");
        JsonNode second = element(leverage, "/deals", "investmentId", "deal-2");
        assertThat(amount(second, "/fundInvested")).isEqualTo("2000000.00");
        assertThat(amount(second, "/bySource/STATE_OWNED/capital")).isEqualTo("12400000.00");
        assertThat(ratio(second, "/bySource/STATE_OWNED/ratio")).isEqualTo("6.2000");
        assertThat(leverage.path("subFunds").isArray()).isTrue();
        assertThat(leverage.path("subFunds")).isEmpty();
        // (5,000,000 + 31,000,000) ÷ 50,000,000 of fiscal money paid in
        assertThat(amount(leverage, "/family/capitalMobilised")).isEqualTo("36000000.00");
        assertThat(amount(leverage, "/family/fiscalPaidIn")).isEqualTo("50000000.00");
        assertThat(ratio(leverage, "/family/ratio")).isEqualTo("0.7200");
    }

    @Test
    void countsOnlyTheDealsMadeByTheDateAsked() {
        long last = seedPortfolio("18000000.00", "13000000.00");

        JsonNode overall = leverage("?minPosition=" + last);
        JsonNode betweenTheDeals = leverage("?asOf=2017-09-14");
        JsonNode onTheSecondDealsDay = leverage("?asOf=2017-09-15");

        assertThat(ratio(overall, "/bySource/STATE_OWNED/ratio")).isEqualTo("6.2000");
        assertThat(ratio(element(overall, "/deals", "investmentId", "deal-1"), "/bySource/STATE_OWNED/ratio"))
                .isEqualTo("6.0000");
        assertThat(ratio(element(overall, "/deals", "investmentId", "deal-2"), "/bySource/STATE_OWNED/ratio"))
                .isEqualTo("6.5000");

        assertThat(betweenTheDeals.path("asOf").asText()).isEqualTo("2017-09-14");
        assertThat(amount(betweenTheDeals, "/fundInvested")).isEqualTo("3000000.00");
        assertThat(amount(betweenTheDeals, "/bySource/STATE_OWNED/capital")).isEqualTo("18000000.00");
        assertThat(ratio(betweenTheDeals, "/bySource/STATE_OWNED/ratio")).isEqualTo("6.0000");
        assertThat(betweenTheDeals.path("deals").findValuesAsText("investmentId")).containsExactly("deal-1");
        assertThat(amount(betweenTheDeals, "/family/capitalMobilised")).isEqualTo("21000000.00");

        assertThat(amount(onTheSecondDealsDay, "/fundInvested")).isEqualTo("5000000.00");
        assertThat(ratio(onTheSecondDealsDay, "/bySource/STATE_OWNED/ratio")).isEqualTo("6.2000");
    }

    @Test
    void hasNoRatioBeforeTheFirstDealAndNoFamilyRatioBeforeFiscalMoneyIsPaidIn() {
        long last = seedPortfolio("18000000.00", "13000000.00");

        JsonNode beforeAnyDeal = leverage("?asOf=2017-05-09&minPosition=" + last);
        JsonNode beforeAnyPayment = leverage("?asOf=2017-02-19");

        assertThat(amount(beforeAnyDeal, "/fundInvested")).isEqualTo("0.00");
        for (String source : new String[] {"CENTRAL_FISCAL", "LOCAL_FISCAL", "STATE_OWNED", "SOCIAL"}) {
            assertThat(amount(beforeAnyDeal, "/bySource/" + source + "/capital")).as(source).isEqualTo("0.00");
            assertThat(ratio(beforeAnyDeal, "/bySource/" + source + "/ratio")).as(source).isNull();
        }
        assertThat(beforeAnyDeal.path("deals").isArray()).isTrue();
        assertThat(beforeAnyDeal.path("deals")).isEmpty();
        assertThat(amount(beforeAnyDeal, "/family/capitalMobilised")).isEqualTo("0.00");
        assertThat(amount(beforeAnyDeal, "/family/fiscalPaidIn")).isEqualTo("50000000.00");
        assertThat(ratio(beforeAnyDeal, "/family/ratio")).isEqualTo("0.0000");

        // the city's 30,000,000 arrived on 2017-02-20, the central 20,000,000 on 2017-02-24
        assertThat(amount(beforeAnyPayment, "/family/fiscalPaidIn")).isEqualTo("0.00");
        assertThat(ratio(beforeAnyPayment, "/family/ratio")).isNull();
        assertThat(amount(leverage("?asOf=2017-02-23"), "/family/fiscalPaidIn")).isEqualTo("30000000.00");
    }

    @Test
    void aReversedCoInvestmentStopsCountingFromTheCorrectionsDateNotBefore() {
        seedPortfolio("18000000.00", "13000000.00");
        long corrected = recorded(api().post(path("/corrections"), correction("fix-co-2", "co-2", "2017-12-01")));

        JsonNode before = leverage("?asOf=2017-11-30&minPosition=" + corrected);
        JsonNode from = leverage("?asOf=2017-12-01");

        assertThat(amount(before, "/bySource/STATE_OWNED/capital")).isEqualTo("31000000.00");
        assertThat(ratio(before, "/bySource/STATE_OWNED/ratio")).isEqualTo("6.2000");
        assertThat(ratio(element(before, "/deals", "investmentId", "deal-2"), "/bySource/STATE_OWNED/ratio"))
                .isEqualTo("6.5000");

        // 18,000,000 ÷ 5,000,000: the deal stays, only its co-investor is gone
        assertThat(amount(from, "/fundInvested")).isEqualTo("5000000.00");
        assertThat(amount(from, "/bySource/STATE_OWNED/capital")).isEqualTo("18000000.00");
        assertThat(ratio(from, "/bySource/STATE_OWNED/ratio")).isEqualTo("3.6000");
        JsonNode secondDeal = element(from, "/deals", "investmentId", "deal-2");
        assertThat(amount(secondDeal, "/bySource/STATE_OWNED/capital")).isEqualTo("0.00");
        assertThat(ratio(secondDeal, "/bySource/STATE_OWNED/ratio")).isEqualTo("0.0000");
        assertThat(ratio(element(from, "/deals", "investmentId", "deal-1"), "/bySource/STATE_OWNED/ratio"))
                .isEqualTo("6.0000");
        assertThat(amount(from, "/family/capitalMobilised")).isEqualTo("23000000.00");
        assertThat(ratio(from, "/family/ratio")).isEqualTo("0.4600");
    }

    @Test
    void aReversedDealDropsOutWithItsCoInvestorsFromTheCorrectionsDate() {
        seedPortfolio("18000000.00", "13000000.00");
        long corrected = recorded(api().post(path("/corrections"), correction("fix-deal-1", "deal-1", "2018-01-15")));

        JsonNode before = leverage("?asOf=2018-01-14&minPosition=" + corrected);
        JsonNode from = leverage("?asOf=2018-01-15");

        assertThat(amount(before, "/fundInvested")).isEqualTo("5000000.00");
        assertThat(ratio(before, "/bySource/STATE_OWNED/ratio")).isEqualTo("6.2000");

        assertThat(amount(from, "/fundInvested")).isEqualTo("2000000.00");
        assertThat(amount(from, "/bySource/STATE_OWNED/capital")).isEqualTo("13000000.00");
        assertThat(ratio(from, "/bySource/STATE_OWNED/ratio")).isEqualTo("6.5000");
        assertThat(from.path("deals").findValuesAsText("investmentId")).containsExactly("deal-2");
        assertThat(amount(from, "/family/capitalMobilised")).isEqualTo("15000000.00");
        assertThat(ratio(from, "/family/ratio")).isEqualTo("0.3000");
    }

    @Test
    void aSubFundAmplifiesTheParentsCommitmentOnceItsOtherInvestorsHaveCommitted() {
        seedPortfolio("18600000.00", "12400000.00");
        Api.Response created = api().post(path("/sub-funds"),
                subFund(subFund, "parent-share", "100000000.00", "25000000.00", "2018-03-01"));
        recorded(created);
        assertThat(created.json().path("commitmentId").asText()).isEqualTo("parent-share");
        recorded(api().post(subFundPath("/commitments"),
                commitment("haixi", "Haixi Venture Capital", "SOCIAL", "60000000.00", "2018-03-15")));
        long last = recorded(api().post(subFundPath("/commitments"),
                commitment("jinyuan", "Xiamen Jinyuan Investment", "STATE_OWNED", "15000000.00", "2018-03-15")));

        JsonNode now = leverage("?minPosition=" + last);
        JsonNode beforeTheOthers = leverage("?asOf=2018-03-14");
        JsonNode beforeTheSubFund = leverage("?asOf=2018-02-28");

        JsonNode amplified = element(now, "/subFunds", "fundId", subFund);
        assertThat(now.path("subFunds")).hasSize(1);
        assertThat(amplified.path("name").asText()).isEqualTo("Belt and Road IP sub-fund");
        assertThat(amount(amplified, "/parentCommitment")).isEqualTo("25000000.00");
        assertThat(amount(amplified, "/totalCommitments")).isEqualTo("100000000.00");
        assertThat(ratio(amplified, "/amplification")).isEqualTo("4.0000");
        // the fund's deals (5,000,000), their co-investors (31,000,000), the sub-fund's other investors (75,000,000)
        assertThat(amount(now, "/family/capitalMobilised")).isEqualTo("111000000.00");
        assertThat(amount(now, "/family/fiscalPaidIn")).isEqualTo("50000000.00");
        assertThat(ratio(now, "/family/ratio")).isEqualTo("2.2200");

        JsonNode alone = element(beforeTheOthers, "/subFunds", "fundId", subFund);
        assertThat(amount(alone, "/totalCommitments")).isEqualTo("25000000.00");
        assertThat(ratio(alone, "/amplification")).isEqualTo("1.0000");
        assertThat(amount(beforeTheOthers, "/family/capitalMobilised")).isEqualTo("36000000.00");

        assertThat(beforeTheSubFund.path("subFunds")).isEmpty();
    }

    @Test
    void aReversedCommitmentOfASubFundsOtherInvestorLowersItsAmplificationFromTheCorrectionsDate() {
        seedPortfolio("18600000.00", "12400000.00");
        recorded(api().post(path("/sub-funds"), subFund(subFund, "parent-share", "100000000.00", "25000000.00",
                "2018-03-01")));
        recorded(api().post(subFundPath("/commitments"),
                commitment("haixi", "Haixi Venture Capital", "SOCIAL", "60000000.00", "2018-03-15")));
        recorded(api().post(subFundPath("/commitments"),
                commitment("jinyuan", "Xiamen Jinyuan Investment", "STATE_OWNED", "15000000.00", "2018-03-15")));
        long corrected = recorded(api().post(subFundPath("/corrections"),
                correction("fix-jinyuan", "jinyuan", "2018-06-01")));

        JsonNode dayBefore = leverage("?asOf=2018-05-31&minPosition=" + corrected);
        JsonNode from = leverage("?asOf=2018-06-01");

        assertThat(ratio(dayBefore, "/subFunds/0/amplification")).isEqualTo("4.0000");
        assertThat(amount(from, "/subFunds/0/totalCommitments")).isEqualTo("85000000.00");
        assertThat(ratio(from, "/subFunds/0/amplification")).isEqualTo("3.4000");
        // 5,000,000 + 31,000,000 + 60,000,000 over 50,000,000
        assertThat(amount(from, "/family/capitalMobilised")).isEqualTo("96000000.00");
        assertThat(ratio(from, "/family/ratio")).isEqualTo("1.9200");
    }

    @Test
    void theFamilyRatioIsAllCapitalMobilisedOverFiscalMoneyPaidInRoundedHalfUp() {
        Api api = api();
        recorded(api.post("/api/funds", guidanceFund(fund, "2019-01-02", null)));
        recorded(api.post(path("/commitments"), commitment("city", "Xiamen Finance Bureau", "LOCAL_FISCAL",
                "6000000.00", "2019-01-10")));
        recorded(api.post(path("/commitments"), commitment("central", "Central finance", "CENTRAL_FISCAL",
                "2000000.00", "2019-01-10")));
        recorded(api.post(path("/commitments"), commitment("bank", "Xiamen Bank", "SOCIAL", "1000000.00",
                "2019-01-10")));
        recorded(api.post(path("/capital-calls"), call("k1", "9000000.00", "2019-02-01")));
        recorded(api.post(path("/contributions"), contribution("city", "k1", "6000000.00", "2019-02-10")));
        recorded(api.post(path("/contributions"), contribution("central", "k1", "2000000.00", "2019-02-10")));
        recorded(api.post(path("/contributions"), contribution("bank", "k1", "1000000.00", "2019-02-10")));
        // fiscal money promised but never called: not paid in, so not in the denominator
        recorded(api.post(path("/commitments"), commitment("central-2", "Central finance", "CENTRAL_FISCAL",
                "1000000.00", "2019-03-01")));
        recorded(api.post(path("/investments"), direct("d1", "Xiamen Patent Services", "3000000.00", "2019-04-01",
                true)));
        recorded(api.post(path("/investments/d1/co-investors"), coInvestor("d1-state", "Xiamen State Capital",
                "STATE_OWNED", "600000.00", "2019-04-01")));
        recorded(api.post(path("/investments/d1/co-investors"), coInvestor("d1-social", "Haixi Angels", "SOCIAL",
                "400400.00", "2019-04-01")));
        recorded(api.post(path("/sub-funds"), subFund(subFund, "parent-share", "5000000.00", "1000000.00",
                "2019-05-01")));
        long last = recorded(api.post(subFundPath("/commitments"), commitment("others", "Haixi Venture Capital",
                "SOCIAL", "4000000.00", "2019-06-01")));

        JsonNode withTheSubFundsInvestors = leverage("?asOf=2019-06-01&minPosition=" + last);
        JsonNode beforeThem = leverage("?asOf=2019-05-31");
        JsonNode beforeAnyPayment = leverage("?asOf=2019-02-09");

        // 3,000,000 + 600,000 + 400,400 + 4,000,000 = 8,000,400 over 6,000,000 + 2,000,000 = 1.00005 → 1.0001
        assertThat(amount(withTheSubFundsInvestors, "/family/capitalMobilised")).isEqualTo("8000400.00");
        assertThat(amount(withTheSubFundsInvestors, "/family/fiscalPaidIn")).isEqualTo("8000000.00");
        assertThat(ratio(withTheSubFundsInvestors, "/family/ratio")).isEqualTo("1.0001");
        assertThat(ratio(withTheSubFundsInvestors, "/subFunds/0/amplification")).isEqualTo("5.0000");
        assertThat(ratio(withTheSubFundsInvestors, "/bySource/STATE_OWNED/ratio")).isEqualTo("0.2000");
        // 400,400 ÷ 3,000,000 = 0.13346…
        assertThat(ratio(withTheSubFundsInvestors, "/bySource/SOCIAL/ratio")).isEqualTo("0.1335");
        // 4,000,400 ÷ 8,000,000 = 0.50005 → 0.5001
        assertThat(amount(beforeThem, "/family/capitalMobilised")).isEqualTo("4000400.00");
        assertThat(ratio(beforeThem, "/family/ratio")).isEqualTo("0.5001");
        assertThat(amount(beforeAnyPayment, "/family/capitalMobilised")).isEqualTo("0.00");
        assertThat(amount(beforeAnyPayment, "/family/fiscalPaidIn")).isEqualTo("0.00");
        assertThat(ratio(beforeAnyPayment, "/family/ratio")).isNull();
    }

    @Test
    void aDealAndACoInvestmentInForeignCurrenciesCountInTheFundsCurrency() {
        Api api = api();
        recorded(api.post("/api/funds", guidanceFund(fund, "2019-01-02", null)));
        recorded(api.post(path("/commitments"), commitment("city", "Xiamen Finance Bureau", "LOCAL_FISCAL",
                "10000000.00", "2019-01-10")));
        recorded(api.post(path("/capital-calls"), call("k1", "10000000.00", "2019-02-01")));
        recorded(api.post(path("/contributions"), contribution("city", "k1", "10000000.00", "2019-02-10")));
        // USD 300,000.05 at 6.9 = CNY 2,070,000.345 → 2,070,000.35
        recorded(api.post(path("/investments"), directAbroad("almaty", "Almaty Patent Exchange", "300000.05", "USD",
                "6.9", "2019-04-01")));
        // EUR 1,000,000.00 at 7.8123 = CNY 7,812,300.00
        long last = recorded(api.post(path("/investments/almaty/co-investors"), coInvestorAbroad("almaty-silk-road",
                "Silk Road Fund", "STATE_OWNED", "1000000.00", "EUR", "7.8123", "2019-04-01")));

        JsonNode leverage = leverage("?minPosition=" + last);

        assertThat(amount(leverage, "/fundInvested")).isEqualTo("2070000.35");
        assertThat(leverage.at("/fundInvested/currency").asText()).isEqualTo("CNY");
        assertThat(amount(leverage, "/bySource/STATE_OWNED/capital")).isEqualTo("7812300.00");
        assertThat(leverage.at("/bySource/STATE_OWNED/capital/currency").asText()).isEqualTo("CNY");
        // 7,812,300.00 ÷ 2,070,000.35 = 3.77405…
        assertThat(ratio(leverage, "/bySource/STATE_OWNED/ratio")).isEqualTo("3.7741");
        JsonNode deal = element(leverage, "/deals", "investmentId", "almaty");
        assertThat(amount(deal, "/fundInvested")).isEqualTo("2070000.35");
        assertThat(ratio(deal, "/bySource/STATE_OWNED/ratio")).isEqualTo("3.7741");
        // (2,070,000.35 + 7,812,300.00) ÷ 10,000,000.00 = 0.98823…
        assertThat(amount(leverage, "/family/capitalMobilised")).isEqualTo("9882300.35");
        assertThat(ratio(leverage, "/family/ratio")).isEqualTo("0.9882");
    }

    @Test
    void answersAnUnknownFundWithNotFound() {
        Api.Response response = api().get(path("/leverage"));

        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).isEqualTo(404);
        assertThat(problem.path("code").asText()).isEqualTo("FUND_NOT_FOUND");
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("type").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).contains(fund);
    }

    /**
     * The 2017 report's portfolio: fiscal capital committed, called and paid in; a 直投 of CNY 3,000,000 and a
     * 跟投 of CNY 2,000,000 alongside a lead, each with the state-owned capital it drew in. Answers the position
     * of the last event.
     */
    private long seedPortfolio(String firstDealsStateCapital, String secondDealsStateCapital) {
        Api api = api();
        recorded(api.post("/api/funds", guidanceFund(fund, "2017-01-03",
                "{\"followOnMaxShareOfLead\": \"0.50\", \"followOnWindowDays\": 365}")));
        recorded(api.post(path("/commitments"), commitment("city", "Xiamen Finance Bureau", "LOCAL_FISCAL",
                "30000000.00", "2017-01-10")));
        recorded(api.post(path("/commitments"), commitment("central", "Central finance", "CENTRAL_FISCAL",
                "20000000.00", "2017-01-10")));
        recorded(api.post(path("/capital-calls"), call("call-1", "50000000.00", "2017-02-01")));
        recorded(api.post(path("/contributions"), contribution("city", "call-1", "30000000.00", "2017-02-20")));
        recorded(api.post(path("/contributions"), contribution("central", "call-1", "20000000.00", "2017-02-24")));
        recorded(api.post(path("/investments"), direct("deal-1", "Xiamen IP Operation Co", "3000000.00",
                "2017-05-10", true)));
        recorded(api.post(path("/investments/deal-1/co-investors"), coInvestor("co-1", "Xiamen State Capital",
                "STATE_OWNED", firstDealsStateCapital, "2017-05-10")));
        recorded(api.post(path("/investments"), followOn("deal-2", "Silk Road Patent Pool", "2000000.00",
                "2017-09-15", "Fujian Investment Group", "4000000.00", "2017-09-01")));
        return recorded(api.post(path("/investments/deal-2/co-investors"), coInvestor("co-2",
                "Fujian Investment Group", "STATE_OWNED", secondDealsStateCapital, "2017-09-15")));
    }

    private JsonNode leverage(String query) {
        Api.Response response = api().get(path("/leverage" + query));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private String path(String suffix) {
        return "/api/funds/" + fund + suffix;
    }

    private String subFundPath(String suffix) {
        return "/api/funds/" + subFund + suffix;
    }
}
