package org.ipfund.app.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.exit.Exits.INVESTED_ON;
import static org.ipfund.app.exit.Exits.NATIONAL_CEDED_EXIT;
import static org.ipfund.app.exit.Exits.ceded;
import static org.ipfund.app.exit.Exits.deal;
import static org.ipfund.app.exit.Exits.money;
import static org.ipfund.app.exit.Exits.paidIn;
import static org.ipfund.app.exit.Exits.paidInAndInvested;
import static org.ipfund.app.exit.Exits.sale;
import static org.ipfund.app.exit.Exits.text;
import static org.ipfund.app.exit.Exits.valuation;
import static org.ipfund.app.exit.Exits.writeOff;
import static org.ipfund.app.testing.Funds.newFundId;
import static org.ipfund.app.testing.Funds.recorded;
import static org.ipfund.app.testing.Refusal.refused;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.EndToEndTest;
import org.junit.jupiter.api.Test;

/**
 * Valuations and exits over HTTP on PostgreSQL: a guidance fund whose investor paid in 10,000,000.00 invests
 * 4,000,000.00 on 10 January 2019, then sells, cedes (让利退出) or writes off what it holds; each exit answers the cost
 * it released, its gain and, when ceded, the policy price it was held to, figures this test works out by hand.
 */
class ExitsEndToEndTest extends EndToEndTest {

    private static final ObjectMapper STORED = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final String fund = newFundId();

    // ---- sales ----

    @Test
    void recordsPartialSalesReleasingTheirShareOfWhatRemainsAndTheirGainOrLoss() {
        long invested = paidInAndInvested(api(), fund, null);

        Api.Response first = post("/investments/d-1/exits", sale("x-1", "0.40", "2000000.00", "2020-06-30"));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().path("id").asText()).isEqualTo("x-1");
        assertThat(first.json().path("exitId").asText()).isEqualTo("x-1");
        assertThat(first.position()).isGreaterThan(invested);
        assertThat(first.header("Location")).isEqualTo("/api/funds/" + fund + "/investments/d-1");
        assertThat(shown(first.json(), "costReleased")).as("0.40 × 4,000,000.00").isEqualTo("1600000.00 CNY");
        assertThat(shown(first.json(), "realisedGain")).as("2,000,000.00 − 1,600,000.00").isEqualTo("400000.00 CNY");
        assertThat(first.json().has("cededPrice")).as("only a ceded exit has a policy price").isFalse();

        Api.Response second = post("/investments/d-1/exits", sale("x-2", "0.5", "1000000.00", "2021-06-30"));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(shown(second.json(), "costReleased")).as("half of the 2,400,000.00 that remained")
                .isEqualTo("1200000.00 CNY");
        assertThat(shown(second.json(), "realisedGain")).as("a loss").isEqualTo("-200000.00 CNY");

        Api.Response last = post("/investments/d-1/exits", sale("x-3", "1", "1500000.00", "2022-06-30"));
        assertThat(last.status()).as(last.toString()).isEqualTo(201);
        assertThat(shown(last.json(), "costReleased")).as("all that remained").isEqualTo("1200000.00 CNY");
        assertThat(shown(last.json(), "realisedGain")).isEqualTo("300000.00 CNY");

