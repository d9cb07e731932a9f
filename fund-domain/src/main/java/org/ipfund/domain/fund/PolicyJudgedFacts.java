package org.ipfund.domain.fund;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ipfund.domain.FundRuleViolation;
import org.ipfund.domain.investment.FollowOnInvestmentRecorded;
import org.ipfund.domain.investment.InvestmentRecorded;
import org.ipfund.domain.investment.Portfolio;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.domain.policy.InvalidatedFact;
import org.ipfund.domain.policy.PolicyTerms;

/**
 * The facts a fund accepted by the policy in force on their date: follow-ons alongside a lead (co-investment terms)
 * and its commitments to sub-funds (share cap, and the government share cap for fiscal money). Part of the
 * {@link Fund} aggregate, so that an amendment cannot change how they were judged: every one is kept, a reversed
 * follow-on too, since the views of the days it stood were judged with it.
 */
class PolicyJudgedFacts {

    private final List<FollowOnInvestmentRecorded> followOns = new ArrayList<>();
    private final List<SubFundCommitted> subFunds = new ArrayList<>();

    /** The earliest fact dated from {@code from} on that the amended policy would have refused. */
    Optional<InvalidatedFact> firstInvalidatedBy(FundPolicy amended, LocalDate from) {
        Optional<InvalidatedFact> first = Optional.empty();
        for (FollowOnInvestmentRecorded followOn : followOns) {
            if (!followOn.date().isBefore(from)) {
                first = InvalidatedFact.earliest(first, refused(followOn.investmentId().value(), followOn.date(),
                        () -> Portfolio.judgeAlongsideLead(followOn.amount(), followOn.date(), followOn.lead(),
                                amended.inForceOn(followOn.date()))));
            }
        }
        for (SubFundCommitted subFund : subFunds) {
            if (!subFund.date().isBefore(from)) {
                PolicyTerms terms = amended.inForceOn(subFund.date());
                first = InvalidatedFact.earliest(first, refused(subFund.subFundId().value(), subFund.date(), () -> {
                    ShareCap.judge(subFund.amount(), subFund.targetSize(), terms);
                    GovernmentShare.judgeParentCommitment(subFund.amount(), subFund.source(), subFund.targetSize(),
                            terms);
                }));
            }
        }
        return first;
    }

    void record(InvestmentRecorded event) {
        if (event instanceof FollowOnInvestmentRecorded followOn && followOn.lead() != null) {
            followOns.add(followOn);
        }
    }

    void record(SubFundCommitted event) {
        subFunds.add(event);
    }

    /** A reversed fact no longer stands, so no amendment can invalidate it. */
    void forget(String factId) {
        followOns.removeIf(followOn -> followOn.investmentId().value().equals(factId));
        subFunds.removeIf(subFund -> subFund.subFundId().value().equals(factId));
    }

    private static Optional<InvalidatedFact> refused(String factId, LocalDate date, Runnable judgment) {
        try {
            judgment.run();
            return Optional.empty();
        } catch (FundRuleViolation refused) {
            return Optional.of(new InvalidatedFact(factId, date, refused.code(), refused.getMessage()));
        }
    }
}
