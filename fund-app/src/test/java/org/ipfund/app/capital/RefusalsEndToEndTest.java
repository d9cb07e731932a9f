package org.ipfund.app.capital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.testing.Refusal.refused;
import static org.ipfund.app.testing.Funds.call;
import static org.ipfund.app.testing.Funds.commitment;
import static org.ipfund.app.testing.Funds.contribution;
import static org.ipfund.app.testing.Funds.launch;
import static org.ipfund.app.testing.Funds.newFundId;
import static org.ipfund.app.testing.Funds.recorded;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.EndToEndTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every refusal as a client meets it over HTTP: problem details with a stable code, the field at fault for
 * input errors, and nothing recorded. Each rule that refuses also has its boundary case accepted.
 */
class RefusalsEndToEndTest extends EndToEndTest {

    private static final String LAUNCH_DATE = "2017-03-01";
    private static final String FUTURE = "2099-01-01";
    private static final int BODY_LIMIT = 65536;

    @LocalServerPort
    private int port;

    private final String fund = newFundId();

    // ---- malformed and invalid input: 400 ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedBodies")
    void refusesABodyThatIsNotWellFormedJsonAndRecordsNothing(String description, String body) {
        Api.Response response = recordingNothing(() -> api().post("/api/funds", body.formatted(fund)));

        refused(response, 400, "MALFORMED_JSON").namingNoField();
    }

    static Stream<Arguments> malformedBodies() {
        return Stream.of(
                arguments("a truncated object", "{\"fundId\": \"%s\", \"name\": "),
                arguments("text that is not JSON", "launch a fund please"),
                arguments("a trailing comma", launch("%s", LAUNCH_DATE).replace("}", ",}")),
                arguments("single-quoted names", launch("%s", LAUNCH_DATE).replace('"', '\'')),
                arguments("an empty body", ""));
    }

    @Test
    void refusesASecondJsonDocumentAfterTheBodyAsMalformed() {
        Api.Response response = recordingNothing(() -> api().post("/api/funds", launch(fund, LAUNCH_DATE) + " {}"));

        refused(response, 400, "MALFORMED_JSON").namingNoField();
    }

    @Test
    void refusesABodyThatNamesAFieldTwice() {
        String twice = launch(fund, LAUNCH_DATE).replaceFirst("\\{", "{\"name\": \"Another fund\", ");

        Api.Response response = recordingNothing(() -> api().post("/api/funds", twice));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        refused(response, 400, "MALFORMED_JSON").namingNoField().withDetailContaining("'name'");
    }

