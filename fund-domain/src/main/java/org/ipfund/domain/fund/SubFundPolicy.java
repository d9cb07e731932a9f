package org.ipfund.domain.fund;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.domain.policy.PolicyTerms;

/**
 * A new sub-fund's policy: the versions it was given and, unless they set a government share cap in force on the day
 * it is created, the one its parent had in force that day, from that day. Nothing else of the parent's policy is
 * inherited (the share cap and the 返投 multiple stay the parent's own rules about its sub-funds).
 */
final class SubFundPolicy {

    private SubFundPolicy() {
    }

    static FundPolicy of(FundPolicy given, PolicyTerms parentTerms, LocalDate launchDate) {
        if (parentTerms.governmentShareCap() == null || given.inForceOn(launchDate).governmentShareCap() != null) {
            return given;
        }
        List<PolicyTerms> versions = new ArrayList<>();
        versions.add(new PolicyTerms(launchDate, null, null, null, null, null, null,
                parentTerms.governmentShareCap()));
        versions.addAll(given.terms());
        return new FundPolicy(versions);
    }
}
