package org.ipfund.app.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.testing.Refusal.refused;
import static org.ipfund.app.investment.Deals.XIAMEN_POLICY;
import static org.ipfund.app.investment.Deals.cny;
import static org.ipfund.app.investment.Deals.coInvestor;
import static org.ipfund.app.investment.Deals.correction;
import static org.ipfund.app.investment.Deals.direct;
import static org.ipfund.app.investment.Deals.followOn;
import static org.ipfund.app.investment.Deals.laterRound;
import static org.ipfund.app.investment.Deals.lead;
import static org.ipfund.app.investment.Deals.policyFrom;
import static org.ipfund.app.investment.Deals.subFund;
import static org.ipfund.app.investment.Deals.text;
import static org.ipfund.app.testing.Funds.call;
import static org.ipfund.app.testing.Funds.commitment;
import static org.ipfund.app.testing.Funds.contribution;
import static org.ipfund.app.testing.Funds.launch;
import static org.ipfund.app.testing.Funds.newFundId;
import static org.ipfund.app.testing.Funds.recorded;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.JsonBody;
import org.ipfund.app.testing.EndToEndTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule about deals, co-investors, sub-funds, policy amendments and corrections, as a client meets it
 * over HTTP: problem details with a stable code and the field at fault, and nothing recorded. Each rule
 * that refuses also has its boundary case accepted.
 */
class InvestmentRefusalsEndToEndTest extends EndToEndTest {

    private static final String LAUNCH_DATE = "2017-03-01";
    private static final String FUTURE = "2099-01-01";

    private final String fund = newFundId();

    // ---- available capital ----

    @Test
    void refusesAnInvestmentOneFenBeyondTheAvailableCapitalButAcceptsExactlyTheAvailable() {
        launchedWithPaidIn("1000000.00");
        recorded(post("/investments", direct("d0", "Xiamen Patent Operation Co.", "400000.00", "2017-05-01")));

        Api.Response beyond = recordingNothing(() -> post("/investments",
                direct("d1", "Silk Road IP Holdings", "600000.01", "2017-06-01")));

        refused(beyond, 409, "INSUFFICIENT_CAPITAL").naming("amount.amount")
                .withDetailContaining("600000.01", "600000.00");
        long accepted = recorded(post("/investments", direct("d1", "Silk Road IP Holdings", "600000.00", "2017-06-01")));
        assertThat(api().get(path("?minPosition=" + accepted)).amount("available")).isEqualTo("0.00");
        Api.Response nothingLeft = recordingNothing(() -> post("/investments",
                direct("d2", "Silk Road IP Holdings", "0.01", "2017-06-02")));
        refused(nothingLeft, 409, "INSUFFICIENT_CAPITAL").naming("amount.amount");
    }

    @Test
    void refusesAnInvestmentDatedBeforeTheMoneyArrivedButAcceptsOneOnItsDay() {
        launchedWithPaidIn("1000000.00"); // paid in on 2017-04-10

        Api.Response early = recordingNothing(() -> post("/investments",
                direct("d1", "Xiamen Patent Operation Co.", "1000.00", "2017-04-09")));

        refused(early, 409, "INSUFFICIENT_CAPITAL").naming("amount.amount").withDetailContaining("2017-04-09");
        recorded(post("/investments", direct("d1", "Xiamen Patent Operation Co.", "1000.00", "2017-04-10")));
    }

    @Test
    void refusesAnInvestmentThatAnEarlierDatedOneWouldOverdrawLater() {
        launchedWithPaidIn("1000000.00");
        recorded(post("/investments", direct("d-late", "Silk Road IP Holdings", "700000.00", "2017-09-01")));

        // on 2017-06-01 the whole million is in the bank, but it would leave 2017-09-01 short
        Api.Response overdraws = recordingNothing(() -> post("/investments",
                direct("d-early", "Xiamen Patent Operation Co.", "300000.01", "2017-06-01")));

        refused(overdraws, 409, "INSUFFICIENT_CAPITAL").naming("amount.amount");
        recorded(post("/investments", direct("d-early", "Xiamen Patent Operation Co.", "300000.00", "2017-06-01")));
    }

    @Test
    void refusesADealAbroadWhoseCostInTheFundsCurrencyIsBeyondTheAvailable() {
        launchedWithPaidIn("1000000.00");

        // USD 153,846.16 at 6.5 is CNY 1,000,000.04
        Api.Response beyond = recordingNothing(() -> post("/investments",
                direct("abroad", "Astana IP Exchange", "153846.16", "2017-06-01")
                        .with("amount", Deals.money("153846.16", "USD")).with("exchangeRate", text("6.5"))));

        refused(beyond, 409, "INSUFFICIENT_CAPITAL").naming("amount.amount").withDetailContaining("1000000.04");
        // USD 153,846.15 at 6.5 is CNY 999,999.975: half-up, 999,999.98
        long accepted = recorded(post("/investments", direct("abroad", "Astana IP Exchange", "153846.15", "2017-06-01")
                .with("amount", Deals.money("153846.15", "USD")).with("exchangeRate", text("6.5"))));
        assertThat(api().get(path("?minPosition=" + accepted)).amount("available")).isEqualTo("0.02");
    }

    @Test
    void refusesASubFundCommitmentBeyondTheAvailableCapitalButAcceptsExactlyTheAvailable() {
        launchedWithPaidIn("1000000.00");

        Api.Response beyond = recordingNothing(() -> post("/sub-funds",
                subFund(subFundId(), "Xiamen IP Sub-fund No. 1", "10000000.00", "1000000.01", "2017-06-01")));

        refused(beyond, 409, "INSUFFICIENT_CAPITAL").naming("parentCommitment.amount");
        assertThat(api().get("/api/funds/" + subFundId()).status()).isEqualTo(404);
        assertThat(storedEventsOf(subFundId())).isZero();
        recorded(post("/sub-funds",
                subFund(subFundId(), "Xiamen IP Sub-fund No. 1", "10000000.00", "1000000.00", "2017-06-01")));
        assertThat(storedEventsOf(subFundId())).isEqualTo(2);
    }

    // ---- co-investment terms: share of the lead, window, holding ----

