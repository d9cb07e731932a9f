package org.ipfund.app.capital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.testing.Funds.commitment;
import static org.ipfund.app.testing.Funds.contribution;
import static org.ipfund.app.testing.Funds.launch;
import static org.ipfund.app.testing.Funds.newFundId;
import static org.ipfund.app.testing.Funds.recorded;
import static org.ipfund.app.testing.Refusal.refused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.EndToEndTest;
import org.junit.jupiter.api.Test;

/**
 * What a fund may invest, read over HTTP and then spent: {@code investable} on a date is exactly what a new
 * investment dated that day may use, whatever later-dated facts and policy changes were recorded before it.
 */
class InvestableEndToEndTest extends EndToEndTest {

    private static final LocalDate LAUNCH = LocalDate.of(2017, 3, 1);

    @Test
    void countsCalledButUnpaidCommitmentsWhereThePolicyInvestsUnfundedMoney() {
        String fund = newFundId();
        Api api = api();
        recorded(api.post("/api/funds", launch(fund, "GUIDANCE", "2017-03-01", "{\"investUncalledCommitments\": true}")));
        recorded(api.post(path(fund, "/commitments"), commitment("city", "Xiamen Finance Bureau", "LOCAL_FISCAL",
                "10000000.00", "2017-03-02")));
        recorded(api.post(path(fund, "/investments"), direct("d1", "6000000.00", "2017-03-10")));
        long last = recorded(api.post(path(fund, "/capital-calls"), call("call-1", "10000000.00", "2017-03-20", "city")));

        Api.Response position = api.get(path(fund, "?asOf=2017-04-01&minPosition=" + last));
        assertThat(position.status()).as(position.toString()).isEqualTo(200);
        assertThat(position.amount("called")).isEqualTo("10000000.00");
        assertThat(position.amount("paidIn")).isEqualTo("0.00");
        assertThat(position.amount("available")).isEqualTo("4000000.00");
        assertThat(position.amount("investable")).isEqualTo("4000000.00");

        refused(api.post(path(fund, "/investments"), direct("d2", "4000000.01", "2017-04-01")), 409,
                "INSUFFICIENT_CAPITAL");
        recorded(api.post(path(fund, "/investments"), direct("d2", "4000000.00", "2017-04-01")));
    }

    /** Each run plays other histories; {@code -Dinvestable.seed=} replays the one a failure names. */
    @Test
    void investingExactlyWhatIsInvestableSucceedsAndOneFenMoreIsRefusedWhateverTheHistory() {
        long firstSeed = Long.getLong("investable.seed", new Random().nextLong());
        int spent = 0;
        for (int history = 0; history < 5; history++) {
            long seed = firstSeed + history;
            try {
                spent += playAndSpend(seed);
            } catch (AssertionError failed) {
                throw new AssertionError("history of seed " + seed + " (-Dinvestable.seed=" + seed + "): "
                        + failed.getMessage(), failed);
            }
        }
        assertThat(spent).as("investments of exactly what was investable, from seed " + firstSeed).isPositive();
    }