        BigDecimal released = amount(first.json(), "costReleased").add(amount(second.json(), "costReleased"))
                .add(amount(last.json(), "costReleased"));
        BigDecimal gained = amount(first.json(), "realisedGain").add(amount(second.json(), "realisedGain"))
                .add(amount(last.json(), "realisedGain"));
        assertThat(released).as("the whole cost, released once").isEqualByComparingTo("4000000.00");
        assertThat(gained).as("4,500,000.00 of proceeds less the cost").isEqualByComparingTo("500000.00");
        JsonNode closing = lastStoredEvent("HoldingExited");
        assertThat(closing.path("closes").asBoolean()).isTrue();
        assertThat(closing.path("reinvestable").asBoolean()).as("not unless the policy says so").isFalse();
    }

    @Test
    void writesOffAHoldingForNothingReleasingItsWholeCostAsALoss() {
        paidInAndInvested(api(), fund, null);

        Api.Response writeOff = post("/investments/d-1/exits", writeOff("w-1", "2021-12-31"));

        assertThat(writeOff.status()).as(writeOff.toString()).isEqualTo(201);
        assertThat(writeOff.json().path("exitId").asText()).isEqualTo("w-1");
        assertThat(shown(writeOff.json(), "costReleased")).isEqualTo("4000000.00 CNY");
        assertThat(shown(writeOff.json(), "realisedGain")).isEqualTo("-4000000.00 CNY");
        assertThat(writeOff.json().has("cededPrice")).isFalse();
    }

    // ---- ceded exits (让利退出), priced by policy.cededExit ----

    @Test
    void cedesAStakeAtItsCostExactlyThreeYearsAfterTheInvestmentAndRefusesOneFenLess() {
        paidInAndInvested(api(), fund, "{\"cededExit\": " + NATIONAL_CEDED_EXIT + "}");
        long before = storedEventsOf(fund);

        Api.Response oneFenLess = post("/investments/d-1/exits", ceded("c-1", "1", "3999999.99", "2022-01-10"));

        refused(oneFenLess, 409, "CEDED_EXIT_BELOW_PRICE").naming("proceeds.amount")
                .withDetailContaining("4000000.00", "3999999.99");
        assertThat(storedEventsOf(fund)).isEqualTo(before);
        Api.Response atCost = post("/investments/d-1/exits", ceded("c-1", "1", "4000000.00", "2022-01-10"));
        assertThat(atCost.status()).as(atCost.toString()).isEqualTo(201);
        assertThat(shown(atCost.json(), "cededPrice")).as("within the free years: the cost itself")
                .isEqualTo("4000000.00 CNY");
        assertThat(shown(atCost.json(), "costReleased")).isEqualTo("4000000.00 CNY");
        assertThat(shown(atCost.json(), "realisedGain")).isEqualTo("0.00 CNY");
        assertThat(storedEventsOf(fund)).isEqualTo(before + 1);
    }

    @Test
    void cedesAStakeAfterTheFreeYearsAtCostPlusSimpleInterestAndRefusesOneFenLess() {
        paidInAndInvested(api(), fund, "{\"cededExit\": " + NATIONAL_CEDED_EXIT + "}");
        // 10 Jan 2019 to 30 Jun 2023: 1,461 days to 10 Jan 2023 (2020 is a leap year), then 21 + 28 + 31 + 30 + 31
        // + 30 = 171 more, 1,632 days held. 4,000,000.00 × 0.0435 × 1,632 ÷ 365 = 777,994.5205… → 777,994.52.
        assertThat(priceByHand("4000000.00", "0.0435", "2023-06-30")).isEqualByComparingTo("4777994.52");
        long before = storedEventsOf(fund);

        Api.Response oneFenLess = post("/investments/d-1/exits", ceded("c-1", "1", "4777994.51", "2023-06-30"));

        refused(oneFenLess, 409, "CEDED_EXIT_BELOW_PRICE").naming("proceeds.amount")
                .withDetailContaining("4777994.52");
        assertThat(storedEventsOf(fund)).isEqualTo(before);
        Api.Response atThePrice = post("/investments/d-1/exits", ceded("c-1", "1", "4777994.52", "2023-06-30"));
        assertThat(atThePrice.status()).as(atThePrice.toString()).isEqualTo(201);
        assertThat(shown(atThePrice.json(), "cededPrice")).isEqualTo("4777994.52 CNY");
        assertThat(shown(atThePrice.json(), "costReleased")).isEqualTo("4000000.00 CNY");
        assertThat(shown(atThePrice.json(), "realisedGain")).isEqualTo("777994.52 CNY");
        JsonNode recorded = lastStoredEvent("HoldingExited");
        assertThat(recorded.path("kind").asText()).isEqualTo("CEDED");
        assertThat(recorded.path("buyer").asText()).isEqualTo("Xiamen C&D Group");
        assertThat(recorded.path("cededPrice").path("amount").decimalValue()).isEqualByComparingTo("4777994.52");
        JsonNode holding = api().get("/api/funds/" + fund + "/investments/d-1?minPosition="
                + atThePrice.json().path("position").asLong()).json();
        assertThat(holding.path("closed").asBoolean()).as(holding.toString()).isTrue();
        assertThat(holding.path("exits")).singleElement().satisfies(exit -> {
            assertThat(exit.path("exitId").asText()).isEqualTo("c-1");
            assertThat(exit.path("kind").asText()).isEqualTo("CEDED");
            assertThat(exit.path("buyer").asText()).isEqualTo("Xiamen C&D Group");
            assertThat(shown(exit, "cededPrice")).isEqualTo("4777994.52 CNY");
            assertThat(shown(exit, "costReleased")).isEqualTo("4000000.00 CNY");
            assertThat(exit.path("reversal").isNull()).isTrue();
        });
    }

    @Test
    void cedesPartOfAStakeAtThePriceOfTheCostItReleases() {
        paidInAndInvested(api(), fund, "{\"cededExit\": " + NATIONAL_CEDED_EXIT + "}");
        // 0.40 × 4,000,000.00 = 1,600,000.00 released; × 0.0435 × 1,632 ÷ 365 = 311,197.8082… → 311,197.81
        assertThat(priceByHand("1600000.00", "0.0435", "2023-06-30")).isEqualByComparingTo("1911197.81");

        refused(post("/investments/d-1/exits", ceded("c-1", "0.40", "1911197.80", "2023-06-30")), 409,
                "CEDED_EXIT_BELOW_PRICE").naming("proceeds.amount");
        Api.Response atThePrice = post("/investments/d-1/exits", ceded("c-1", "0.40", "1911197.81", "2023-06-30"));

        assertThat(atThePrice.status()).as(atThePrice.toString()).isEqualTo(201);
        assertThat(shown(atThePrice.json(), "cededPrice")).isEqualTo("1911197.81 CNY");
        assertThat(shown(atThePrice.json(), "costReleased")).isEqualTo("1600000.00 CNY");
        assertThat(shown(atThePrice.json(), "realisedGain")).isEqualTo("311197.81 CNY");
    }

    @Test
    void pricesACededExitByTheTermsInForceOnItsDate() {
        paidInAndInvested(api(), fund, "{\"cededExit\": " + NATIONAL_CEDED_EXIT + "}");
        long amended = recorded(post("/policy", """
                {"amendmentId": "lpr-2023", "effectiveFrom": "2023-01-01",
                 "cededExit": {"freeYears": 3, "annualRate": "0.0365", "pricing": "AT_LEAST"}}"""));
        JsonNode before = api().get(path("?asOf=2022-12-31&minPosition=" + amended)).json().path("policy");
        JsonNode after = api().get(path("?asOf=2023-06-30&minPosition=" + amended)).json().path("policy");
        assertThat(before.path("cededExit").path("annualRate").asText()).isEqualTo("0.0435");
        assertThat(after.path("cededExit").path("annualRate").asText()).isEqualTo("0.0365");
        // 4,000,000.00 × 0.0365 × 1,632 ÷ 365 = 4,000,000.00 × 0.1632 = 652,800.00 exactly
        assertThat(priceByHand("4000000.00", "0.0365", "2023-06-30")).isEqualByComparingTo("4652800.00");

        refused(post("/investments/d-1/exits", ceded("c-1", "1", "4652799.99", "2023-06-30")), 409,
                "CEDED_EXIT_BELOW_PRICE").naming("proceeds.amount");
        Api.Response atThePrice = post("/investments/d-1/exits", ceded("c-1", "1", "4652800.00", "2023-06-30"));

        assertThat(atThePrice.status()).as(atThePrice.toString()).isEqualTo(201);
        assertThat(shown(atThePrice.json(), "cededPrice")).as("not the 4,777,994.52 of the old rate")
                .isEqualTo("4652800.00 CNY");
    }

    @Test
    void aParentCedesItsStakeInASubFundAtCostPlusInterest() {
        paidIn(api(), fund, "{\"cededExit\": " + NATIONAL_CEDED_EXIT + "}", "city", "10000000.00");
        String subFund = newFundId();
        recorded(post("/sub-funds", """
                {"subFundId": "%s", "name": "Xiamen IP sub-fund", "date": "%s",
                 "targetSize": {"amount": "10000000.00", "currency": "CNY"},
                 "parentCommitment": {"amount": "3000000.00", "currency": "CNY"}}""".formatted(subFund, INVESTED_ON)));
        // 3,000,000.00 × 0.0435 × 1,632 ÷ 365 = 583,495.8904… → 583,495.89
        assertThat(priceByHand("3000000.00", "0.0435", "2023-06-30")).isEqualByComparingTo("3583495.89");

        refused(post("/investments/" + subFund + "/exits", ceded("c-1", "1", "3583495.88", "2023-06-30")), 409,
                "CEDED_EXIT_BELOW_PRICE").naming("proceeds.amount");
        Api.Response ceded = post("/investments/" + subFund + "/exits",
                ceded("c-1", "1", "3583495.89", "2023-06-30"));

        assertThat(ceded.status()).as(ceded.toString()).isEqualTo(201);
        assertThat(ceded.header("Location")).isEqualTo("/api/funds/" + fund + "/investments/" + subFund);
        assertThat(shown(ceded.json(), "cededPrice")).isEqualTo("3583495.89 CNY");
        assertThat(shown(ceded.json(), "costReleased")).as("the parent's commitment").isEqualTo("3000000.00 CNY");
        assertThat(shown(ceded.json(), "realisedGain")).isEqualTo("583495.89 CNY");
    }

    // ---- valuations ----

    @Test
    void valuesAHoldingUnderAnIdOfItsOwnOrOneTheServerMakes() {
        long invested = paidInAndInvested(api(), fund, null);

        Api.Response valued = post("/investments/d-1/valuations", valuation("v-1", "5200000.00", "2020-12-31"));
        Api.Response unnamed = post("/investments/d-1/valuations",
                valuation("v-2", "0.00", "2021-12-31").without("valuationId").without("note")
                        .with("method", text("OTHER")));

        assertThat(valued.status()).as(valued.toString()).isEqualTo(201);
        assertThat(valued.json().path("id").asText()).isEqualTo("v-1");
        assertThat(valued.json().path("valuationId").asText()).isEqualTo("v-1");
        assertThat(valued.position()).isGreaterThan(invested);
        assertThat(valued.header("Location")).isEqualTo("/api/funds/" + fund + "/investments/d-1");
        assertThat(unnamed.status()).as("a holding may be worth nothing: " + unnamed).isEqualTo(201);
        String made = unnamed.json().path("valuationId").asText();
        assertThat(made).hasSize(36).isEqualTo(unnamed.json().path("id").asText());
        JsonNode recorded = lastStoredEvent("ValuationRecorded");
        assertThat(recorded.path("valuationId").asText()).isEqualTo(made);
        assertThat(recorded.path("fundFairValue").path("amount").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(recorded.path("method").asText()).isEqualTo("OTHER");
        assertThat(recorded.path("note").isNull()).isTrue();
    }

    // ---- a holding abroad ----

    @Test
    void valuesAndExitsAForeignHoldingInItsCurrencyAtTheRateOfEachDay() {
        paidIn(api(), fund, null, "city", "10000000.00");
        recorded(post("/investments", deal("usd-1", "500000.00", "USD", "6.8")));
        long before = storedEventsOf(fund);

        refused(post("/investments/usd-1/exits", sale("x-1", "0.5", "2130000.00", "2023-06-30")), 409,
                "CURRENCY_MISMATCH").naming("proceeds.currency");
        refused(post("/investments/usd-1/exits", sale("x-1", "0.5", "300000.00", "2023-06-30")
                .with("proceeds", money("300000.00", "USD"))), 409, "CURRENCY_MISMATCH").naming("exchangeRate");
        refused(post("/investments/usd-1/valuations", valuation("v-1", "550000.00", "2020-12-31")
                .with("fairValue", money("550000.00", "USD"))), 409, "CURRENCY_MISMATCH").naming("exchangeRate");
        assertThat(storedEventsOf(fund)).isEqualTo(before);
        Api.Response valued = post("/investments/usd-1/valuations", valuation("v-1", "550000.00", "2020-12-31")
                .with("fairValue", money("550000.00", "USD")).with("exchangeRate", text("7.0")));
        Api.Response sold = post("/investments/usd-1/exits", sale("x-1", "0.5", "300000.00", "2023-06-30")
                .with("proceeds", money("300000.00", "USD")).with("exchangeRate", text("7.1")));

        assertThat(valued.status()).as(valued.toString()).isEqualTo(201);
        assertThat(lastStoredEvent("ValuationRecorded").path("fundFairValue").path("amount").decimalValue())
                .as("550,000.00 USD × 7.0").isEqualByComparingTo("3850000.00");
        assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
        assertThat(shown(sold.json(), "costReleased")).as("half of 500,000.00 USD × 6.8").isEqualTo("1700000.00 CNY");
        assertThat(shown(sold.json(), "realisedGain")).as("300,000.00 USD × 7.1 = 2,130,000.00, less the cost")
                .isEqualTo("430000.00 CNY");
        JsonNode exit = lastStoredEvent("HoldingExited");
        assertThat(exit.path("proceeds").path("amount").decimalValue()).isEqualByComparingTo("300000.00");
        assertThat(exit.path("proceeds").path("currency").asText()).isEqualTo("USD");
        assertThat(exit.path("exchangeRate").path("value").decimalValue()).isEqualByComparingTo("7.1");
        assertThat(exit.path("fundProceeds").path("amount").decimalValue()).isEqualByComparingTo("2130000.00");
        assertThat(exit.path("fundProceeds").path("currency").asText()).isEqualTo("CNY");
    }

    // ---- a retried write ----

    @Test
    void aRetriedExitWithTheSameIdempotencyKeyIsRecordedOnceAndAnsweredAlike() {
        paidInAndInvested(api(), fund, null);
        long before = storedEventsOf(fund);
        String body = sale("ignored", "0.40", "2000000.00", "2020-06-30").without("exitId").toString();
        Map<String, String> key = Map.of("Idempotency-Key", "exit-" + fund);

        Api.Response first = api().post(path("/investments/d-1/exits"), body, key);
        Api.Response retried = api().post(path("/investments/d-1/exits"), body, key);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
        assertThat(retried.json()).isEqualTo(first.json());
        assertThat(shown(retried.json(), "costReleased")).isEqualTo("1600000.00 CNY");
        assertThat(storedEventsOf(fund)).as("one exit recorded").isEqualTo(before + 1);
    }

    /** cost × (1 + rate × days held ÷ 365), the interest half-up to the fen, from 10 January 2019. */
    private static BigDecimal priceByHand(String cost, String rate, String exitDate) {
        long days = ChronoUnit.DAYS.between(LocalDate.parse(INVESTED_ON), LocalDate.parse(exitDate));
        BigDecimal interest = new BigDecimal(cost).multiply(new BigDecimal(rate)).multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(365), 2, RoundingMode.HALF_UP);
        return new BigDecimal(cost).add(interest);
    }

    private Api.Response post(String suffix, Object body) {
        return api().post(path(suffix), body.toString());
    }

    private String path(String suffix) {
        return "/api/funds/" + fund + suffix;
    }

    private static String shown(JsonNode node, String field) {
        JsonNode money = node.path(field);
        return money.path("amount").asText() + " " + money.path("currency").asText();
    }

    private static BigDecimal amount(JsonNode node, String field) {
        return new BigDecimal(node.path(field).path("amount").asText());
    }

    /** The payload of the fund's last stored event of this type, as the store holds it. */
    private JsonNode lastStoredEvent(String type) {
        String payload = jdbc.queryForObject("""
                SELECT convert_from(payload, 'UTF8') FROM domainevententry
                WHERE aggregateidentifier = ? AND payloadtype = ? ORDER BY sequencenumber DESC LIMIT 1""",
                String.class, fund, "org.ipfund.domain.holding." + type);
        try {
            return STORED.readTree(payload);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
