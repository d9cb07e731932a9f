package org.ipfund.app.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.exit.Exits.deal;
import static org.ipfund.app.exit.Exits.distribution;
import static org.ipfund.app.exit.Exits.money;
import static org.ipfund.app.exit.Exits.paidIn;
import static org.ipfund.app.exit.Exits.paidInAndInvested;
import static org.ipfund.app.exit.Exits.sale;
import static org.ipfund.app.exit.Exits.text;
import static org.ipfund.app.testing.Funds.commitment;
import static org.ipfund.app.testing.Funds.newFundId;
import static org.ipfund.app.testing.Funds.recorded;
import static org.ipfund.app.testing.Refusal.refused;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.ipfund.app.testing.JsonBody;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.EndToEndTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Distributions over HTTP on PostgreSQL: three investors paid in 5, 3 and 2 million; the fund invested 4,000,000.00 and
 * sold the deal for 6,000,000.00, so it holds 12,000,000.00. Each distribution returns capital first, pro rata to what
 * each has not had back, then gain pro rata to paid-in, the fen left over to the largest remainders; none may pay out
 * more than the fund holds.
 */
class DistributionsEndToEndTest extends EndToEndTest {

    private final String fund = newFundId();

    @Test
    void returnsCapitalFirstThenGainEachSplitByLargestRemainderAndPaysOutExactlyTheCashHeld() {
        soldForSixMillion();

        Api.Response capitalOnly = post("/distributions", distribution("r-1", "1000000.01", "2021-04-30"));

        assertThat(capitalOnly.status()).as(capitalOnly.toString()).isEqualTo(201);
        assertThat(capitalOnly.json().path("id").asText()).isEqualTo("r-1");
        assertThat(capitalOnly.json().path("distributionId").asText()).isEqualTo("r-1");
        assertThat(capitalOnly.header("Location")).isEqualTo("/api/funds/" + fund + "/distributions/r-1");
        // 5 : 3 : 2 of 1,000,000.01 is 500,000.005, 300,000.003 and 200,000.002: a's remainder is the largest
        assertThat(allocations(capitalOnly)).containsExactly(
                "a investor a LOCAL_FISCAL 500000.01 = 500000.01 + 0.00",
                "b investor b LOCAL_FISCAL 300000.00 = 300000.00 + 0.00",
                "c investor c LOCAL_FISCAL 200000.00 = 200000.00 + 0.00");

        Api.Response crossing = post("/distributions", distribution("r-2", "10000000.00", "2021-06-30"));

        assertThat(crossing.status()).as(crossing.toString()).isEqualTo(201);
        // the 8,999,999.99 of capital not yet returned, all of it; then 1,000,000.01 of gain, 5 : 3 : 2 as above
        assertThat(allocations(crossing)).containsExactly(
                "a investor a LOCAL_FISCAL 5000000.00 = 4499999.99 + 500000.01",
                "b investor b LOCAL_FISCAL 3000000.00 = 2700000.00 + 300000.00",
                "c investor c LOCAL_FISCAL 2000000.00 = 1800000.00 + 200000.00");
        assertThat(sum(capitalOnly, "returnOfCapital").add(sum(crossing, "returnOfCapital")))
                .as("all paid-in capital back, once").isEqualByComparingTo("10000000.00");
        assertThat(sum(crossing, "amount")).isEqualByComparingTo("10000000.00");

        long before = storedEventsOf(fund);
        Api.Response oneFenTooMuch = post("/distributions", distribution("r-3", "1000000.00", "2021-07-31"));
        // 10,000,000.00 paid in − 4,000,000.00 invested + 6,000,000.00 proceeds − 11,000,000.01 distributed
        refused(oneFenTooMuch, 409, "INSUFFICIENT_CASH").naming("amount.amount").withDetailContaining("999999.99");
        assertThat(storedEventsOf(fund)).isEqualTo(before);

        Api.Response allThatIsLeft = post("/distributions", distribution("r-3", "999999.99", "2021-07-31"));

        assertThat(allThatIsLeft.status()).as(allThatIsLeft.toString()).isEqualTo(201);
        // all gain: 499,999.995, 299,999.997 and 199,999.998 leave two fen, to c's .008 and b's .007, not a's .005
        assertThat(allocations(allThatIsLeft)).containsExactly(
                "a investor a LOCAL_FISCAL 499999.99 = 0.00 + 499999.99",
                "b investor b LOCAL_FISCAL 300000.00 = 0.00 + 300000.00",
                "c investor c LOCAL_FISCAL 200000.00 = 0.00 + 200000.00");
        JsonNode recorded = lastDistribution();
        assertThat(recorded.path("amount").path("amount").decimalValue()).isEqualByComparingTo("999999.99");
        assertThat(recorded.path("fromProceeds").path("amount").decimalValue().add(
                recorded.path("fromCapital").path("amount").decimalValue())).isEqualByComparingTo("999999.99");
    }

