package org.ipfund.domain;

import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;

/** Matches a refusal by the rule it names: its stable code and the command field it blames. */
public final class RuleMatchers {

    private RuleMatchers() {
    }

    public static Matcher<FundRuleViolation> rule(String code, String field) {
        return Matchers.allOf(code(code),
                new FeatureMatcher<FundRuleViolation, String>(Matchers.equalTo(field), "field", "field") {
                    @Override
                    protected String featureValueOf(FundRuleViolation violation) {
                        return violation.field();
                    }
                });
    }

    public static Matcher<FundRuleViolation> code(String code) {
        return new FeatureMatcher<FundRuleViolation, String>(Matchers.equalTo(code), "rule code", "code") {
            @Override
            protected String featureValueOf(FundRuleViolation violation) {
                return violation.code();
            }
        };
    }
}