    /**
     * A random history with back-dated facts and policy changes, then spending what is investable on a few dates;
     * answers how many of those investments had something to spend.
     */
    private int playAndSpend(long seed) {
        Random random = new Random(seed);
        Api api = api();
        String fund = newFundId();
        String story = "seed " + seed + ", fund " + fund;
        long last = recorded(api.post("/api/funds", launch(fund, "GUIDANCE", LAUNCH.toString(),
                "{\"investUncalledCommitments\": " + random.nextBoolean() + "}")));
        int ids = 0;
        for (int step = 0; step < 14; step++) {
            LocalDate date = anyDate(random);
            String id = "f" + (++ids);
            Api.Response response = switch (random.nextInt(5)) {
                case 0, 1 -> fund(api, fund, id, amount(random, 5_000_000), date, random);
                case 2, 3 -> api.post(path(fund, "/investments"), direct(id, amount(random, 3_000_000), date.toString()));
                default -> api.post(path(fund, "/policy"), """
                        {"amendmentId": "%s", "effectiveFrom": "%s", "investUncalledCommitments": %s}"""
                        .formatted(id, date, random.nextBoolean()));
            };
            assertThat(response.status()).as(story + ": " + response).isIn(201, 409);
            if (response.status() == 201) {
                last = Math.max(last, response.position());
            }
        }
        int spentExactly = 0;
        for (int spend = 0; spend < 3; spend++) {
            LocalDate date = anyDate(random);
            Api.Response position = api.get(path(fund, "?asOf=" + date + "&minPosition=" + last));
            assertThat(position.status()).as(story + ": " + position).isEqualTo(200);
            BigDecimal investable = new BigDecimal(position.amount("investable"));
            String onDate = story + ", investable " + investable + " on " + date;

            String beyond = investable.max(BigDecimal.ZERO).add(new BigDecimal("0.01")).toPlainString();
            refused(api.post(path(fund, "/investments"), direct("beyond-" + spend, beyond, date.toString())), 409,
                    "INSUFFICIENT_CAPITAL").withDetailContaining(investable.toPlainString());
            if (investable.signum() > 0) {
                Api.Response spent = api.post(path(fund, "/investments"),
                        direct("exact-" + spend, investable.toPlainString(), date.toString()));
                assertThat(spent.status()).as(onDate + ": " + spent).isEqualTo(201);
                last = spent.position();
                Api.Response after = api.get(path(fund, "?asOf=" + date + "&minPosition=" + last));
                assertThat(after.amount("investable")).as(onDate).isEqualTo("0.00");
                spentExactly++;
            }
        }
        return spentExactly;
    }

    /** A commitment, a call of part of it and a contribution of part of that, each dated on or after the one before. */
    private Api.Response fund(Api api, String fund, String id, String amount, LocalDate date, Random random) {
        Api.Response committed = api.post(path(fund, "/commitments"), commitment(id, "investor " + id,
                random.nextBoolean() ? "LOCAL_FISCAL" : "SOCIAL", amount, date.toString()));
        if (committed.status() != 201 || random.nextInt(4) == 0) {
            return committed;
        }
        LocalDate called = date.plusDays(random.nextInt(30));
        BigDecimal asked = new BigDecimal(amount).multiply(BigDecimal.valueOf(1 + random.nextInt(10)))
                .divide(BigDecimal.TEN, 2, java.math.RoundingMode.DOWN);
        Api.Response call = api.post(path(fund, "/capital-calls"), call("k-" + id, asked.toPlainString(),
                called.toString(), id));
        if (call.status() != 201 || random.nextInt(4) == 0) {
            return call;
        }
        String paid = random.nextBoolean() ? asked.toPlainString()
                : asked.divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.DOWN).max(new BigDecimal("0.01"))
                .toPlainString();
        return api.post(path(fund, "/contributions"), contribution("p-" + id, id, "k-" + id, paid,
                called.plusDays(random.nextInt(30)).toString()));
    }

    private static LocalDate anyDate(Random random) {
        return LAUNCH.plusDays(random.nextInt(300));
    }

    private static String amount(Random random, int maxYuan) {
        return BigDecimal.valueOf(1 + random.nextInt(maxYuan * 100), 2).toPlainString();
    }

    private static String direct(String investmentId, String amount, String date) {
        return """
                {"investmentId": "%s", "kind": "DIRECT", "company": {"name": "Company %s"},
                 "amount": {"amount": "%s", "currency": "CNY"}, "date": "%s"}"""
                .formatted(investmentId, investmentId, amount, date);
    }

    private static String call(String callId, String amount, String date, String commitmentId) {
        return """
                {"callId": "%s", "amount": {"amount": "%s", "currency": "CNY"}, "date": "%s",
                 "commitmentIds": ["%s"]}""".formatted(callId, amount, date, commitmentId);
    }

    private static String path(String fund, String suffix) {
        return "/api/funds/" + fund + suffix;
    }
}