    @Test
    void refusesAFollowOnBeyondThePolicysShareOfTheLeadButAcceptsExactlyThatShare() {
        launchedWithPaidIn("10000000.00");

        Api.Response beyond = recordingNothing(() -> post("/investments", followOn("f1", "Silk Road IP Holdings",
                "500000.01", "2017-06-01", "Fujian Investment Group", "1000000.00", "2017-05-20")));

        refused(beyond, 409, "FOLLOW_ON_EXCEEDS_LEAD_SHARE").naming("amount.amount")
                .withDetailContaining("500000.01", "0.50", "1000000.00");
        recorded(post("/investments", followOn("f1", "Silk Road IP Holdings", "500000.00", "2017-06-01",
                "Fujian Investment Group", "1000000.00", "2017-05-20")));
    }

    @Test
    void roundsTheLeadShareCapDownToTheFen() {
        launchedWithPaidIn("10000000.00");

        // half of 1,000,000.01 is 500,000.005: the cap is 500,000.00, never rounded up past the policy
        Api.Response beyond = recordingNothing(() -> post("/investments", followOn("f1", "Silk Road IP Holdings",
                "500000.01", "2017-06-01", "Fujian Investment Group", "1000000.01", "2017-05-20")));

        refused(beyond, 409, "FOLLOW_ON_EXCEEDS_LEAD_SHARE").naming("amount.amount");
        recorded(post("/investments", followOn("f1", "Silk Road IP Holdings", "500000.00", "2017-06-01",
                "Fujian Investment Group", "1000000.01", "2017-05-20")));
    }

    @Test
    void refusesAFollowOnTheDayAfterThePolicysWindowButAcceptsOneOnItsLastDay() {
        launchedWithPaidIn("10000000.00");

        // 365 days from 2017-05-01 is 2018-05-01
        Api.Response dayAfter = recordingNothing(() -> post("/investments", followOn("f1", "Silk Road IP Holdings",
                "100000.00", "2018-05-02", "Fujian Investment Group", "1000000.00", "2017-05-01")));

        refused(dayAfter, 409, "FOLLOW_ON_OUTSIDE_WINDOW").naming("date")
                .withDetailContaining("2018-05-02", "365", "2017-05-01");
        recorded(post("/investments", followOn("f1", "Silk Road IP Holdings", "100000.00", "2018-05-01",
                "Fujian Investment Group", "1000000.00", "2017-05-01")));
    }

    @Test
    void refusesAFollowOnDatedBeforeItsLeadButAcceptsOneOnTheLeadsDay() {
        launchedWithPaidIn("10000000.00");

        Api.Response beforeTheLead = recordingNothing(() -> post("/investments", followOn("f1",
                "Silk Road IP Holdings", "100000.00", "2017-04-30", "Fujian Investment Group", "1000000.00",
                "2017-05-01")));

        refused(beforeTheLead, 409, "FOLLOW_ON_OUTSIDE_WINDOW").naming("date");
        recorded(post("/investments", followOn("f1", "Silk Road IP Holdings", "100000.00", "2017-05-01",
                "Fujian Investment Group", "1000000.00", "2017-05-01")));
    }

    @Test
    void refusesALaterRoundInACompanyTheFundDoesNotHoldButAcceptsOneInACompanyItHolds() {
        launchedWithPaidIn("10000000.00");

        Api.Response noHolding = recordingNothing(() -> post("/investments",
                laterRound("r2", "Silk Road IP Holdings", "100000.00", "2017-07-01")));

        refused(noHolding, 409, "FOLLOW_ON_WITHOUT_HOLDING").naming("company.name")
                .withDetailContaining("Silk Road IP Holdings");
        recorded(post("/investments", direct("r1", "Silk Road IP Holdings", "1000000.00", "2017-06-01")));
        Api.Response beforeTheHolding = recordingNothing(() -> post("/investments",
                laterRound("r2", "Silk Road IP Holdings", "100000.00", "2017-05-31")));
        refused(beforeTheHolding, 409, "FOLLOW_ON_WITHOUT_HOLDING").naming("company.name");
        long accepted = recorded(post("/investments",
                laterRound("r2", "  silk road   IP holdings ", "100000.00", "2017-07-01")));
        Api.Response held = api().get(path("/investments/r2?minPosition=" + accepted));
        assertThat(held.json().path("kind").asText()).isEqualTo("FOLLOW_ON");
        assertThat(held.json().path("lead").isNull()).isTrue();
    }

    @Test
    void refusesALaterRoundOnceTheOnlyHoldingWasReversed() {
        launchedWithPaidIn("10000000.00");
        recorded(post("/investments", direct("r1", "Silk Road IP Holdings", "1000000.00", "2017-06-01")));
        recorded(post("/corrections", correction("fix-r1", "r1", "recorded by mistake", "2017-06-15")));

        Api.Response noHolding = recordingNothing(() -> post("/investments",
                laterRound("r2", "Silk Road IP Holdings", "100000.00", "2017-07-01")));

        refused(noHolding, 409, "FOLLOW_ON_WITHOUT_HOLDING").naming("company.name");
    }

    // ---- currencies ----

    @Test
    void refusesADealInAnotherCurrencyWithoutAnExchangeRateNamingTheRate() {
        launchedWithPaidIn("10000000.00");

        Api.Response withoutRate = recordingNothing(() -> post("/investments",
                direct("abroad", "Astana IP Exchange", "100000.00", "2017-06-01")
                        .with("amount", Deals.money("100000.00", "USD"))));

        refused(withoutRate, 409, "CURRENCY_MISMATCH").naming("exchangeRate").withDetailContaining("USD", "CNY");
        recorded(post("/investments", direct("abroad", "Astana IP Exchange", "100000.00", "2017-06-01")
                .with("amount", Deals.money("100000.00", "USD")).with("exchangeRate", text("6.8897"))));
    }

    @Test
    void refusesACoInvestmentInAnotherCurrencyWithoutAnExchangeRate() {
        launchedWithADeal();

        Api.Response withoutRate = recordingNothing(() -> post("/investments/d1/co-investors",
                coInvestor("co-1", "Kazakh State Holding", "STATE_OWNED", "100000.00", "2017-06-01")
                        .with("amount", Deals.money("100000.00", "USD"))));

        refused(withoutRate, 409, "CURRENCY_MISMATCH").naming("exchangeRate");
    }

    @Test
    void refusesAFollowOnWhoseLeadInvestedInAnotherCurrency() {
        launchedWithPaidIn("10000000.00");

        Api.Response response = recordingNothing(() -> post("/investments",
                followOn("f1", "Silk Road IP Holdings", "100000.00", "2017-06-01", "Fujian Investment Group",
                        "1000000.00", "2017-05-20")
                        .with("lead", lead("Fujian Investment Group", Deals.money("1000000.00", "USD"), "2017-05-20"))));

        refused(response, 409, "CURRENCY_MISMATCH").naming("lead.amount.currency");
    }

