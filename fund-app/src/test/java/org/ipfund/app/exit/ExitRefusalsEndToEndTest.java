package org.ipfund.app.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.exit.Exits.NATIONAL_CEDED_EXIT;
import static org.ipfund.app.exit.Exits.ceded;
import static org.ipfund.app.exit.Exits.correction;
import static org.ipfund.app.exit.Exits.money;
import static org.ipfund.app.exit.Exits.paidInAndInvested;
import static org.ipfund.app.exit.Exits.sale;
import static org.ipfund.app.exit.Exits.text;
import static org.ipfund.app.exit.Exits.valuation;
import static org.ipfund.app.exit.Exits.writeOff;
import static org.ipfund.app.testing.Funds.newFundId;
import static org.ipfund.app.testing.Funds.recorded;
import static org.ipfund.app.testing.Refusal.refused;
import static org.junit.jupiter.params.provider.Arguments.arguments;

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
 * Every refusal of a valuation or an exit as a client meets it over HTTP: problem details with a stable code, the
 * field at fault, and nothing recorded. Each rule that refuses also has its boundary case accepted.
 */
class ExitRefusalsEndToEndTest extends EndToEndTest {

    private static final JsonBody SALE = sale("x-1", "0.40", "2000000.00", "2020-06-30");
    private static final JsonBody VALUATION = valuation("v-1", "5200000.00", "2020-12-31");

    private final String fund = newFundId();

    // ---- input that is malformed or invalid: 400 ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidExits")
    void refusesAnExitWithInvalidInputNamingTheFieldAndRecordsNothing(String description, JsonBody body, String code,
                                                                     String field) {
        paidInAndInvested(api(), fund, null);

        Api.Response response = recordingNothing(() -> post("/investments/d-1/exits", body));

        refused(response, 400, code).naming(field).withDetailContaining(field);
    }

