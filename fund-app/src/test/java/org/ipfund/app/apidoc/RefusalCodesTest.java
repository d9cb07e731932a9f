package org.ipfund.app.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ipfund.domain.FundRuleViolation;
import org.ipfund.domain.UnacceptableValue;
import org.ipfund.domain.UnknownFact;
import org.junit.jupiter.api.Test;
import org.objenesis.ObjenesisStd;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * The OpenAPI document lists under each status every rule code of the domain that status may carry: each
 * {@code FundRuleViolation} of fund-domain is found and asked its code, and must be listed where
 * web/ProblemDetailsAdvice answers it (an unknown fact 404, an unacceptable value 400, any other rule 409).
 */
class RefusalCodesTest {

    @Test
    void listsEveryRuleOfTheDomainUnderTheStatusItIsAnsweredWith() throws ClassNotFoundException {
        List<String> notFound = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (FundRuleViolation rule : everyRule()) {
            (rule instanceof UnknownFact ? notFound : rule instanceof UnacceptableValue ? invalid : refused)
                    .add(rule.code());
        }

        assertThat(refused).hasSizeGreaterThan(30);
        assertThat(RefusalCodes.UNKNOWN).containsAll(notFound);
        assertThat(RefusalCodes.INVALID_INPUT).containsAll(invalid);
        assertThat(RefusalCodes.RULES).containsExactlyInAnyOrderElementsOf(refused);
    }

    /** One of each rule, made without its constructor: only its {@code code()} is asked, which reads no field. */
    private static List<FundRuleViolation> everyRule() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AssignableTypeFilter(FundRuleViolation.class));
        ObjenesisStd objenesis = new ObjenesisStd();
        List<FundRuleViolation> rules = new ArrayList<>();
        for (BeanDefinition found : scan.findCandidateComponents("org.ipfund.domain")) {
            rules.add((FundRuleViolation) objenesis.newInstance(Class.forName(found.getBeanClassName())));
        }
        return rules;
    }
}
