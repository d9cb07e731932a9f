package org.ipfund.app.exit;

import static org.ipfund.app.testing.Funds.call;
import static org.ipfund.app.testing.Funds.commitment;
import static org.ipfund.app.testing.Funds.contribution;
import static org.ipfund.app.testing.Funds.recorded;

import java.math.BigDecimal;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.JsonBody;

/**
 * The second half of a fund's life as a client sends it: a fund whose investors paid in, a deal it made, and the
 * valuations, exits, distributions and corrections that follow, each a {@link JsonBody} whose fields can be replaced or
 * left out one by one.
 */
final class Exits {

    static final String LAUNCH = "2018-12-01";
    static final String INVESTED_ON = "2019-01-10";
    /** 财企〔2007〕128号: three years at cost, then the one-year benchmark rate of 4.35%, and not lower than that. */
    static final String NATIONAL_CEDED_EXIT = """
            {"freeYears": 3, "annualRate": "0.0435", "pricing": "AT_LEAST"}""";

    private Exits() {
    }

    /**
     * A guidance fund launched with {@code policyJson} (null: none), one investor's 10,000,000.00 committed, called and
     * paid in on the launch date, and deal {@code d-1} of 4,000,000.00 on {@value #INVESTED_ON}; answers the position
     * of the deal.
     */
    static long paidInAndInvested(Api api, String fund, String policyJson) {
        paidIn(api, fund, policyJson, "city", "10000000.00");
        return recorded(api.post(path(fund, "/investments"), deal("d-1", "4000000.00", "CNY", null).toString()));
    }

    /**
     * A guidance fund whose investors paid in full on the launch date: {@code commitments} are pairs of a commitment id
     * and its amount, recorded in that order, all local fiscal money.
     */
    static void paidIn(Api api, String fund, String policyJson, String... commitments) {
        String policy = policyJson == null ? "" : ", \"policy\": " + policyJson;
        recorded(api.post("/api/funds", """
                {"fundId": "%s", "name": "Xiamen IP guidance fund", "type": "GUIDANCE", "currency": "CNY",
                 "launchDate": "%s"%s}""".formatted(fund, LAUNCH, policy)));
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < commitments.length; i += 2) {
            recorded(api.post(path(fund, "/commitments"), commitment(commitments[i], "investor " + commitments[i],
                    "LOCAL_FISCAL", commitments[i + 1], LAUNCH)));
            total = total.add(new BigDecimal(commitments[i + 1]));
        }
        recorded(api.post(path(fund, "/capital-calls"), call("k1", total.toPlainString(), LAUNCH)));
        for (int i = 0; i < commitments.length; i += 2) {
            recorded(api.post(path(fund, "/contributions"), contribution("p-" + commitments[i], commitments[i], "k1",
                    commitments[i + 1], LAUNCH)));
        }
    }

    /** A direct investment on {@value #INVESTED_ON}; {@code rate} (null: none) for a deal in another currency. */
    static JsonBody deal(String investmentId, String amount, String currency, String rate) {
        JsonBody deal = new JsonBody()
                .with("investmentId", text(investmentId))
                .with("kind", text("DIRECT"))
                .with("company", "{\"name\": " + text("company " + investmentId) + "}")
                .with("amount", money(amount, currency))
                .with("date", text(INVESTED_ON));
        return rate == null ? deal : deal.with("exchangeRate", text(rate));
    }

    static JsonBody valuation(String valuationId, String fairValue, String date) {
        return new JsonBody()
                .with("valuationId", text(valuationId))
                .with("fairValue", money(fairValue, "CNY"))
                .with("date", text(date))
                .with("method", text("MULTIPLES"))
                .with("note", text("EV/EBITDA of listed peers"));
    }

    static JsonBody sale(String exitId, String share, String proceeds, String date) {
        return new JsonBody()
                .with("exitId", text(exitId))
                .with("kind", text("SALE"))
                .with("share", text(share))
                .with("proceeds", money(proceeds, "CNY"))
                .with("buyer", text("Fujian Investment Group"))
                .with("date", text(date));
    }

    static JsonBody ceded(String exitId, String share, String proceeds, String date) {
        return sale(exitId, share, proceeds, date)
                .with("kind", text("CEDED"))
                .with("buyer", text("Xiamen C&D Group"));
    }

    static JsonBody writeOff(String exitId, String date) {
        return sale(exitId, "1", "0.00", date).with("kind", text("WRITE_OFF")).without("buyer");
    }

    static JsonBody distribution(String distributionId, String amount, String date) {
        return new JsonBody()
                .with("distributionId", text(distributionId))
                .with("amount", money(amount, "CNY"))
                .with("date", text(date));
    }

    static JsonBody correction(String correctionId, String reverses, String date) {
        return new JsonBody()
                .with("correctionId", text(correctionId))
                .with("reverses", text(reverses))
                .with("reason", text("recorded against the wrong deal"))
                .with("date", text(date));
    }

    static String money(String amount, String currency) {
        return "{\"amount\": " + text(amount) + ", \"currency\": " + text(currency) + "}";
    }

    /** A JSON string; the tests' own texts hold no quotes or backslashes. */
    static String text(String value) {
        return "\"" + value + "\"";
    }

    static String path(String fund, String suffix) {
        return "/api/funds/" + fund + suffix;
    }
}