    @Test
    void refusesADealAbroadWorthLessThanAFenInTheFundsCurrency() {
        launchedWithPaidIn("10000000.00");

        // USD 0.01 at 0.4 is CNY 0.004: half-up, CNY 0.00
        Api.Response worthNothing = recordingNothing(() -> post("/investments",
                direct("abroad", "Astana IP Exchange", "0.01", "2017-06-01")
                        .with("amount", Deals.money("0.01", "USD")).with("exchangeRate", text("0.4"))));

        refused(worthNothing, 409, "AMOUNT_NOT_POSITIVE").naming("amount.amount");
        // USD 0.01 at 0.5 is CNY 0.005: half-up, CNY 0.01
        long accepted = recorded(post("/investments", direct("abroad", "Astana IP Exchange", "0.01", "2017-06-01")
                .with("amount", Deals.money("0.01", "USD")).with("exchangeRate", text("0.5"))));
        assertThat(api().get(path("/investments/abroad?minPosition=" + accepted)).amount("cost")).isEqualTo("0.01");
    }

    @Test
    void refusesAnExchangeRateForADealInTheFundsOwnCurrency() {
        launchedWithPaidIn("10000000.00");

        Api.Response response = recordingNothing(() -> post("/investments",
                direct("d1", "Xiamen Patent Operation Co.", "100000.00", "2017-06-01")
                        .with("exchangeRate", text("1.0"))));

        refused(response, 409, "EXCHANGE_RATE_NOT_APPLICABLE").naming("exchangeRate").withDetailContaining("CNY");
    }

    @Test
    void refusesAnExchangeRateForACoInvestmentInTheFundsOwnCurrency() {
        launchedWithADeal();

        Api.Response response = recordingNothing(() -> post("/investments/d1/co-investors",
                coInvestor("co-1", "Xiamen C&D Group", "STATE_OWNED", "100000.00", "2017-06-01")
                        .with("exchangeRate", text("6.5"))));

        refused(response, 409, "EXCHANGE_RATE_NOT_APPLICABLE").naming("exchangeRate");
    }

    @Test
    void refusesASubFundWhoseTargetSizeIsInAnotherCurrencyThanTheParents() {
        launchedWithPaidIn("100000000.00");

        Api.Response response = recordingNothing(() -> post("/sub-funds",
                subFund(subFundId(), "Sub-fund", "100000000.00", "25000000.00", "2017-06-01")
                        .with("targetSize", Deals.money("100000000.00", "USD"))));

        refused(response, 409, "CURRENCY_MISMATCH").naming("targetSize.currency");
        assertThat(storedEventsOf(subFundId())).isZero();
    }

    // ---- unknown and reversed deals ----

    @Test
    void refusesACoInvestorInADealTheFundNeverRecordedWithNotFound() {
        launchedWithADeal();

        Api.Response response = recordingNothing(() -> post("/investments/no-such-deal/co-investors",
                coInvestor("co-1", "Xiamen C&D Group", "STATE_OWNED", "100000.00", "2017-06-01")));

        refused(response, 404, "INVESTMENT_NOT_FOUND").naming("investmentId").withDetailContaining("no-such-deal");
        recorded(post("/investments/d1/co-investors",
                coInvestor("co-1", "Xiamen C&D Group", "STATE_OWNED", "100000.00", "2017-06-01")));
    }

    @Test
    void answersADealTheFundNeverRecordedWithNotFound() {
        long last = launchedWithADeal();

        Api.Response unknown = recordingNothing(() -> api().get(path("/investments/no-such-deal?minPosition=" + last)));

        refused(unknown, 404, "INVESTMENT_NOT_FOUND").namingNoField().withDetailContaining("no-such-deal");
        Api.Response notYet = api().get(path("/investments/d1?asOf=2017-05-31"));
        refused(notYet, 404, "INVESTMENT_NOT_FOUND").namingNoField();
        assertThat(api().get(path("/investments/d1?asOf=2017-06-01")).status()).isEqualTo(200);
    }

    @Test
    void refusesACoInvestorInAReversedDeal() {
        launchedWithADeal();
        recorded(post("/corrections", correction("fix-d1", "d1", "recorded by mistake", "2017-07-01")));

        Api.Response response = recordingNothing(() -> post("/investments/d1/co-investors",
                coInvestor("co-1", "Xiamen C&D Group", "STATE_OWNED", "100000.00", "2017-07-02")));

        refused(response, 409, "INVESTMENT_REVERSED").naming("investmentId").withDetailContaining("d1");
    }

    @Test
    void refusesACoInvestorDatedBeforeItsDealButAcceptsOneOnTheDealsDay() {
        launchedWithADeal(); // d1 dated 2017-06-01

        Api.Response early = recordingNothing(() -> post("/investments/d1/co-investors",
                coInvestor("co-1", "Xiamen C&D Group", "STATE_OWNED", "100000.00", "2017-05-31")));

        refused(early, 409, "CO_INVESTMENT_BEFORE_INVESTMENT").naming("date")
                .withDetailContaining("2017-05-31", "2017-06-01");
        recorded(post("/investments/d1/co-investors",
                coInvestor("co-1", "Xiamen C&D Group", "STATE_OWNED", "100000.00", "2017-06-01")));
    }

    // ---- share cap ----

    @Test
    void refusesASubFundCommitmentBeyondTheShareCapButAcceptsOneExactlyAtIt() {
        launchedWithPaidIn("200000000.00");

        Api.Response beyond = recordingNothing(() -> post("/sub-funds",
                subFund(subFundId(), "Sub-fund", "100000000.00", "30000000.01", "2017-06-01")));

        refused(beyond, 409, "SHARE_CAP_EXCEEDED").naming("parentCommitment.amount")
                .withDetailContaining("30000000.01", "30000000.00", "0.30");
        assertThat(storedEventsOf(subFundId())).isZero();
        recorded(post("/sub-funds", subFund(subFundId(), "Sub-fund", "100000000.00", "30000000.00", "2017-06-01")));
    }

    @Test
    void refusesASubFundCommitmentBeyondThePolicysAbsoluteCapButAcceptsOneExactlyAtIt() {
        launchedWithPaidIn("200000000.00");

        // 30% of 600m would be 180m; Xiamen's absolute cap is 150m
        Api.Response beyond = recordingNothing(() -> post("/sub-funds",
                subFund(subFundId(), "Sub-fund", "600000000.00", "150000000.01", "2017-06-01")));

        refused(beyond, 409, "SHARE_CAP_EXCEEDED").naming("parentCommitment.amount")
                .withDetailContaining("150000000.01", "150000000.00");
        recorded(post("/sub-funds", subFund(subFundId(), "Sub-fund", "600000000.00", "150000000.00", "2017-06-01")));
    }