    @Test
    void refusesAnAmountThatNamesAFieldTwice() {
        launched();
        String twice = commitmentWith("amount", "{\"amount\": \"100.00\", \"amount\": \"1.00\", \"currency\": \"CNY\"}");

        Api.Response response = recordingNothing(() -> api().post(path("/commitments"), twice));

        refused(response, 400, "MALFORMED_JSON").namingNoField().withDetailContaining("'amount'");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidLaunches")
    void refusesALaunchWithInvalidInputNamingTheFieldAndRecordsNothing(String description, String body, String code,
            String field) {
        Api.Response response = recordingNothing(() -> api().post("/api/funds", body.formatted(fund)));

        refused(response, 400, code).naming(field).withDetailContaining(field);
        assertThat(api().get("/api/funds/" + fund).status()).isEqualTo(404);
    }

    static Stream<Arguments> invalidLaunches() {
        return Stream.of(
                arguments("an unknown field", launchWith("manager", "\"Xiamen Capital\""), "UNKNOWN_FIELD", "manager"),
                arguments("an unknown fund type", launchWith("type", "\"HEDGE\""), "INVALID_VALUE", "type"),
                arguments("a fund type in lower case", launchWith("type", "\"guidance\""), "INVALID_VALUE", "type"),
                arguments("a fund type given as a number", launchWith("type", "0"), "INVALID_VALUE", "type"),
                arguments("a number for the name", launchWith("name", "42"), "INVALID_VALUE", "name"),
                arguments("a boolean for the name", launchWith("name", "true"), "INVALID_VALUE", "name"),
                arguments("an object for the name", launchWith("name", "{\"zh\": \"厦门知识产权引导基金\"}"),
                        "INVALID_VALUE", "name"),
                arguments("a launch date that is no date", launchWith("launchDate", "\"first of March\""),
                        "INVALID_VALUE", "launchDate"),
                arguments("a launch date that does not exist", launchWith("launchDate", "\"2017-02-30\""),
                        "INVALID_VALUE", "launchDate"),
                arguments("a launch date not in ISO form", launchWith("launchDate", "\"01/03/2017\""),
                        "INVALID_VALUE", "launchDate"),
                arguments("no type", launchWith("type", null), "INVALID_INPUT", "type"),
                arguments("a null type", launchWith("type", "null"), "INVALID_INPUT", "type"),
                arguments("no launch date", launchWith("launchDate", null), "INVALID_INPUT", "launchDate"),
                arguments("no currency", launchWith("currency", null), "INVALID_INPUT", "currency"),
                arguments("no name", launchWith("name", null), "INVALID_INPUT", "name"),
                arguments("a blank name", launchWith("name", "\"   \""), "INVALID_INPUT", "name"),
                arguments("a name of 201 characters", launchWith("name", "\"" + "n".repeat(201) + "\""),
                        "INVALID_INPUT", "name"),
                arguments("a fund id with a space", launchWith("fundId", "\"has space\""), "INVALID_INPUT", "fundId"),
                arguments("a fund id of 65 characters", launchWith("fundId", "\"" + "f".repeat(65) + "\""),
                        "INVALID_INPUT", "fundId"),
                arguments("an empty fund id", launchWith("fundId", "\"\""), "INVALID_INPUT", "fundId"),
                arguments("an unknown currency code", launchWith("currency", "\"XYZ\""), "INVALID_INPUT", "currency"),
                arguments("a currency code in lower case", launchWith("currency", "\"cny\""), "INVALID_INPUT",
                        "currency"),
                arguments("a launch date before the Gregorian reform", launchWith("launchDate", "\"1582-10-10\""),
                        "DATE_BEFORE_1900", "launchDate"),
                arguments("a launch date on the last day of 1899", launchWith("launchDate", "\"1899-12-31\""),
                        "DATE_BEFORE_1900", "launchDate"),
                arguments("a policy in force before 1900",
                        launchWith("policy", "{\"effectiveFrom\": \"1582-10-10\", \"shareCap\": \"0.30\"}"),
                        "DATE_BEFORE_1900", "policy.effectiveFrom"),
                arguments("a fund id of one dot", launchWith("fundId", "\".\""), "INVALID_INPUT", "fundId"),
                arguments("a fund id of two dots", launchWith("fundId", "\"..\""), "INVALID_INPUT", "fundId"),
                arguments("a fund kept in no currency", launchWith("currency", "\"XXX\""), "CURRENCY_NOT_MONEY",
                        "currency"),
                arguments("a fund kept in gold", launchWith("currency", "\"XAU\""), "CURRENCY_NOT_MONEY", "currency"),
                arguments("a fund kept in special drawing rights", launchWith("currency", "\"XDR\""),
                        "CURRENCY_NOT_MONEY", "currency"),
                arguments("a fund kept in the testing code", launchWith("currency", "\"XTS\""), "CURRENCY_NOT_MONEY",
                        "currency"),
                arguments("a fund kept in a fund code", launchWith("currency", "\"CLF\""), "CURRENCY_NOT_MONEY",
                        "currency"),
                arguments("a fund kept in next-day dollars", launchWith("currency", "\"USN\""), "CURRENCY_NOT_MONEY",
                        "currency"),
                arguments("a launch date given as a number of days", launchWith("launchDate", "17226"),
                        "INVALID_VALUE", "launchDate"),
                arguments("a share cap of 1e-999999999",
                        launchWith("policy", "{\"shareCap\": \"1e-999999999\"}"), "INVALID_VALUE", "policy[0].shareCap"),
                arguments("a return multiple of 1e999999999",
                        launchWith("policy", "{\"returnInvestmentMultiple\": 1e999999999}"), "INVALID_VALUE",
                        "policy[0].returnInvestmentMultiple"));
    }

    @Test
    void launchesAFundOnTheFirstDayOf1900AndShowsThatDay() {
        long position = recorded(api().post("/api/funds", launch(fund, "1900-01-01")));

        assertThat(api().get(path("?minPosition=" + position)).json().path("launchDate").asText()).isEqualTo("1900-01-01");
    }

    @Test
    void launchesAFundKeptInCfaFrancs() {
        recorded(api().post("/api/funds", launchWith("currency", "\"XOF\"").formatted(fund)));
    }

    @Test
    void refusesACommitmentInACurrencyThatIsNoMoneyNamingItsCurrency() {
        launched();

        Api.Response response = recordingNothing(() -> api().post(path("/commitments"),
                commitmentWith("amount", money("\"100\"", "\"XXX\""))));

        refused(response, 400, "CURRENCY_NOT_MONEY").naming("amount.currency")
                .withDetailContaining("amount.currency", "XXX");
    }

    @Test
    void refusesACommitmentDatedBefore1900NamingTheDate() {
        launched();

        Api.Response response = recordingNothing(() -> api().post(path("/commitments"),
                commitmentWith("date", "\"1582-10-10\"")));

        refused(response, 400, "DATE_BEFORE_1900").naming("date").withDetailContaining("1582-10-10");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCommitments")
    void refusesACommitmentWithInvalidInputNamingTheFieldAndRecordsNothing(String description, String body,
            String code, String field) {
        launched();

        Api.Response response = recordingNothing(() -> api().post(path("/commitments"), body));

        refused(response, 400, code).naming(field).withDetailContaining(field);
    }

    static Stream<Arguments> invalidCommitments() {
        return Stream.of(
                arguments("an unknown field", commitmentWith("note", "\"promised at the launch dinner\""),
                        "UNKNOWN_FIELD", "note"),
                arguments("an unknown field inside the amount",
                        commitmentWith("amount", "{\"amount\": \"100.00\", \"currency\": \"CNY\", \"fx\": \"1\"}"),
                        "UNKNOWN_FIELD", "amount.fx"),
                arguments("an unknown source", commitmentWith("source", "\"PRIVATE_EQUITY\""), "INVALID_VALUE",
                        "source"),
                arguments("a source in lower case", commitmentWith("source", "\"social\""), "INVALID_VALUE", "source"),
                arguments("a number for the investor", commitmentWith("investor", "42"), "INVALID_VALUE", "investor"),
                arguments("an object for the investor", commitmentWith("investor", "{\"name\": \"Bureau\"}"),
                        "INVALID_VALUE", "investor"),
                arguments("a date that is no date", commitmentWith("date", "\"yesterday\""), "INVALID_VALUE", "date"),
                arguments("a boolean for the amount", commitmentWith("amount", money("true", "\"CNY\"")),
                        "INVALID_VALUE", "amount.amount"),
                arguments("a string where the amount object goes", commitmentWith("amount", "\"100.00\""),
                        "INVALID_VALUE", "amount"),
                arguments("an amount that is no number", commitmentWith("amount", money("\"lots\"", "\"CNY\"")),
                        "INVALID_VALUE", "amount.amount"),
                arguments("a number for the currency", commitmentWith("amount", money("\"100.00\"", "156")),
                        "INVALID_VALUE", "amount.currency"),
                arguments("no source", commitmentWith("source", null), "INVALID_INPUT", "source"),
                arguments("no investor", commitmentWith("investor", null), "INVALID_INPUT", "investor"),
                arguments("no amount", commitmentWith("amount", null), "INVALID_INPUT", "amount"),
                arguments("no date", commitmentWith("date", null), "INVALID_INPUT", "date"),
                arguments("an amount without its currency", commitmentWith("amount", "{\"amount\": \"100.00\"}"),
                        "INVALID_INPUT", "amount.currency"),
                arguments("a blank investor", commitmentWith("investor", "\"\""), "INVALID_INPUT", "investor"),
                arguments("a commitment id with a space", commitmentWith("commitmentId", "\"has space\""),
                        "INVALID_INPUT", "commitmentId"),
                arguments("a commitment id of 65 characters",
                        commitmentWith("commitmentId", "\"" + "c".repeat(65) + "\""), "INVALID_INPUT", "commitmentId"),
                arguments("more decimals than CNY allows", commitmentWith("amount", money("\"100.001\"", "\"CNY\"")),
                        "INVALID_INPUT", "amount.amount"),
                arguments("more decimals than CNY allows, as a JSON number",
                        commitmentWith("amount", money("100.001", "\"CNY\"")), "INVALID_INPUT", "amount.amount"),
                arguments("a zero amount", commitmentWith("amount", money("\"0.00\"", "\"CNY\"")), "INVALID_INPUT",
                        "amount.amount"),
                arguments("a zero amount, as a JSON number", commitmentWith("amount", money("0", "\"CNY\"")),
                        "INVALID_INPUT", "amount.amount"),
                arguments("a negative amount", commitmentWith("amount", money("\"-100.00\"", "\"CNY\"")),
                        "INVALID_INPUT", "amount.amount"),
                arguments("an unknown currency code", commitmentWith("amount", money("\"100.00\"", "\"XYZ\"")),
                        "INVALID_INPUT", "amount.currency"),
                arguments("a currency code in lower case", commitmentWith("amount", money("\"100.00\"", "\"cny\"")),
                        "INVALID_INPUT", "amount.currency"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datesThatAreNotIsoStrings")
    void refusesADateThatIsNotAnIsoDateStringAndRecordsNothing(String description, String date) {
        launched();

        Api.Response response = recordingNothing(() -> api().post(path("/commitments"), commitmentWith("date", date)));

        refused(response, 400, "INVALID_VALUE").naming("date").withDetailContaining("date");
    }

    static Stream<Arguments> datesThatAreNotIsoStrings() {
        return Stream.of(
                arguments("a number of days since 1970", "17228"),
                arguments("an array of year, month and day", "[2017, 3, 2]"),
                arguments("a fractional number", "17228.5"),
                arguments("a date in an array", "[\"2017-03-02\"]"),
                arguments("an empty array", "[]"),
                arguments("an empty string", "\"\""),
                arguments("a date with spaces around it", "\" 2017-03-02 \""),
                arguments("a date and time", "\"2017-03-02T10:00:00\""),
                arguments("an instant", "\"2017-03-02T10:00:00Z\""),
                arguments("an object", "{\"year\": 2017, \"month\": 3, \"day\": 2}"));
    }

    @Test
    void refusesADueDateThatIsNotAnIsoDateStringAndRecordsNothing() {
        launched();
        recorded(api().post(path("/commitments"), commitment("c1", "Bureau", "SOCIAL", "1000.00", "2017-03-02")));

        Api.Response response = recordingNothing(() -> api().post(path("/capital-calls"), """
                {"callId": "k1", "amount": {"amount": "100.00", "currency": "CNY"},
                 "date": "2017-04-01", "dueDate": [2017, 5, 1]}"""));

        refused(response, 400, "INVALID_VALUE").naming("dueDate").withDetailContaining("dueDate");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("amountsBeyondMoney")
    void refusesAnAmountBeyondWhatMoneyCanBeAndRecordsNothing(String description, String amountJson, String code) {
        launched();

        Api.Response response = recordingNothing(() -> api().post(path("/commitments"),
                commitmentWith("amount", money(amountJson, "\"CNY\""))));

        refused(response, 400, code).naming("amount.amount").withDetailContaining("amount.amount");
    }

    static Stream<Arguments> amountsBeyondMoney() {
        String digits500 = "1" + "0".repeat(499);
        return Stream.of(
                arguments("16 digits before the decimal point", "\"1000000000000000.00\"", "INVALID_INPUT"),
                arguments("16 digits before the decimal point, as a JSON number", "1000000000000000",
                        "INVALID_INPUT"),
                arguments("16 digits written with an exponent", "\"1.5e15\"", "INVALID_INPUT"),
                arguments("500 digits", "\"" + digits500 + "\"", "INVALID_INPUT"),
                arguments("500 digits, as a JSON number", digits500, "INVALID_INPUT"),
                arguments("1e400", "\"1e400\"", "INVALID_INPUT"),
                arguments("1e400, as a JSON number", "1e400", "INVALID_INPUT"),
                arguments("1e-400", "\"1e-400\"", "INVALID_INPUT"),
                arguments("1e-400, as a JSON number", "1e-400", "INVALID_INPUT"),
                arguments("1 followed by 400 zero decimals and a 1", "\"1." + "0".repeat(400) + "1\"",
                        "INVALID_INPUT"),
                // no longer a number the API reads at all: more than 1000 digits before or after the point
                arguments("1e999999999", "\"1e999999999\"", "INVALID_VALUE"),
                arguments("1e999999999, as a JSON number", "1e999999999", "INVALID_VALUE"),
                arguments("1e-999999999", "\"1e-999999999\"", "INVALID_VALUE"),
                arguments("1e-999999999, as a JSON number", "1e-999999999", "INVALID_VALUE"));
    }

    @Test
    void refusesAnAmountOfSixteenDigitsButAcceptsOneOfFifteen() {
        launched();

        Api.Response tooLarge = recordingNothing(() -> api().post(path("/commitments"),
                commitment("c1", "Bureau", "SOCIAL", "1000000000000000.00", "2017-03-02")));

        refused(tooLarge, 400, "INVALID_INPUT").naming("amount.amount").withDetailContaining("amount.amount", "15");
        long position = recorded(api().post(path("/commitments"),
                commitment("c1", "Bureau", "SOCIAL", "999999999999999.99", "2017-03-02")));
        recorded(api().post(path("/commitments"),
                commitment("c2", "Group", "STATE_OWNED", "999999999999999", "2017-03-02")));
        assertThat(storedEventsOf(fund)).isEqualTo(3);
        assertThat(api().get(path("?minPosition=" + position)).status()).isEqualTo(200);
    }

    @Test
    void refusesAnUnknownCurrencyCodeNamingTheCode() {
        launched();

        Api.Response response = recordingNothing(() -> api().post(path("/commitments"),
                commitmentWith("amount", money("\"100.00\"", "\"XYZ\""))));

        refused(response, 400, "INVALID_INPUT").naming("amount.currency")
                .withDetailContaining("amount.currency", "XYZ is not an ISO 4217 currency code");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCalls")
    void refusesACapitalCallWithInvalidInputNamingTheFieldAndRecordsNothing(String description, String body,
            String field) {
        launched();
        recorded(api().post(path("/commitments"), commitment("c1", "Bureau", "SOCIAL", "1000.00", "2017-03-02")));

        Api.Response response = recordingNothing(() -> api().post(path("/capital-calls"), body));

        refused(response, 400, "INVALID_INPUT").naming(field).withDetailContaining(field);
    }

    static Stream<Arguments> invalidCalls() {
        return Stream.of(
                arguments("more decimals than CNY allows", call("k1", "100.001", "2017-04-01"), "amount.amount"),
                arguments("an amount of 16 digits", call("k1", "1000000000000000", "2017-04-01"), "amount.amount"),
                arguments("an unknown currency code", """
                        {"callId": "k1", "amount": {"amount": "100.00", "currency": "XYZ"}, "date": "2017-04-01"}""",
                        "amount.currency"),
                arguments("a call id with a space", call("has space", "100.00", "2017-04-01"), "callId"),
                arguments("a due date before the call's date", """
                        {"callId": "k1", "amount": {"amount": "100.00", "currency": "CNY"},
                         "date": "2017-04-01", "dueDate": "2017-03-31"}""", "dueDate"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidContributions")
    void refusesAContributionWithInvalidInputNamingTheFieldAndRecordsNothing(String description, String body,
            String field) {
        launched();
        recorded(api().post(path("/commitments"), commitment("c1", "Bureau", "SOCIAL", "1000.00", "2017-03-02")));
        recorded(api().post(path("/capital-calls"), call("k1", "500.00", "2017-04-01")));

        Api.Response response = recordingNothing(() -> api().post(path("/contributions"), body));

        refused(response, 400, "INVALID_INPUT").naming(field).withDetailContaining(field);
    }

    static Stream<Arguments> invalidContributions() {
        return Stream.of(
                arguments("no call", """
                        {"commitmentId": "c1", "amount": {"amount": "100.00", "currency": "CNY"}, "date": "2017-04-02"}""",
                        "callId"),
                arguments("no commitment", """
                        {"callId": "k1", "amount": {"amount": "100.00", "currency": "CNY"}, "date": "2017-04-02"}""",
                        "commitmentId"),
                arguments("a call id with a space", contribution("c1", "has space", "100.00", "2017-04-02"), "callId"),
                arguments("a commitment id of 65 characters",
                        contribution("c".repeat(65), "k1", "100.00", "2017-04-02"), "commitmentId"),
                arguments("a negative amount", contribution("c1", "k1", "-100.00", "2017-04-02"), "amount.amount"));
    }

    @ParameterizedTest(name = "a fund id of {0} in the path")
    @MethodSource("fundIdsOfTheWrongShape")
    void refusesAFundIdOfTheWrongShapeInThePathAndRecordsNothing(String description, String encodedFundId) {
        Api.Response response = recordingNothing(() -> api().post("/api/funds/" + encodedFundId + "/commitments",
                commitment("c1", "Bureau", "SOCIAL", "100.00", "2017-03-02")));

        refused(response, 400, "INVALID_INPUT").naming("fundId").withDetailContaining("fundId");
    }

    static Stream<Arguments> fundIdsOfTheWrongShape() {
        return Stream.of(
                arguments("a space", "has%20space"),
                arguments("65 characters", "f".repeat(65)),
                arguments("three dots", "..."));
    }

    @Test
    void refusesAnAsOfThatIsNoDateNamingIt() {
        launched();

        Api.Response response = recordingNothing(() -> api().get(path("?asOf=yesterday")));

        refused(response, 400, "INVALID_INPUT").naming("asOf").withDetailContaining("asOf", "yesterday");
    }

    @Test
    void refusesACallDueBeforeItIsMadeButAcceptsOneDueTheSameDay() {
        launched();
        recorded(api().post(path("/commitments"), commitment("c1", "Bureau", "SOCIAL", "1000.00", "2017-03-02")));

        Api.Response dueTooEarly = recordingNothing(() -> api().post(path("/capital-calls"), """
                {"callId": "k1", "amount": {"amount": "100.00", "currency": "CNY"},
                 "date": "2017-04-01", "dueDate": "2017-03-31"}"""));

        refused(dueTooEarly, 400, "INVALID_INPUT").naming("dueDate").withDetailContaining("dueDate");
        long before = storedEventsOf(fund);
        recorded(api().post(path("/capital-calls"), """
                {"callId": "k1", "amount": {"amount": "100.00", "currency": "CNY"},
                 "date": "2017-04-01", "dueDate": "2017-04-01"}"""));
        assertThat(storedEventsOf(fund)).isEqualTo(before + 1);
    }

    // ---- body size, media type, method ----

    @Test
    void refusesABodyOverTheLimitThatDeclaresItsLengthButAcceptsOneExactlyAtTheLimit() {
        Api.Response tooLarge = recordingNothing(() -> api().post("/api/funds", launchPaddedTo(BODY_LIMIT + 1)));

        refused(tooLarge, 413, "BODY_TOO_LARGE").namingNoField().withDetailContaining(String.valueOf(BODY_LIMIT));
        assertThat(storedEventsOf(fund)).isZero();
        recorded(api().post("/api/funds", launchPaddedTo(BODY_LIMIT)));
        assertThat(storedEventsOf(fund)).isEqualTo(1);
    }

    @Test
    void refusesAChunkedBodyThatGrowsOverTheLimitButAcceptsOneExactlyAtTheLimit() {
        Api.Response tooLarge = recordingNothing(() -> postChunked("/api/funds", launchPaddedTo(BODY_LIMIT + 1)));

        refused(tooLarge, 413, "BODY_TOO_LARGE").namingNoField().withDetailContaining(String.valueOf(BODY_LIMIT));
        assertThat(storedEventsOf(fund)).isZero();
        recorded(postChunked("/api/funds", launchPaddedTo(BODY_LIMIT)));
        assertThat(storedEventsOf(fund)).isEqualTo(1);
    }

    @Test
    void refusesABodyThatIsNotJsonWithUnsupportedMediaType() {
        Api.Response response = recordingNothing(() -> api().send(HttpRequest.newBuilder(uri("/api/funds"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(launch(fund, LAUNCH_DATE)))));

        refused(response, 415, "UNSUPPORTED_MEDIA_TYPE").namingNoField().withDetailContaining("text/plain");
        assertThat(storedEventsOf(fund)).isZero();
    }

    @Test
    void refusesAMethodTheResourceDoesNotAllow() {
        long launch = launched();

        Api.Response response = recordingNothing(() -> api().send(HttpRequest.newBuilder(uri(path(""))).DELETE()));

        refused(response, 405, "METHOD_NOT_ALLOWED").namingNoField().withDetailContaining("DELETE");
        assertThat(response.header("Allow")).contains("GET").doesNotContain("DELETE");
        assertThat(api().get(path("?minPosition=" + launch)).status()).isEqualTo(200);
    }

    // ---- unknown ids: 404 ----

    @Test
    void answersAnUnknownFundWithNotFound() {
        Api.Response response = recordingNothing(() -> api().get(path("")));

        refused(response, 404, "FUND_NOT_FOUND").namingNoField().withDetailContaining(fund);
    }

    @Test
    void refusesACommitmentToAnUnknownFundAndRecordsNothing() {
        Api.Response response = recordingNothing(() -> api().post(path("/commitments"),
                commitment("c1", "Bureau", "SOCIAL", "100.00", "2017-03-02")));

        refused(response, 404, "FUND_NOT_FOUND").namingNoField().withDetailContaining(fund);
        assertThat(storedEventsOf(fund)).isZero();
    }

    @Test
    void refusesAContributionToAnUnknownCallAndRecordsNothing() {
        launched();
        recorded(api().post(path("/commitments"), commitment("c1", "Bureau", "SOCIAL", "1000.00", "2017-03-02")));
        recorded(api().post(path("/capital-calls"), call("k1", "500.00", "2017-04-01")));

        Api.Response response = recordingNothing(() -> api().post(path("/contributions"),
                contribution("c1", "no-such-call", "100.00", "2017-04-02")));

        refused(response, 404, "CALL_NOT_FOUND").naming("callId").withDetailContaining("no-such-call");
    }

    @Test
    void refusesAContributionFromAnUnknownCommitmentAndRecordsNothing() {
        launched();
        recorded(api().post(path("/commitments"), commitment("c1", "Bureau", "SOCIAL", "1000.00", "2017-03-02")));
        recorded(api().post(path("/capital-calls"), call("k1", "500.00", "2017-04-01")));

        Api.Response response = recordingNothing(() -> api().post(path("/contributions"),
                contribution("no-such-commitment", "k1", "100.00", "2017-04-02")));

        refused(response, 404, "COMMITMENT_NOT_FOUND").naming("commitmentId")
                .withDetailContaining("no-such-commitment");
    }

    // ---- business rules: 409 ----

    @Test
    void refusesASecondFundWithTheSameIdAndRecordsNothing() {
        long launch = launched();

        Api.Response response = recordingNothing(() -> api().post("/api/funds", launch(fund, "2018-01-01")));

        refused(response, 409, "DUPLICATE_ID").namingNoField();
        assertThat(storedEventsOf(fund)).isEqualTo(1);
        assertThat(api().get(path("?minPosition=" + launch)).json().path("launchDate").asText()).isEqualTo(LAUNCH_DATE);
    }

    @Test
    void refusesASecondCommitmentWithTheSameIdAndRecordsNothing() {
        launched();
        recorded(api().post(path("/commitments"), commitment("c1", "Bureau", "SOCIAL", "1000.00", "2017-03-02")));

        Api.Response response = recordingNothing(() -> api().post(path("/commitments"),
                commitment("c1", "Another investor", "STATE_OWNED", "50.00", "2017-03-03")));

        refused(response, 409, "DUPLICATE_ID").namingNoField().withDetailContaining("c1");
    }

    @Test
    void refusesACapitalCallThatReusesACommitmentsIdAndRecordsNothing() {
        launched();
        recorded(api().post(path("/commitments"), commitment("c1", "Bureau", "SOCIAL", "1000.00", "2017-03-02")));

        Api.Response response = recordingNothing(() -> api().post(path("/capital-calls"),
                call("c1", "100.00", "2017-04-01")));

        refused(response, 409, "DUPLICATE_ID").namingNoField().withDetailContaining("c1");
    }

    @Test
    void refusesACommitmentInAnotherCurrencyThanTheFundsAndRecordsNothing() {
        launched();

        Api.Response response = recordingNothing(() -> api().post(path("/commitments"), """
                {"commitmentId": "c1", "investor": "Bureau", "source": "SOCIAL",
                 "amount": {"amount": "1000.00", "currency": "USD"}, "date": "2017-03-02"}"""));

        refused(response, 409, "CURRENCY_MISMATCH").naming("amount.currency").withDetailContaining("USD", "CNY");
    }

    @Test
    void refusesACommitmentDatedBeforeTheLaunchButAcceptsOneOnTheLaunchDay() {
        launched();

        Api.Response response = recordingNothing(() -> api().post(path("/commitments"),
                commitment("c1", "Bureau", "SOCIAL", "1000.00", "2017-02-28")));

        refused(response, 409, "DATE_BEFORE_LAUNCH").naming("date").withDetailContaining("2017-02-28", LAUNCH_DATE);
        recorded(api().post(path("/commitments"), commitment("c1", "Bureau", "SOCIAL", "1000.00", LAUNCH_DATE)));
        assertThat(storedEventsOf(fund)).isEqualTo(2);
    }

    @Test
    void refusesACommitmentDatedInTheFutureButAcceptsOneDatedToday() {
        launched();

        Api.Response response = recordingNothing(() -> api().post(path("/commitments"),
                commitment("c1", "Bureau", "SOCIAL", "1000.00", FUTURE)));

        refused(response, 409, "DATE_IN_FUTURE").naming("date").withDetailContaining(FUTURE);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        recorded(api().post(path("/commitments"), commitment("c1", "Bureau", "SOCIAL", "1000.00", today)));
        assertThat(storedEventsOf(fund)).isEqualTo(2);
    }

    @Test
    void refusesAFundLaunchedInTheFutureAndRecordsNothing() {
        Api.Response response = recordingNothing(() -> api().post("/api/funds", launch(fund, FUTURE)));

        refused(response, 409, "DATE_IN_FUTURE").naming("launchDate").withDetailContaining(FUTURE);
        assertThat(storedEventsOf(fund)).isZero();
        assertThat(api().get(path("")).status()).isEqualTo(404);
    }

    @Test
    void refusesACallBeyondTheUncalledCommitmentsButAcceptsACallOfExactlyTheUncalled() {
        launched();
        recorded(api().post(path("/commitments"), commitment("c1", "Bureau", "LOCAL_FISCAL", "600.00", "2017-03-02")));
        recorded(api().post(path("/commitments"), commitment("c2", "Group", "STATE_OWNED", "400.00", "2017-03-02")));
        recorded(api().post(path("/capital-calls"), call("k1", "700.00", "2017-04-01")));

        Api.Response beyond = recordingNothing(() -> api().post(path("/capital-calls"),
                call("k2", "300.01", "2017-05-01")));

        refused(beyond, 409, "CALL_EXCEEDS_UNFUNDED_COMMITMENTS").naming("amount.amount")
                .withDetailContaining("300.01", "300.00");
        recorded(api().post(path("/capital-calls"), call("k2", "300.00", "2017-05-01")));
        assertThat(storedEventsOf(fund)).isEqualTo(5);
        Api.Response nothingLeft = recordingNothing(() -> api().post(path("/capital-calls"),
                call("k3", "0.01", "2017-05-02")));
        refused(nothingLeft, 409, "CALL_EXCEEDS_UNFUNDED_COMMITMENTS").naming("amount.amount");
    }

    @Test
    void refusesACallBeyondTheCommitmentsMadeByItsDate() {
        launched();
        recorded(api().post(path("/commitments"), commitment("c1", "Bureau", "SOCIAL", "1000.00", "2017-03-02")));
        recorded(api().post(path("/commitments"), commitment("c2", "Group", "SOCIAL", "1000.00", "2017-06-01")));

        Api.Response beforeTheSecond = recordingNothing(() -> api().post(path("/capital-calls"),
                call("k1", "1000.01", "2017-04-01")));

        refused(beforeTheSecond, 409, "CALL_EXCEEDS_UNFUNDED_COMMITMENTS").naming("amount.amount");
        recorded(api().post(path("/capital-calls"), call("k1", "1000.01", "2017-06-01")));
    }

    @Test
    void refusesAContributionBeyondWhatWasCalledAndRecordsNothing() {
        launched();
        recorded(api().post(path("/commitments"), commitment("c1", "Bureau", "LOCAL_FISCAL", "600.00", "2017-03-02")));
        recorded(api().post(path("/commitments"), commitment("c2", "Group", "STATE_OWNED", "400.00", "2017-03-02")));
        // pro rata: 300.00 asked of c1, 200.00 of c2
        recorded(api().post(path("/capital-calls"), call("k1", "500.00", "2017-04-01")));

        Api.Response beyond = recordingNothing(() -> api().post(path("/contributions"),
                contribution("c1", "k1", "300.01", "2017-04-10")));

        refused(beyond, 409, "CONTRIBUTION_EXCEEDS_CALLED").naming("amount.amount")
                .withDetailContaining("c1", "k1", "300.00", "300.01");
        recorded(api().post(path("/contributions"), contribution("c1", "k1", "300.00", "2017-04-10")));
        assertThat(storedEventsOf(fund)).isEqualTo(5);
        Api.Response paidUp = recordingNothing(() -> api().post(path("/contributions"),
                contribution("c1", "k1", "0.01", "2017-04-11")));
        refused(paidUp, 409, "CONTRIBUTION_EXCEEDS_CALLED").naming("amount.amount");
    }

    @Test
    void refusesAContributionDatedBeforeItsCallButAcceptsOneOnTheCallsDay() {
        launched();
        recorded(api().post(path("/commitments"), commitment("c1", "Bureau", "SOCIAL", "1000.00", "2017-03-02")));
        recorded(api().post(path("/capital-calls"), call("k1", "500.00", "2017-04-01")));

        Api.Response early = recordingNothing(() -> api().post(path("/contributions"),
                contribution("c1", "k1", "500.00", "2017-03-31")));

        refused(early, 409, "CONTRIBUTION_BEFORE_CALL").naming("date").withDetailContaining("2017-03-31", "k1");
        recorded(api().post(path("/contributions"), contribution("c1", "k1", "500.00", "2017-04-01")));
        assertThat(storedEventsOf(fund)).isEqualTo(4);
    }

    // ---- helpers ----

    /** Launches this test's fund; answers the position of its event. */
    private long launched() {
        return recorded(api().post("/api/funds", launch(fund, LAUNCH_DATE)));
    }

    private String path(String suffix) {
        return "/api/funds/" + fund + suffix;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Sends the request and checks that the event store holds exactly the events it held before. */
    private Api.Response recordingNothing(Supplier<Api.Response> request) {
        long everything = storedEvents();
        long ofThisFund = storedEventsOf(fund);
        Api.Response response = request.get();
        assertThat(storedEventsOf(fund)).as("events of the fund after " + response).isEqualTo(ofThisFund);
        assertThat(storedEvents()).as("events in the store after " + response).isEqualTo(everything);
        return response;
    }

    /** A body of unknown length: sent chunked, so only the reading can find it too large. */
    private Api.Response postChunked(String path, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
        assertThat(body.contentLength()).as("a length the client does not know is not sent").isNegative();
        return api().send(HttpRequest.newBuilder(uri(path))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Content-Type", "application/json")
                .POST(body));
    }

    /** A valid launch of this test's fund, padded with JSON whitespace to exactly {@code bytes} bytes. */
    private String launchPaddedTo(int bytes) {
        String body = launch(fund, LAUNCH_DATE);
        String padded = body.replaceFirst("\\}$", " ".repeat(bytes - body.getBytes(StandardCharsets.UTF_8).length) + "}");
        assertThat(padded.getBytes(StandardCharsets.UTF_8)).hasSize(bytes);
        return padded;
    }

    /** A launch of the fund {@code %s} with one field replaced by raw JSON, or left out when {@code json} is null. */
    private static String launchWith(String field, String json) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("fundId", "\"%1$s\"");
        fields.put("name", "\"Xiamen IP guidance fund\"");
        fields.put("type", "\"GUIDANCE\"");
        fields.put("currency", "\"CNY\"");
        fields.put("launchDate", "\"" + LAUNCH_DATE + "\"");
        return object(fields, field, json);
    }

    /** A commitment with one field replaced by raw JSON, or left out when {@code json} is null. */
    private static String commitmentWith(String field, String json) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("commitmentId", "\"c1\"");
        fields.put("investor", "\"Xiamen Finance Bureau\"");
        fields.put("source", "\"LOCAL_FISCAL\"");
        fields.put("amount", money("\"1000.00\"", "\"CNY\""));
        fields.put("date", "\"2017-03-02\"");
        return object(fields, field, json);
    }

    private static String money(String amountJson, String currencyJson) {
        return "{\"amount\": " + amountJson + ", \"currency\": " + currencyJson + "}";
    }

    private static String object(Map<String, String> fields, String field, String json) {
        if (json == null) {
            fields.remove(field);
        } else {
            fields.put(field, json);
        }
        return fields.entrySet().stream()
                .map(entry -> "\"" + entry.getKey() + "\": " + entry.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
