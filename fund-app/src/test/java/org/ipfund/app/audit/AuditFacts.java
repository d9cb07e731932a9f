package org.ipfund.app.audit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Request bodies for the deals, co-investors, sub-funds, amendments and corrections the auditors' stories
 * record, and a JSON reader that keeps decimals exactly as written, so that {@code 3000000.00} is checked as such.
 */
final class AuditFacts {

    /** The seed's Xiamen policy: 30% and at most CNY 150m per sub-fund; follow-ons at most half the lead. */
    static final String XIAMEN_POLICY = """
            {"shareCap": "0.30", "shareCapAmount": {"amount": "150000000.00", "currency": "CNY"},
             "followOnMaxShareOfLead": "0.50", "followOnWindowDays": 365, "returnInvestmentMultiple": "1.50"}""";

    private static final ObjectMapper EXACT = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private AuditFacts() {
    }

    static String direct(String investmentId, String company, String amount, String date) {
        return """
                {"investmentId": "%s", "kind": "DIRECT", "company": {"name": "%s"},
                 "amount": {"amount": "%s", "currency": "CNY"}, "date": "%s", "inTargetRegion": true}"""
                .formatted(investmentId, company, amount, date);
    }

    /** A deal abroad: its amount in {@code currency}, with the rate of its date into the fund's CNY. */
    static String directAbroad(String investmentId, String company, String amount, String currency, String rate,
                               String date) {
        return """
                {"investmentId": "%s", "kind": "DIRECT", "company": {"name": "%s", "country": "KZ"},
                 "amount": {"amount": "%s", "currency": "%s"}, "exchangeRate": "%s", "date": "%s"}"""
                .formatted(investmentId, company, amount, currency, rate, date);
    }

    static String coInvestor(String coInvestmentId, String investor, String source, String amount, String date) {
        return """
                {"coInvestmentId": "%s", "investor": "%s", "source": "%s",
                 "amount": {"amount": "%s", "currency": "CNY"}, "date": "%s"}"""
                .formatted(coInvestmentId, investor, source, amount, date);
    }

    static String subFund(String subFundId, String name, String targetSize, String parentCommitment, String date) {
        return """
                {"subFundId": "%s", "name": "%s", "targetSize": {"amount": "%s", "currency": "CNY"},
                 "parentCommitment": {"amount": "%s", "currency": "CNY"}, "date": "%s"}"""
                .formatted(subFundId, name, targetSize, parentCommitment, date);
    }

    /** From {@code effectiveFrom}, uncalled commitments count as available to invest. */
    static String uncalledInvestableFrom(String effectiveFrom) {
        return """
                {"effectiveFrom": "%s", "investUncalledCommitments": true}""".formatted(effectiveFrom);
    }

    static String correction(String correctionId, String reverses, String reason, String date) {
        return """
                {"correctionId": "%s", "reverses": "%s", "reason": "%s", "date": "%s"}"""
                .formatted(correctionId, reverses, reason, date);
    }

    /** JSON read with every decimal kept at the scale it was written with. */
    static JsonNode exact(String json) {
        try {
            return EXACT.readTree(json);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** A money field as {@code "<amount> <currency>"}, so that both are checked at once. */
    static String shown(JsonNode node, String field) {
        JsonNode money = node.path(field);
        return money.path("amount").asText() + " " + money.path("currency").asText();
    }
}