    @Test
    void judgesASubFundCommitmentByTheShareCapInForceOnItsDate() {
        launchedWithPaidIn("200000000.00");
        recorded(post("/policy", policyFrom("2018-01-01").with("shareCap", text("0.40"))));

        Api.Response underTheOldCap = recordingNothing(() -> post("/sub-funds",
                subFund(subFundId(), "Sub-fund", "100000000.00", "40000000.00", "2017-12-31")));

        refused(underTheOldCap, 409, "SHARE_CAP_EXCEEDED").naming("parentCommitment.amount");
        recorded(post("/sub-funds", subFund(subFundId(), "Sub-fund", "100000000.00", "40000000.00", "2018-01-01")));
    }

    @Test
    void refusesASubFundOfASubFund() {
        launchedWithPaidIn("100000000.00");
        recorded(post("/sub-funds", subFund(subFundId(), "Sub-fund", "100000000.00", "25000000.00", "2017-06-01")));
        String grandchild = fund + "-grandchild";

        Api.Response response = recordingNothing(subFundId(), () -> api().post("/api/funds/" + subFundId()
                + "/sub-funds", subFund(grandchild, "Sub-sub-fund", "10000000.00", "1000000.00", "2017-07-01")
                .toString()));

        refused(response, 409, "NOT_A_PARENT_FUND").naming("fundId").withDetailContaining(subFundId(), "SUB");
        assertThat(storedEventsOf(grandchild)).isZero();
    }

    // ---- ids are unique ----

    @Test
    void refusesTheSameInvestmentIdTwice() {
        launchedWithADeal();

        Api.Response again = recordingNothing(() -> post("/investments",
                direct("d1", "Another company", "1000.00", "2017-06-02")));

        refused(again, 409, "DUPLICATE_ID").namingNoField().withDetailContaining("d1");
    }

    @Test
    void refusesAnInvestmentUnderTheIdOfAnotherFactOfTheFund() {
        launchedWithPaidIn("1000000.00");

        Api.Response reused = recordingNothing(() -> post("/investments",
                direct("c1", "Xiamen Patent Operation Co.", "1000.00", "2017-06-01")));

        refused(reused, 409, "DUPLICATE_ID").namingNoField().withDetailContaining("c1");
    }

    @Test
    void refusesTheSameCoInvestmentIdAndTheSameCorrectionIdTwice() {
        launchedWithADeal();
        recorded(post("/investments/d1/co-investors",
                coInvestor("co-1", "Xiamen C&D Group", "STATE_OWNED", "100000.00", "2017-06-01")));
        recorded(post("/corrections", correction("fix-1", "co-1", "recorded by mistake", "2017-06-02")));

        Api.Response coInvestment = recordingNothing(() -> post("/investments/d1/co-investors",
                coInvestor("co-1", "Xiamen C&D Group", "STATE_OWNED", "100000.00", "2017-06-03")));
        refused(coInvestment, 409, "DUPLICATE_ID").namingNoField().withDetailContaining("co-1");
        Api.Response correction = recordingNothing(() -> post("/corrections",
                correction("fix-1", "d1", "recorded by mistake", "2017-06-03")));
        refused(correction, 409, "DUPLICATE_ID").namingNoField().withDetailContaining("fix-1");
    }

    @Test
    void refusesASubFundUnderTheIdOfAnExistingFund() {
        launchedWithPaidIn("100000000.00");
        String other = newFundId();
        long otherLaunched = recorded(api().post("/api/funds", launch(other, LAUNCH_DATE)));

        Api.Response response = recordingNothing(other, () -> post("/sub-funds",
                subFund(other, "Sub-fund", "100000000.00", "25000000.00", "2017-06-01")));

        refused(response, 409, "DUPLICATE_ID").namingNoField();
        assertThat(storedEventsOf(other)).isEqualTo(1);
        assertThat(api().get("/api/funds/" + other + "?minPosition=" + otherLaunched).json().path("type").asText())
                .isEqualTo("GUIDANCE");
    }

    @Test
    void refusesASubFundUnderTheParentsOwnId() {
        launchedWithPaidIn("100000000.00");

        Api.Response response = recordingNothing(() -> post("/sub-funds",
                subFund(fund, "Sub-fund", "100000000.00", "25000000.00", "2017-06-01")));

        refused(response, 409, "DUPLICATE_ID").namingNoField();
    }

    // ---- corrections ----

    @Test
    void refusesToReverseAFactTheFundNeverRecordedWithNotFound() {
        launchedWithADeal();

        Api.Response response = recordingNothing(() -> post("/corrections",
                correction("fix-1", "no-such-fact", "recorded by mistake", "2017-07-01")));

        refused(response, 404, "FACT_NOT_FOUND").naming("reverses").withDetailContaining("no-such-fact");
    }

    @Test
    void refusesToReverseTheSameFactTwice() {
        launchedWithADeal();
        recorded(post("/corrections", correction("fix-1", "d1", "recorded by mistake", "2017-07-01")));

        Api.Response again = recordingNothing(() -> post("/corrections",
                correction("fix-2", "d1", "recorded by mistake", "2017-07-02")));

        refused(again, 409, "FACT_ALREADY_REVERSED").naming("reverses").withDetailContaining("d1");
    }

    @Test
    void refusesToReverseACapitalCall() {
        launchedWithPaidIn("1000000.00");

        Api.Response response = recordingNothing(() -> post("/corrections",
                correction("fix-1", "k1", "called by mistake", "2017-07-01")));

        refused(response, 409, "FACT_NOT_REVERSIBLE").naming("reverses").withDetailContaining("k1");
    }

    @Test
    void refusesToReverseACorrection() {
        launchedWithADeal();
        recorded(post("/corrections", correction("fix-1", "d1", "recorded by mistake", "2017-07-01")));

        Api.Response response = recordingNothing(() -> post("/corrections",
                correction("fix-2", "fix-1", "the deal was real after all", "2017-07-02")));

        refused(response, 409, "FACT_NOT_REVERSIBLE").naming("reverses").withDetailContaining("fix-1");
    }

