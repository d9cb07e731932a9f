package org.ipfund.app.leverage;

/** Request bodies for deals, co-investors, sub-funds, corrections and policy, in the fund's own words. */
final class Deals {

    private Deals() {
    }

    /** A CNY guidance fund whose rules (a JSON object or null) start at launch. */
    static String guidanceFund(String fundId, String launchDate, String policy) {
        return """
                {"fundId": "%s", "name": "Belt and Road IP guidance fund", "type": "GUIDANCE", "currency": "CNY",
                 "launchDate": "%s", "policy": %s}""".formatted(fundId, launchDate, policy);
    }

    static String direct(String investmentId, String company, String amount, String date, boolean inTargetRegion) {
        return """
                {"investmentId": "%s", "kind": "DIRECT", "company": {"name": "%s", "sector": "patent operation",
                 "country": "CN", "region": "Xiamen"}, "amount": {"amount": "%s", "currency": "CNY"}, "date": "%s",
                 "inTargetRegion": %s}""".formatted(investmentId, company, amount, date, inTargetRegion);
    }

    /** A direct deal abroad, in its own currency with the exchange rate of its day (CNY per unit). */
    static String directAbroad(String investmentId, String company, String amount, String currency, String rate,
                               String date) {
        return """
                {"investmentId": "%s", "kind": "DIRECT", "company": {"name": "%s", "country": "KZ"},
                 "amount": {"amount": "%s", "currency": "%s"}, "exchangeRate": "%s", "date": "%s"}"""
                .formatted(investmentId, company, amount, currency, rate, date);
    }

    /** A 跟投 alongside a lead investor. */
    static String followOn(String investmentId, String company, String amount, String date, String lead,
                           String leadAmount, String leadDate) {
        return """
                {"investmentId": "%s", "kind": "FOLLOW_ON", "company": {"name": "%s", "region": "Fujian"},
                 "amount": {"amount": "%s", "currency": "CNY"}, "date": "%s",
                 "lead": {"name": "%s", "amount": {"amount": "%s", "currency": "CNY"}, "date": "%s"}}"""
                .formatted(investmentId, company, amount, date, lead, leadAmount, leadDate);
    }

    static String coInvestor(String coInvestmentId, String investor, String source, String amount, String date) {
        return """
                {"coInvestmentId": "%s", "investor": "%s", "source": "%s",
                 "amount": {"amount": "%s", "currency": "CNY"}, "date": "%s"}"""
                .formatted(coInvestmentId, investor, source, amount, date);
    }

    static String coInvestorAbroad(String coInvestmentId, String investor, String source, String amount,
                                   String currency, String rate, String date) {
        return """
                {"coInvestmentId": "%s", "investor": "%s", "source": "%s",
                 "amount": {"amount": "%s", "currency": "%s"}, "exchangeRate": "%s", "date": "%s"}"""
                .formatted(coInvestmentId, investor, source, amount, currency, rate, date);
    }

    /** A sub-fund and the parent's commitment to it; without a {@code commitmentId} the server names one. */
    static String subFund(String subFundId, String commitmentId, String targetSize, String parentCommitment,
                          String date) {
        return """
                {"subFundId": "%s", "name": "Belt and Road IP sub-fund", %s
                 "targetSize": {"amount": "%s", "currency": "CNY"},
                 "parentCommitment": {"amount": "%s", "currency": "CNY"}, "date": "%s"}"""
                .formatted(subFundId, commitmentId == null ? "" : "\"commitmentId\": \"" + commitmentId + "\",",
                        targetSize, parentCommitment, date);
    }

    static String correction(String correctionId, String reverses, String date) {
        return """
                {"correctionId": "%s", "reverses": "%s", "reason": "recorded in error", "date": "%s"}"""
                .formatted(correctionId, reverses, date);
    }

    static String returnInvestmentMultiple(String amendmentId, String effectiveFrom, String multiple) {
        return """
                {"amendmentId": "%s", "effectiveFrom": "%s", "returnInvestmentMultiple": "%s"}"""
                .formatted(amendmentId, effectiveFrom, multiple);
    }
}