    @Test
    void refusesADistributionBeforeAnyoneHasPaidIn() {
        recorded(api().post("/api/funds", """
                {"fundId": "%s", "name": "Xiamen IP guidance fund", "type": "GUIDANCE", "currency": "CNY",
                 "launchDate": "%s"}""".formatted(fund, Exits.LAUNCH)));
        recorded(post("/commitments", commitment("a", "investor a", "LOCAL_FISCAL", "5000000.00", Exits.LAUNCH)));

        Api.Response response = recordingNothing(() -> post("/distributions",
                distribution("r-1", "1.00", "2019-06-30")));

        refused(response, 409, "NOTHING_PAID_IN").naming("date").withDetailContaining("2019-06-30");
    }

    @Test
    void refusesADistributionDatedBeforeOneThatStandsAndAcceptsOneOnItsDay() {
        soldForSixMillion();
        recorded(post("/distributions", distribution("r-1", "1000000.00", "2021-06-30")));

        Api.Response earlier = recordingNothing(() -> post("/distributions",
                distribution("r-2", "1000000.00", "2021-06-29")));

        refused(earlier, 409, "LATER_DISTRIBUTION_STANDS").naming("date").withDetailContaining("r-1", "2021-06-30");
        recorded(post("/distributions", distribution("r-2", "1000000.00", "2021-06-30")));
    }