    @Test
    void refusesToReverseTheParentsCommitmentInsideTheSubFund() {
        launchedWithPaidIn("100000000.00");
        Api.Response created = post("/sub-funds", subFund(subFundId(), "Sub-fund", "100000000.00", "25000000.00",
                "2017-06-01"));
        recorded(created);
        String parentCommitment = created.json().path("commitmentId").asText();

        Api.Response response = recordingNothing(subFundId(), () -> api().post("/api/funds/" + subFundId()
                + "/corrections", correction("fix-1", parentCommitment, "recorded by mistake", "2017-07-01")
                .toString()));

        refused(response, 409, "FACT_NOT_REVERSIBLE").naming("reverses").withDetailContaining(parentCommitment);
    }

    @Test
    void refusesToReverseACommitmentThatWasCalledButReversesOneThatWasNot() {
        launchedWithPaidIn("1000000.00");
        recorded(api().post(path("/commitments"), commitment("c2", "Group", "SOCIAL", "500000.00", "2017-05-01")));

        Api.Response called = recordingNothing(() -> post("/corrections",
                correction("fix-1", "c1", "recorded by mistake", "2017-07-01")));

        refused(called, 409, "COMMITMENT_ALREADY_CALLED").naming("reverses").withDetailContaining("c1");
        recorded(post("/corrections", correction("fix-1", "c2", "recorded by mistake", "2017-07-01")));
    }

    @Test
    void refusesToReverseAContributionAlreadyInvestedButReversesOneExactlyWithinTheAvailable() {
        launched();
        recorded(api().post(path("/commitments"), commitment("c1", "Bureau", "LOCAL_FISCAL", "1000000.00", "2017-03-02")));
        recorded(api().post(path("/capital-calls"), call("k1", "1000000.00", "2017-04-01")));
        recorded(api().post(path("/contributions"), contribution("p-600", "c1", "k1", "600000.00", "2017-04-10")));
        recorded(api().post(path("/contributions"), contribution("p-400", "c1", "k1", "400000.00", "2017-04-10")));
        recorded(post("/investments", direct("d1", "Xiamen Patent Operation Co.", "600000.00", "2017-05-01")));

        Api.Response invested = recordingNothing(() -> post("/corrections",
                correction("fix-1", "p-600", "the bank returned the transfer", "2017-07-01")));

        refused(invested, 409, "CAPITAL_ALREADY_INVESTED").naming("reverses")
                .withDetailContaining("p-600", "600000.00", "400000.00");
        long last = recorded(post("/corrections",
                correction("fix-1", "p-400", "the bank returned the transfer", "2017-07-01")));
        assertThat(api().get(path("?minPosition=" + last)).amount("available")).isEqualTo("0.00");
    }

    @Test
    void refusesToReverseAnUncalledCommitmentAlreadyInvestedWhereThePolicyInvestsUncalledCommitments() {
        recorded(api().post("/api/funds", launch(fund, "GUIDANCE", LAUNCH_DATE,
                "{\"investUncalledCommitments\": true}")));
        recorded(api().post(path("/commitments"), commitment("c1", "Bureau", "LOCAL_FISCAL", "600000.00", "2017-03-02")));
        recorded(api().post(path("/commitments"), commitment("c2", "Group", "SOCIAL", "400000.00", "2017-03-02")));
        recorded(post("/investments", direct("d1", "Xiamen Patent Operation Co.", "600000.00", "2017-05-01")));

        Api.Response invested = recordingNothing(() -> post("/corrections",
                correction("fix-1", "c1", "recorded by mistake", "2017-07-01")));

        refused(invested, 409, "CAPITAL_ALREADY_INVESTED").naming("reverses").withDetailContaining("c1");
        recorded(post("/corrections", correction("fix-1", "c2", "recorded by mistake", "2017-07-01")));
    }

    @Test
    void refusesACorrectionDatedBeforeTheFactButAcceptsOneOnItsDay() {
        launchedWithADeal(); // d1 dated 2017-06-01

        Api.Response early = recordingNothing(() -> post("/corrections",
                correction("fix-1", "d1", "recorded by mistake", "2017-05-31")));

        refused(early, 409, "CORRECTION_BEFORE_FACT").naming("date").withDetailContaining("2017-05-31", "2017-06-01");
        recorded(post("/corrections", correction("fix-1", "d1", "recorded by mistake", "2017-06-01")));
    }

    // ---- business dates ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("datedInTheFuture")
    void refusesAFactDatedInTheFutureNamingTheDate(String description, String suffix, JsonBody body, String field) {
        launchedWithADeal();

        Api.Response response = recordingNothing(() -> post(suffix, body));

        refused(response, 409, "DATE_IN_FUTURE").naming(field).withDetailContaining(FUTURE);
    }

    static Stream<Arguments> datedInTheFuture() {
        return Stream.of(
                arguments("an investment", "/investments", direct("d2", "Silk Road IP Holdings", "1000.00", FUTURE),
                        "date"),
                arguments("a follow-on's lead", "/investments", followOn("d2", "Silk Road IP Holdings", "1000.00",
                        "2017-06-01", "Fujian Investment Group", "10000.00", FUTURE), "lead.date"),
                arguments("a co-investment", "/investments/d1/co-investors",
                        coInvestor("co-1", "Xiamen C&D Group", "STATE_OWNED", "1000.00", FUTURE), "date"),
                arguments("a sub-fund", "/sub-funds", Deals.subFund("sub-x", "Sub-fund", "1000000.00", "1000.00",
                        FUTURE), "date"),
                arguments("a policy amendment", "/policy",
                        policyFrom(FUTURE).with("followOnMaxShareOfLead", text("0.40")), "effectiveFrom"),
                arguments("a correction", "/corrections", correction("fix-1", "d1", "recorded by mistake", FUTURE),
                        "date"));
    }

