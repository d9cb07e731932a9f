package org.ipfund.app.web;

import java.util.Map;
import org.ipfund.domain.FundRuleViolation;
import org.ipfund.domain.money.CurrencyMismatch;
import org.ipfund.domain.money.CurrencyNotMoney;

/**
 * Where the command field a rule judged was given in the request body. The domain names a command's own field
 * ({@code parentCommitment}, {@code lead.amount}); a request gives money as {@code {"amount", "currency"}}, so a
 * currency rule points at the money's {@code currency} and every other rule on money at its {@code amount}. The one
 * place that knows the requests' shape for refusals: a request that gives a field elsewhere says so here.
 */
final class RequestPaths {

    /** Command fields that hold money, by the path of that money in the request. */
    private static final Map<String, String> MONEY = Map.of(
            "amount", "amount",
            "targetSize", "targetSize",
            "parentCommitment", "parentCommitment",
            "lead.amount", "lead.amount",
            "fairValue", "fairValue",
            "proceeds", "proceeds",
            "policy.terms.shareCapAmount", "policy.shareCapAmount",
            // an amendment's request gives its terms at the top of the body
            "terms.shareCapAmount", "shareCapAmount");

    /** Other command fields the request gives under another path. */
    private static final Map<String, String> ELSEWHERE = Map.of(
            // a request names the company, and the fund knows a company by its name
            "company", "company.name",
            "terms.effectiveFrom", "effectiveFrom",
            // a launch gives one version of its policy, or a list of them, and the domain judges them together
            "policy.terms.effectiveFrom", "policy.effectiveFrom");

    private RequestPaths() {
    }

    /** The request path of the field the rule judged, or null where it judged none. */
    static String of(FundRuleViolation violation) {
        String field = violation.field();
        if (field == null) {
            return null;
        }
        String money = MONEY.get(field);
        if (money != null) {
            return money + (violation instanceof CurrencyMismatch || violation instanceof CurrencyNotMoney
                    ? ".currency" : ".amount");
        }
        return ELSEWHERE.getOrDefault(field, field);
    }
}