    @Test
    void refusesPayingOutCashTheFundOnlyHoldsLater() {
        paidInAndInvested(api(), fund, null);
        recorded(post("/investments/d-1/exits", sale("x-1", "1", "6000000.00", "2021-03-31")));

        Api.Response beforeTheProceeds = recordingNothing(() -> post("/distributions",
                distribution("r-1", "6000000.01", "2021-03-30")));

        refused(beforeTheProceeds, 409, "INSUFFICIENT_CASH").naming("amount.amount")
                .withDetailContaining("6000000.00");
        recorded(post("/distributions", distribution("r-1", "12000000.00", "2021-03-31")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDistributions")
    void refusesADistributionWithInvalidInputNamingTheFieldAndRecordsNothing(String description, JsonBody body,
                                                                            int status, String code, String field) {
        paidInAndInvested(api(), fund, null);

        Api.Response response = recordingNothing(() -> post("/distributions", body));

        refused(response, status, code).naming(field);
    }

    static Stream<Arguments> invalidDistributions() {
        JsonBody valid = distribution("r-1", "1000000.00", "2021-06-30");
        return Stream.of(
                arguments("no amount", valid.without("amount"), 400, "INVALID_INPUT", "amount"),
                arguments("an amount of nothing", valid.with("amount", money("0.00", "CNY")), 400, "INVALID_INPUT",
                        "amount.amount"),
                arguments("a negative amount", valid.with("amount", money("-1.00", "CNY")), 400, "INVALID_INPUT",
                        "amount.amount"),
                arguments("an amount of a tenth of a fen", valid.with("amount", money("0.001", "CNY")), 400,
                        "INVALID_INPUT", "amount.amount"),
                arguments("an amount in words", valid.with("amount", "{\"amount\": \"a million\", \"currency\":"
                        + " \"CNY\"}"), 400, "INVALID_VALUE", "amount.amount"),
                arguments("no date", valid.without("date"), 400, "INVALID_INPUT", "date"),
                arguments("a date that does not exist", valid.with("date", text("2021-06-31")), 400, "INVALID_VALUE",
                        "date"),
                arguments("a distribution id of two dots", valid.with("distributionId", text("..")), 400,
                        "INVALID_INPUT", "distributionId"),
                arguments("an unknown field", valid.with("investor", text("investor a")), 400, "UNKNOWN_FIELD",
                        "investor"),
                arguments("another currency than the fund's", valid.with("amount", money("1000000.00", "USD")), 409,
                        "CURRENCY_MISMATCH", "amount.currency"));
    }

    @Test
    void aRetriedDistributionWithTheSameIdempotencyKeyIsRecordedOnceAndAnsweredAlike() {
        soldForSixMillion();
        long before = storedEventsOf(fund);
        String body = distribution("ignored", "1000000.01", "2021-04-30").without("distributionId").toString();
        Map<String, String> key = Map.of("Idempotency-Key", "distribution-" + fund);

        Api.Response first = api().post("/api/funds/" + fund + "/distributions", body, key);
        Api.Response retried = api().post("/api/funds/" + fund + "/distributions", body, key);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retried.json()).isEqualTo(first.json());
        assertThat(allocations(retried)).hasSize(3);
        assertThat(storedEventsOf(fund)).as("one distribution recorded").isEqualTo(before + 1);
    }

    /** Three investors paid in 5, 3 and 2 million; a deal of 4,000,000.00 was sold whole for 6,000,000.00. */
    private void soldForSixMillion() {
        paidIn(api(), fund, null, "a", "5000000.00", "b", "3000000.00", "c", "2000000.00");
        recorded(post("/investments", deal("d-1", "4000000.00", "CNY", null)));
        recorded(post("/investments/d-1/exits", sale("x-1", "1", "6000000.00", "2021-03-31")));
    }

    /** Each allocation as "commitment investor source amount = capital + gain". */
    private static List<String> allocations(Api.Response distributed) {
        List<String> shown = new ArrayList<>();
        for (JsonNode allocation : distributed.json().path("allocations")) {
            assertThat(allocation.path("amount").path("currency").asText()).isEqualTo("CNY");
            BigDecimal amount = new BigDecimal(allocation.path("amount").path("amount").asText());
            BigDecimal capital = new BigDecimal(allocation.path("returnOfCapital").path("amount").asText());
            BigDecimal gain = new BigDecimal(allocation.path("gain").path("amount").asText());
            assertThat(capital.add(gain)).as(allocation.toString()).isEqualByComparingTo(amount);
            shown.add("%s %s %s %s = %s + %s".formatted(allocation.path("commitmentId").asText(),
                    allocation.path("investor").asText(), allocation.path("source").asText(), amount, capital, gain));
        }
        return shown;
    }

    private static BigDecimal sum(Api.Response distributed, String field) {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode allocation : distributed.json().path("allocations")) {
            total = total.add(new BigDecimal(allocation.path(field).path("amount").asText()));
        }
        return total;
    }

    private JsonNode lastDistribution() {
        String payload = jdbc.queryForObject("""
                SELECT convert_from(payload, 'UTF8') FROM domainevententry
                WHERE aggregateidentifier = ? AND payloadtype = 'org.ipfund.domain.fund.CapitalDistributed'
                ORDER BY sequencenumber DESC LIMIT 1""", String.class, fund);
        try {
            return new ObjectMapper().readTree(payload);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private Api.Response recordingNothing(Supplier<Api.Response> request) {
        long before = storedEvents();
        Api.Response response = request.get();
        assertThat(storedEvents()).as("events stored after " + response).isEqualTo(before);
        return response;
    }

    private Api.Response post(String suffix, Object body) {
        return api().post("/api/funds/" + fund + suffix, body.toString());
    }
}
