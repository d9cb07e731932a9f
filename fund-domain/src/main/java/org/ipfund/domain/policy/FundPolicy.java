package org.ipfund.domain.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A fund's rules over time. Policy differs between cities and changes (a city lowered its 返投
 * multiple in 2025), so every rule is judged as it stood on the business date of the fact.
 */
public record FundPolicy(List<PolicyTerms> terms) {

    public FundPolicy {
        Objects.requireNonNull(terms, "terms");
        terms = terms.stream().sorted(Comparator.comparing(PolicyTerms::effectiveFrom)).toList();
    }

    public static FundPolicy none() {
        return new FundPolicy(List.of());
    }

    public FundPolicy amendedBy(PolicyTerms amendment) {
        List<PolicyTerms> all = new ArrayList<>(terms);
        all.add(amendment);
        return new FundPolicy(all);
    }

    /**
     * The rules in force on a date: for each rule, the latest value set on or before that date; effective from the
     * latest version that took effect by then (the date itself when none had).
     */
    public PolicyTerms inForceOn(LocalDate date) {
        return new PolicyTerms(inForceSince(date),
                latest(date, PolicyTerms::shareCap),
                latest(date, PolicyTerms::shareCapAmount),
                latest(date, PolicyTerms::returnInvestmentMultiple),
                latest(date, PolicyTerms::followOnMaxShareOfLead),
                latest(date, PolicyTerms::followOnWindowDays),
                latest(date, PolicyTerms::investUncalledCommitments),
                latest(date, PolicyTerms::governmentShareCap),
                latest(date, PolicyTerms::cededExit),
                latest(date, PolicyTerms::recycleProceeds));
    }

    private LocalDate inForceSince(LocalDate date) {
        LocalDate since = date;
        for (PolicyTerms version : terms) {
            if (version.effectiveFrom().isAfter(date)) {
                break;
            }
            since = version.effectiveFrom();
        }
        return since;
    }

    private <T> T latest(LocalDate date, Function<PolicyTerms, T> rule) {
        T found = null;
        for (PolicyTerms version : terms) {
            if (version.effectiveFrom().isAfter(date)) {
                break;
            }
            T value = rule.apply(version);
            if (value != null) {
                found = value;
            }
        }
        return found;
    }
}
