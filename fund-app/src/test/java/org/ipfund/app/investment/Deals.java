package org.ipfund.app.investment;

import org.ipfund.app.testing.JsonBody;

/**
 * Request bodies for deals, co-investors, sub-funds, policy amendments and corrections, as a client sends
 * them. Each is a {@link JsonBody} whose fields can be replaced or left out one by one, to tell one story per test.
 */
final class Deals {

    /** The seed's Xiamen policy: 30% and at most CNY 150m per sub-fund; follow-ons at most half the lead, within a year. */
    static final String XIAMEN_POLICY = """
            {"shareCap": "0.30", "shareCapAmount": {"amount": "150000000.00", "currency": "CNY"},
             "followOnMaxShareOfLead": "0.50", "followOnWindowDays": 365, "returnInvestmentMultiple": "1.50"}""";

    private Deals() {
    }

    static JsonBody direct(String investmentId, String company, String amount, String date) {
        return new JsonBody()
                .with("investmentId", text(investmentId))
                .with("kind", text("DIRECT"))
                .with("company", "{\"name\": " + text(company) + "}")
                .with("amount", cny(amount))
                .with("date", text(date));
    }

    /** A follow-on (跟投) alongside a lead that invested {@code leadAmount} on {@code leadDate}. */
    static JsonBody followOn(String investmentId, String company, String amount, String date, String leadName,
                         String leadAmount, String leadDate) {
        return new JsonBody()
                .with("investmentId", text(investmentId))
                .with("kind", text("FOLLOW_ON"))
                .with("company", "{\"name\": " + text(company) + "}")
                .with("amount", cny(amount))
                .with("date", text(date))
                .with("lead", lead(leadName, cny(leadAmount), leadDate));
    }

    /** A later round in a company the fund already holds: a follow-on without a lead. */
    static JsonBody laterRound(String investmentId, String company, String amount, String date) {
        return direct(investmentId, company, amount, date).with("kind", text("FOLLOW_ON"));
    }

    static JsonBody coInvestor(String coInvestmentId, String investor, String source, String amount, String date) {
        return new JsonBody()
                .with("coInvestmentId", text(coInvestmentId))
                .with("investor", text(investor))
                .with("source", text(source))
                .with("amount", cny(amount))
                .with("date", text(date));
    }

    static JsonBody subFund(String subFundId, String name, String targetSize, String parentCommitment, String date) {
        return new JsonBody()
                .with("subFundId", text(subFundId))
                .with("name", text(name))
                .with("targetSize", cny(targetSize))
                .with("parentCommitment", cny(parentCommitment))
                .with("date", text(date));
    }

    static JsonBody policyFrom(String effectiveFrom) {
        return new JsonBody().with("effectiveFrom", text(effectiveFrom));
    }

    static JsonBody correction(String correctionId, String reverses, String reason, String date) {
        return new JsonBody()
                .with("correctionId", text(correctionId))
                .with("reverses", text(reverses))
                .with("reason", text(reason))
                .with("date", text(date));
    }

    static String lead(String name, String amountJson, String date) {
        return "{\"name\": " + text(name) + ", \"amount\": " + amountJson + ", \"date\": " + text(date) + "}";
    }

    static String cny(String amount) {
        return money(amount, "CNY");
    }

    static String money(String amount, String currency) {
        return "{\"amount\": " + text(amount) + ", \"currency\": " + text(currency) + "}";
    }

    /** A JSON string; the tests' own texts hold no quotes or backslashes. */
    static String text(String value) {
        return "\"" + value + "\"";
    }
}