    @Test
    void refusesAnInvestmentDatedInTheFutureButAcceptsOneDatedToday() {
        launchedWithPaidIn("1000000.00");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();

        Api.Response response = recordingNothing(() -> post("/investments",
                direct("d1", "Xiamen Patent Operation Co.", "1000.00", tomorrow)));

        refused(response, 409, "DATE_IN_FUTURE").naming("date").withDetailContaining(tomorrow);
        recorded(post("/investments", direct("d1", "Xiamen Patent Operation Co.", "1000.00", today)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datedBeforeTheLaunch")
    void refusesAFactDatedBeforeTheFundsLaunchNamingTheDate(String description, String suffix, JsonBody body) {
        launchedWithADeal();

        Api.Response response = recordingNothing(() -> post(suffix, body));

        refused(response, 409, "DATE_BEFORE_LAUNCH").naming("date").withDetailContaining("2017-02-28", LAUNCH_DATE);
    }

    static Stream<Arguments> datedBeforeTheLaunch() {
        return Stream.of(
                arguments("an investment", "/investments",
                        direct("d2", "Silk Road IP Holdings", "1000.00", "2017-02-28")),
                arguments("a co-investment", "/investments/d1/co-investors",
                        coInvestor("co-1", "Xiamen C&D Group", "STATE_OWNED", "1000.00", "2017-02-28")),
                arguments("a sub-fund", "/sub-funds",
                        Deals.subFund("sub-x", "Sub-fund", "1000000.00", "1000.00", "2017-02-28")),
                arguments("a correction", "/corrections",
                        correction("fix-1", "d1", "recorded by mistake", "2017-02-28")));
    }

    @Test
    void refusesAPolicyAmendmentEffectiveBeforeTheLaunchNamingEffectiveFrom() {
        launched();

        Api.Response response = recordingNothing(() -> post("/policy",
                policyFrom("2017-02-28").with("followOnMaxShareOfLead", text("0.40"))));

        refused(response, 409, "DATE_BEFORE_LAUNCH").naming("effectiveFrom")
                .withDetailContaining("2017-02-28", LAUNCH_DATE);
        recorded(post("/policy", policyFrom(LAUNCH_DATE).with("followOnMaxShareOfLead", text("0.40"))));
    }

    @Test
    void refusesAnInvestmentDatedBeforeTheLaunchButAcceptsOneOnTheLaunchDay() {
        launched();
        recorded(api().post(path("/commitments"), commitment("c1", "Bureau", "LOCAL_FISCAL", "1000.00", LAUNCH_DATE)));
        recorded(api().post(path("/capital-calls"), call("k1", "1000.00", LAUNCH_DATE)));
        recorded(api().post(path("/contributions"), contribution("p1", "c1", "k1", "1000.00", LAUNCH_DATE)));

        Api.Response early = recordingNothing(() -> post("/investments",
                direct("d1", "Xiamen Patent Operation Co.", "1000.00", "2017-02-28")));

        refused(early, 409, "DATE_BEFORE_LAUNCH").naming("date");
        recorded(post("/investments", direct("d1", "Xiamen Patent Operation Co.", "1000.00", LAUNCH_DATE)));
    }

    // ---- unknown fund ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("toAnUnknownFund")
    void refusesToRecordForAFundThatWasNeverLaunchedWithNotFound(String description, String suffix, JsonBody body) {
        Api.Response response = recordingNothing(() -> post(suffix, body));

        refused(response, 404, "FUND_NOT_FOUND").namingNoField().withDetailContaining(fund);
        assertThat(storedEventsOf(fund)).isZero();
    }

    static Stream<Arguments> toAnUnknownFund() {
        return Stream.of(
                arguments("an investment", "/investments",
                        direct("d1", "Xiamen Patent Operation Co.", "1000.00", "2017-06-01")),
                arguments("a co-investment", "/investments/d1/co-investors",
                        coInvestor("co-1", "Xiamen C&D Group", "STATE_OWNED", "1000.00", "2017-06-01")),
                arguments("a sub-fund", "/sub-funds",
                        Deals.subFund("sub-x", "Sub-fund", "1000000.00", "1000.00", "2017-06-01")),
                arguments("a policy amendment", "/policy",
                        policyFrom("2017-06-01").with("followOnMaxShareOfLead", text("0.40"))),
                arguments("a correction", "/corrections",
                        correction("fix-1", "d1", "recorded by mistake", "2017-06-01")));
    }

    @Test
    void answersThePortfolioOfAnUnknownFundWithNotFound() {
        Api.Response response = recordingNothing(() -> api().get(path("/portfolio")));

        refused(response, 404, "FUND_NOT_FOUND").namingNoField().withDetailContaining(fund);
    }

    // ---- the shape of the input: 400 ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidInvestments")
    void refusesAnInvestmentWithInvalidInputNamingTheField(String description, JsonBody body, String code,
                                                           String field) {
        launchedWithPaidIn("1000000.00");

        Api.Response response = recordingNothing(() -> post("/investments", body));

        refused(response, 400, code).naming(field).withDetailContaining(field);
    }

    static Stream<Arguments> invalidInvestments() {
        JsonBody valid = direct("d1", "Xiamen Patent Operation Co.", "1000.00", "2017-06-01");
        JsonBody followOn = followOn("f1", "Silk Road IP Holdings", "1000.00", "2017-06-01",
                "Fujian Investment Group", "10000.00", "2017-05-20");
        return Stream.of(
                arguments("no kind", valid.without("kind"), "INVALID_INPUT", "kind"),
                arguments("a null kind", valid.with("kind", "null"), "INVALID_INPUT", "kind"),
                arguments("an unknown kind", valid.with("kind", text("SECONDARY")), "INVALID_VALUE", "kind"),
                arguments("a kind in lower case", valid.with("kind", text("direct")), "INVALID_VALUE", "kind"),
                arguments("no company", valid.without("company"), "INVALID_INPUT", "company"),
                arguments("a company without a name", valid.with("company", "{\"sector\": \"IP\"}"),
                        "INVALID_INPUT", "company.name"),
                arguments("a blank company name", valid.with("company", "{\"name\": \"   \"}"), "INVALID_INPUT",
                        "company.name"),
                arguments("a company name of 201 characters",
                        valid.with("company", "{\"name\": " + text("n".repeat(201)) + "}"), "INVALID_INPUT",
                        "company.name"),
                arguments("a company given as text", valid.with("company", text("Xiamen Patent Operation Co.")),
                        "INVALID_VALUE", "company"),
                arguments("a lead on a DIRECT investment", valid.with("lead",
                        lead("Fujian Investment Group", cny("10000.00"), "2017-05-20")), "INVALID_INPUT", "lead"),
                arguments("an exchange rate of 0", valid.with("amount", Deals.money("1000.00", "USD"))
                        .with("exchangeRate", text("0")), "INVALID_INPUT", "exchangeRate"),
                arguments("a negative exchange rate", valid.with("amount", Deals.money("1000.00", "USD"))
                        .with("exchangeRate", text("-6.5")), "INVALID_INPUT", "exchangeRate"),
                arguments("an exchange rate of 11 decimals", valid.with("amount", Deals.money("1000.00", "USD"))
                        .with("exchangeRate", text("6.50000000001")), "INVALID_INPUT", "exchangeRate"),
                arguments("an exchange rate that is no number", valid.with("exchangeRate", text("six")),
                        "INVALID_VALUE", "exchangeRate"),
                arguments("no amount", valid.without("amount"), "INVALID_INPUT", "amount"),
                arguments("an amount of zero", valid.with("amount", cny("0.00")), "INVALID_INPUT", "amount.amount"),
                arguments("a negative amount", valid.with("amount", cny("-1000.00")), "INVALID_INPUT",
                        "amount.amount"),
                arguments("more decimals than CNY allows", valid.with("amount", cny("1000.001")), "INVALID_INPUT",
                        "amount.amount"),
                arguments("no date", valid.without("date"), "INVALID_INPUT", "date"),
                arguments("a date that is not ISO", valid.with("date", text("01/06/2017")), "INVALID_VALUE", "date"),
                arguments("an investment id with a space", valid.with("investmentId", text("deal 1")),
                        "INVALID_INPUT", "investmentId"),
                arguments("an investment id of 65 characters", valid.with("investmentId", text("d".repeat(65))),
                        "INVALID_INPUT", "investmentId"),
                arguments("inTargetRegion as text", valid.with("inTargetRegion", text("yes")), "INVALID_VALUE",
                        "inTargetRegion"),
                arguments("a lead without a date", followOn.with("lead",
                        "{\"name\": \"Fujian Investment Group\", \"amount\": " + cny("10000.00") + "}"),
                        "INVALID_INPUT", "lead.date"),
                arguments("a lead dated before 1900", followOn.with("lead", lead("Fujian Investment Group",
                        cny("10000.00"), "1582-10-10")), "DATE_BEFORE_1900", "lead.date"),
                arguments("an amount in gold", valid.with("amount", Deals.money("10", "XAU"))
                        .with("exchangeRate", text("2500")), "CURRENCY_NOT_MONEY", "amount.currency"),
                arguments("an investment id of two dots", valid.with("investmentId", text("..")), "INVALID_INPUT",
                        "investmentId"),
                arguments("a lead with a blank name", followOn.with("lead", lead(" ", cny("10000.00"), "2017-05-20")),
                        "INVALID_INPUT", "lead.name"),
                arguments("a lead of zero", followOn.with("lead", lead("Fujian Investment Group", cny("0"),
                        "2017-05-20")), "INVALID_INPUT", "lead.amount.amount"),
                arguments("an unknown field", valid.with("valuation", cny("1000000.00")), "UNKNOWN_FIELD",
                        "valuation"),
                arguments("an unknown field of the company", valid.with("company",
                        "{\"name\": \"Xiamen Patent Operation Co.\", \"ceo\": \"Li\"}"), "UNKNOWN_FIELD",
                        "company.ceo"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCoInvestments")
    void refusesACoInvestmentWithInvalidInputNamingTheField(String description, JsonBody body, String code,
                                                            String field) {
        launchedWithADeal();

        Api.Response response = recordingNothing(() -> post("/investments/d1/co-investors", body));

        refused(response, 400, code).naming(field).withDetailContaining(field);
    }

    static Stream<Arguments> invalidCoInvestments() {
        JsonBody valid = coInvestor("co-1", "Xiamen C&D Group", "STATE_OWNED", "1000.00", "2017-06-01");
        return Stream.of(
                arguments("no investor", valid.without("investor"), "INVALID_INPUT", "investor"),
                arguments("a blank investor", valid.with("investor", text("  ")), "INVALID_INPUT", "investor"),
                arguments("no source", valid.without("source"), "INVALID_INPUT", "source"),
                arguments("an unknown source", valid.with("source", text("PRIVATE")), "INVALID_VALUE", "source"),
                arguments("no amount", valid.without("amount"), "INVALID_INPUT", "amount"),
                arguments("a negative amount", valid.with("amount", cny("-1.00")), "INVALID_INPUT", "amount.amount"),
                arguments("an exchange rate of 0", valid.with("amount", Deals.money("1000.00", "USD"))
                        .with("exchangeRate", text("0")), "INVALID_INPUT", "exchangeRate"),
                arguments("no date", valid.without("date"), "INVALID_INPUT", "date"),
                arguments("an amount in the testing currency", valid.with("amount", Deals.money("1000.00", "XTS")),
                        "CURRENCY_NOT_MONEY", "amount.currency"),
                arguments("a co-investment id of one dot", valid.with("coInvestmentId", text(".")), "INVALID_INPUT",
                        "coInvestmentId"),
                arguments("a co-investment id with a slash", valid.with("coInvestmentId", text("co/1")),
                        "INVALID_INPUT", "coInvestmentId"),
                arguments("an unknown field", valid.with("share", text("0.5")), "UNKNOWN_FIELD", "share"));
    }

    @Test
    void refusesACoInvestmentInADealWhoseIdInThePathIsMalformed() {
        launchedWithADeal();

        Api.Response response = recordingNothing(() -> post("/investments/deal%201/co-investors",
                coInvestor("co-1", "Xiamen C&D Group", "STATE_OWNED", "1000.00", "2017-06-01")));

        refused(response, 400, "INVALID_INPUT").naming("investmentId").withDetailContaining("investmentId");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCorrections")
    void refusesACorrectionWithInvalidInputNamingTheField(String description, JsonBody body, String code,
                                                          String field) {
        launchedWithADeal();

        Api.Response response = recordingNothing(() -> post("/corrections", body));

        refused(response, 400, code).naming(field).withDetailContaining(field);
    }

    static Stream<Arguments> invalidCorrections() {
        JsonBody valid = correction("fix-1", "d1", "recorded by mistake", "2017-07-01");
        return Stream.of(
                arguments("no reason", valid.without("reason"), "INVALID_INPUT", "reason"),
                arguments("a blank reason", valid.with("reason", text("   ")), "INVALID_INPUT", "reason"),
                arguments("a reason of 1001 characters", valid.with("reason", text("r".repeat(1001))),
                        "INVALID_INPUT", "reason"),
                arguments("nothing to reverse", valid.without("reverses"), "INVALID_INPUT", "reverses"),
                arguments("a malformed id to reverse", valid.with("reverses", text("deal 1")), "INVALID_INPUT",
                        "reverses"),
                arguments("an id to reverse of 65 characters", valid.with("reverses", text("d".repeat(65))),
                        "INVALID_INPUT", "reverses"),
                arguments("an id to reverse given as a number", valid.with("reverses", "1"), "INVALID_VALUE",
                        "reverses"),
                arguments("no date", valid.without("date"), "INVALID_INPUT", "date"),
                arguments("a malformed correction id", valid.with("correctionId", text("fix 1")), "INVALID_INPUT",
                        "correctionId"),
                arguments("an unknown field", valid.with("amount", cny("1.00")), "UNKNOWN_FIELD", "amount"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSubFunds")
    void refusesASubFundWithInvalidInputNamingTheField(String description, JsonBody body, String code,
                                                       String field) {
        launchedWithPaidIn("100000000.00");

        Api.Response response = recordingNothing(() -> post("/sub-funds", body));

        refused(response, 400, code).naming(field).withDetailContaining(field);
        assertThat(storedEventsOf(subFundIdOf(body))).isZero();
    }

    static Stream<Arguments> invalidSubFunds() {
        JsonBody valid = subFund("sub-invalid-" + System.nanoTime(), "Sub-fund", "100000000.00", "25000000.00",
                "2017-06-01");
        return Stream.of(
                arguments("no name", valid.without("name"), "INVALID_INPUT", "name"),
                arguments("a blank name", valid.with("name", text(" ")), "INVALID_INPUT", "name"),
                arguments("no target size", valid.without("targetSize"), "INVALID_INPUT", "targetSize"),
                arguments("no parent commitment", valid.without("parentCommitment"), "INVALID_INPUT",
                        "parentCommitment"),
                arguments("a negative parent commitment", valid.with("parentCommitment", cny("-1.00")),
                        "INVALID_INPUT", "parentCommitment.amount"),
                arguments("an unknown source", valid.with("source", text("FOREIGN")), "INVALID_VALUE", "source"),
                arguments("a sub-fund id with a space", valid.with("subFundId", text("sub 1")), "INVALID_INPUT",
                        "subFundId"),
                arguments("a malformed commitment id", valid.with("commitmentId", text("c 1")), "INVALID_INPUT",
                        "commitmentId"),
                arguments("no date", valid.without("date"), "INVALID_INPUT", "date"),
                arguments("an unknown field", valid.with("manager", text("Xiamen Capital")), "UNKNOWN_FIELD",
                        "manager"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidPolicies")
    void refusesAPolicyAmendmentWithInvalidInputNamingTheField(String description, JsonBody body, String code,
                                                               String field) {
        launched();

        Api.Response response = recordingNothing(() -> post("/policy", body));

        refused(response, 400, code).naming(field).withDetailContaining(field);
    }

    static Stream<Arguments> invalidPolicies() {
        JsonBody valid = policyFrom("2017-06-01");
        return Stream.of(
                arguments("no effective date", valid.without("effectiveFrom").with("shareCap", text("0.25")),
                        "INVALID_INPUT", "effectiveFrom"),
                arguments("a share cap of 0", valid.with("shareCap", text("0")), "INVALID_INPUT", "shareCap"),
                arguments("a share cap above 1", valid.with("shareCap", text("1.01")), "INVALID_INPUT", "shareCap"),
                arguments("a lead share of 0", valid.with("followOnMaxShareOfLead", text("0")), "INVALID_INPUT",
                        "followOnMaxShareOfLead"),
                arguments("a negative window", valid.with("followOnWindowDays", "-1"), "INVALID_INPUT",
                        "followOnWindowDays"),
                arguments("a negative return multiple", valid.with("returnInvestmentMultiple", text("-1.5")),
                        "INVALID_INPUT", "returnInvestmentMultiple"),
                arguments("an unknown field", valid.with("managementFee", text("0.02")), "UNKNOWN_FIELD",
                        "managementFee"));
    }

    @Test
    void refusesAnAbsoluteShareCapInAnotherCurrencyThanTheFunds() {
        launched();

        Api.Response response = recordingNothing(() -> post("/policy",
                policyFrom("2017-06-01").with("shareCapAmount", Deals.money("150000000.00", "USD"))));

        refused(response, 409, "CURRENCY_MISMATCH").naming("shareCapAmount.currency");
    }

    // ---- helpers ----

    /** Launches this test's fund: a Xiamen guidance fund with the seed's policy. */
    private long launched() {
        return recorded(api().post("/api/funds", launch(fund, "GUIDANCE", LAUNCH_DATE, XIAMEN_POLICY)));
    }

    /** The fund launched, with {@code amount} committed as c1, called as k1 and paid in as p1 on 2017-04-10. */
    private long launchedWithPaidIn(String amount) {
        launched();
        recorded(api().post(path("/commitments"), commitment("c1", "Xiamen Finance Bureau", "LOCAL_FISCAL", amount,
                "2017-03-02")));
        recorded(api().post(path("/capital-calls"), call("k1", amount, "2017-04-01")));
        return recorded(api().post(path("/contributions"), contribution("p1", "c1", "k1", amount, "2017-04-10")));
    }

    /** The fund with CNY 10m paid in and one direct investment, d1, of CNY 1m on 2017-06-01. */
    private long launchedWithADeal() {
        launchedWithPaidIn("10000000.00");
        return recorded(post("/investments", direct("d1", "Xiamen Patent Operation Co.", "1000000.00", "2017-06-01")));
    }

    private String subFundId() {
        return fund + "-sub";
    }

    private static String subFundIdOf(JsonBody body) {
        String json = body.toString();
        int at = json.indexOf("\"subFundId\": \"");
        return at < 0 ? "none" : json.substring(at + 14, json.indexOf('"', at + 14));
    }

    private Api.Response post(String suffix, JsonBody body) {
        return api().post(path(suffix), body.toString());
    }

    private String path(String suffix) {
        return "/api/funds/" + fund + suffix;
    }

    /** Sends the request and checks that the store, and this test's fund, hold exactly the events they held. */
    private Api.Response recordingNothing(Supplier<Api.Response> request) {
        return recordingNothing(fund, request);
    }

    /** As {@link #recordingNothing(Supplier)}, and checks {@code alsoUnchanged}'s events too. */
    private Api.Response recordingNothing(String alsoUnchanged, Supplier<Api.Response> request) {
        long everything = storedEvents();
        long ofThisFund = storedEventsOf(fund);
        long ofTheOther = storedEventsOf(alsoUnchanged);
        Api.Response response = request.get();
        assertThat(storedEventsOf(fund)).as("events of the fund after " + response).isEqualTo(ofThisFund);
        assertThat(storedEventsOf(alsoUnchanged)).as("events of " + alsoUnchanged + " after " + response)
                .isEqualTo(ofTheOther);
        assertThat(storedEvents()).as("events in the store after " + response).isEqualTo(everything);
        return response;
    }
}