    static Stream<Arguments> invalidExits() {
        return Stream.of(
                arguments("no kind", SALE.without("kind"), "INVALID_INPUT", "kind"),
                arguments("an unknown kind", SALE.with("kind", text("LIQUIDATION")), "INVALID_VALUE", "kind"),
                arguments("a kind in lower case", SALE.with("kind", text("sale")), "INVALID_VALUE", "kind"),
                arguments("no share", SALE.without("share"), "INVALID_INPUT", "share"),
                arguments("a share of nothing", SALE.with("share", text("0")), "INVALID_INPUT", "share"),
                arguments("a negative share", SALE.with("share", text("-0.40")), "INVALID_INPUT", "share"),
                arguments("a share above the whole", SALE.with("share", text("1.0001")), "INVALID_INPUT", "share"),
                arguments("a share of eleven decimal places", SALE.with("share", text("0.33333333333")),
                        "INVALID_INPUT", "share"),
                arguments("a share in words", SALE.with("share", text("forty percent")), "INVALID_VALUE", "share"),
                arguments("no proceeds", SALE.without("proceeds"), "INVALID_INPUT", "proceeds"),
                arguments("negative proceeds", SALE.with("proceeds", money("-1.00", "CNY")), "INVALID_INPUT",
                        "proceeds.amount"),
                arguments("proceeds of a tenth of a fen", SALE.with("proceeds", money("2000000.001", "CNY")),
                        "INVALID_INPUT", "proceeds.amount"),
                arguments("proceeds in no currency", SALE.with("proceeds", money("2000000.00", "XXX")),
                        "CURRENCY_NOT_MONEY", "proceeds.currency"),
                arguments("proceeds in a currency in lower case", SALE.with("proceeds", money("2000000.00", "cny")),
                        "INVALID_INPUT", "proceeds.currency"),
                arguments("an exchange rate of nothing", SALE.with("exchangeRate", text("0")), "INVALID_INPUT",
                        "exchangeRate"),
                arguments("a buyer of 201 characters", SALE.with("buyer", text("b".repeat(201))), "INVALID_INPUT",
                        "buyer"),
                arguments("no date", SALE.without("date"), "INVALID_INPUT", "date"),
                arguments("a date that does not exist", SALE.with("date", text("2021-02-29")), "INVALID_VALUE",
                        "date"),
                arguments("a date not in ISO form", SALE.with("date", text("30/06/2020")), "INVALID_VALUE", "date"),
                arguments("an exit id with a space", SALE.with("exitId", text("x 1")), "INVALID_INPUT", "exitId"),
                arguments("an unknown field", SALE.with("price", money("2000000.00", "CNY")), "UNKNOWN_FIELD",
                        "price"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidValuations")
    void refusesAValuationWithInvalidInputNamingTheFieldAndRecordsNothing(String description, JsonBody body, String code,
                                                                         String field) {
        paidInAndInvested(api(), fund, null);

        Api.Response response = recordingNothing(() -> post("/investments/d-1/valuations", body));

        refused(response, 400, code).naming(field).withDetailContaining(field);
    }

    static Stream<Arguments> invalidValuations() {
        return Stream.of(
                arguments("no fair value", VALUATION.without("fairValue"), "INVALID_INPUT", "fairValue"),
                arguments("a negative fair value", VALUATION.with("fairValue", money("-0.01", "CNY")),
                        "INVALID_INPUT", "fairValue.amount"),
                arguments("a fair value without a currency", VALUATION.with("fairValue", "{\"amount\": \"1.00\"}"),
                        "INVALID_INPUT", "fairValue.currency"),
                arguments("no method", VALUATION.without("method"), "INVALID_INPUT", "method"),
                arguments("an unknown method", VALUATION.with("method", text("GUESS")), "INVALID_VALUE", "method"),
                arguments("no date", VALUATION.without("date"), "INVALID_INPUT", "date"),
                arguments("a date given as a number", VALUATION.with("date", "20201231"), "INVALID_VALUE", "date"),
                arguments("a note of 1001 characters", VALUATION.with("note", text("n".repeat(1001))),
                        "INVALID_INPUT", "note"),
                arguments("a valuation id of 65 characters", VALUATION.with("valuationId", text("v".repeat(65))),
                        "INVALID_INPUT", "valuationId"));
    }

    @Test
    void refusesAMalformedInvestmentIdInThePath() {
        paidInAndInvested(api(), fund, null);

        Api.Response response = recordingNothing(() -> post("/investments/" + "d".repeat(65) + "/exits", SALE));

        refused(response, 400, "INVALID_INPUT").naming("investmentId");
    }

    // ---- the fund's rules: 404 and 409 ----

    @Test
    void refusesAnExitOrAValuationOfAHoldingTheFundDoesNotHave() {
        paidInAndInvested(api(), fund, null);

        refused(recordingNothing(() -> post("/investments/no-such-deal/exits", SALE)), 404, "INVESTMENT_NOT_FOUND")
                .naming("investmentId").withDetailContaining("no-such-deal");
        refused(recordingNothing(() -> post("/investments/no-such-deal/valuations", VALUATION)), 404,
                "INVESTMENT_NOT_FOUND").naming("investmentId");
        refused(api().post("/api/funds/" + newFundId() + "/investments/d-1/exits", SALE.toString()), 404,
                "FUND_NOT_FOUND");
    }

    @Test
    void refusesAnExitOfAReversedDeal() {
        paidInAndInvested(api(), fund, null);
        recorded(post("/corrections", correction("undo-d-1", "d-1", "2019-02-01")));

        Api.Response response = recordingNothing(() -> post("/investments/d-1/exits", SALE));

        refused(response, 409, "INVESTMENT_REVERSED").naming("investmentId");
    }

    @Test
    void refusesAValuationOrAnExitDatedBeforeTheInvestmentAndAcceptsOneOnItsDay() {
        paidInAndInvested(api(), fund, null);

        refused(recordingNothing(() -> post("/investments/d-1/valuations", VALUATION.with("date",
                text("2019-01-09")))), 409, "DATE_BEFORE_INVESTMENT").naming("date").withDetailContaining("2019-01-10");
        refused(recordingNothing(() -> post("/investments/d-1/exits", SALE.with("date", text("2019-01-09")))), 409,
                "DATE_BEFORE_INVESTMENT").naming("date");
        recorded(post("/investments/d-1/valuations", VALUATION.with("date", text("2019-01-10"))));
        recorded(post("/investments/d-1/exits", SALE.with("date", text("2019-01-10"))));
    }

    @Test
    void refusesAnythingOnAHoldingFromTheDayItClosedAndAcceptsItTheDayBefore() {
        paidInAndInvested(api(), fund, null);
        recorded(post("/investments/d-1/exits", writeOff("w-1", "2021-12-31")));

        refused(recordingNothing(() -> post("/investments/d-1/valuations", VALUATION.with("date",
                text("2021-12-31")))), 409, "HOLDING_CLOSED").naming("date").withDetailContaining("2021-12-31");
        refused(recordingNothing(() -> post("/investments/d-1/exits", SALE.with("date", text("2022-01-01")))), 409,
                "HOLDING_CLOSED").naming("date");
        refused(recordingNothing(() -> post("/investments/d-1/co-investors", """
                {"coInvestmentId": "co-1", "investor": "Xiamen C&D Group", "source": "STATE_OWNED",
                 "amount": {"amount": "1000000.00", "currency": "CNY"}, "date": "2022-01-01"}""")), 409,
                "HOLDING_CLOSED").naming("date");
        recorded(post("/investments/d-1/valuations", VALUATION.with("date", text("2021-12-30"))));
    }

    @Test
    void refusesAnExitDatedBeforeALaterExitThatStandsAndAcceptsOneOnItsDay() {
        paidInAndInvested(api(), fund, null);
        recorded(post("/investments/d-1/exits", SALE.with("date", text("2021-06-30"))));

        Api.Response earlier = recordingNothing(() -> post("/investments/d-1/exits",
                sale("x-2", "0.5", "1000000.00", "2021-06-29")));

        refused(earlier, 409, "LATER_EXIT_STANDS").naming("date").withDetailContaining("x-1", "2021-06-30");
        recorded(post("/investments/d-1/exits", sale("x-2", "0.5", "1000000.00", "2021-06-30")));
    }

    @Test
    void refusesAClosingExitDatedBeforeALaterValuationButTakesAPartialOne() {
        paidInAndInvested(api(), fund, null);
        recorded(post("/investments/d-1/valuations", VALUATION.with("date", text("2021-12-31"))));

        Api.Response closing = recordingNothing(() -> post("/investments/d-1/exits",
                sale("x-1", "1", "5000000.00", "2021-06-30")));

        refused(closing, 409, "HOLDING_HAS_LATER_FACTS").naming("date").withDetailContaining("v-1", "2021-12-31");
        recorded(post("/investments/d-1/exits", sale("x-1", "0.99", "5000000.00", "2021-06-30")));
        recorded(post("/investments/d-1/exits", sale("x-2", "1", "100000.00", "2021-12-31")));
    }

    @Test
    void refusesASaleForNothingAndAWriteOffForSomething() {
        paidInAndInvested(api(), fund, null);

        refused(recordingNothing(() -> post("/investments/d-1/exits", SALE.with("proceeds", money("0.00", "CNY")))),
                409, "PROCEEDS_REQUIRED").naming("proceeds.amount");
        refused(recordingNothing(() -> post("/investments/d-1/exits", writeOff("w-1", "2021-12-31")
                .with("proceeds", money("0.01", "CNY")))), 409, "WRITE_OFF_WITH_PROCEEDS").naming("proceeds.amount");
        recorded(post("/investments/d-1/exits", SALE.with("proceeds", money("0.01", "CNY"))));
        recorded(post("/investments/d-1/exits", writeOff("w-1", "2021-12-31")));
    }

    @Test
    void refusesACededExitWithoutABuyerOrWithoutCededExitTerms() {
        paidInAndInvested(api(), fund, null);
        JsonBody ceded = ceded("c-1", "1", "4000000.00", "2021-06-30");

        refused(recordingNothing(() -> post("/investments/d-1/exits", ceded.without("buyer"))), 409,
                "BUYER_REQUIRED").naming("buyer");
        refused(recordingNothing(() -> post("/investments/d-1/exits", ceded.with("buyer", text("\u3000")))), 409,
                "BUYER_REQUIRED").naming("buyer");
        refused(recordingNothing(() -> post("/investments/d-1/exits", ceded)), 409, "NO_CEDED_EXIT_TERMS")
                .naming("kind").withDetailContaining("2021-06-30");
        recorded(post("/policy", """
                {"effectiveFrom": "2021-06-30", "cededExit": %s}""".formatted(NATIONAL_CEDED_EXIT)));
        recorded(post("/investments/d-1/exits", ceded));
    }

    @Test
    void refusesProceedsInAnotherCurrencyThanTheHoldingsAndARateForOneInTheFundsOwn() {
        paidInAndInvested(api(), fund, null);

        refused(recordingNothing(() -> post("/investments/d-1/exits", SALE.with("proceeds",
                money("300000.00", "USD")).with("exchangeRate", text("7.1")))), 409, "CURRENCY_MISMATCH")
                .naming("proceeds.currency").withDetailContaining("USD", "CNY");
        refused(recordingNothing(() -> post("/investments/d-1/exits", SALE.with("exchangeRate", text("1.0")))), 409,
                "EXCHANGE_RATE_NOT_APPLICABLE").naming("exchangeRate");
        refused(recordingNothing(() -> post("/investments/d-1/valuations", VALUATION.with("fairValue",
                money("800000.00", "USD")))), 409, "CURRENCY_MISMATCH").naming("fairValue.currency");
    }

    @Test
    void refusesAnExitIdAlreadyRecordedAndAnExitDatedInTheFuture() {
        paidInAndInvested(api(), fund, null);
        recorded(post("/investments/d-1/exits", SALE));

        refused(recordingNothing(() -> post("/investments/d-1/exits", SALE.with("date", text("2021-06-30")))), 409,
                "DUPLICATE_ID").namingNoField();
        refused(recordingNothing(() -> post("/investments/d-1/valuations", VALUATION.with("valuationId",
                text("d-1")))), 409, "DUPLICATE_ID").namingNoField();
        refused(recordingNothing(() -> post("/investments/d-1/exits", sale("x-2", "0.5", "1.00", "2099-01-01"))),
                409, "DATE_IN_FUTURE").naming("date");
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
