package org.ipfund.projections.capital;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.figures.CapitalPosition;
import org.ipfund.domain.figures.RaisedCapital;
import org.ipfund.domain.fund.FundType;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.ipfund.domain.policy.PolicyTerms;

/**
 * A fund and its capital position as of a business date, in total and by capital source, with the policy in
 * force on that date. {@code investable} is what a new fact dated {@code asOf} may use, given every fact recorded
 * whatever its date. A sub-fund names its {@code parent}; other funds have none.
 */
public record FundView(String fundId, String name, FundType type, Currency currency, LocalDate launchDate,
                       LocalDate asOf, CapitalPosition capital, Money investable,
                       Map<CapitalSource, RaisedCapital> bySource,
                       Parent parent, PolicyTerms policy) {

    /**
     * The fund that created this sub-fund, the sub-fund's target size (认缴规模), the parent's commitment, and
     * the parent's real share of the sub-fund's commitments. When the sub-fund raised less than planned, that
     * share can exceed the parent's share cap: the facts stand and {@code shareCapBreached} says so. Likewise
     * {@code governmentCommitment}, the central and local fiscal money committed (the guidance parent's among it),
     * and its {@code governmentShare} of the commitments, against the sub-fund's {@code governmentShareCap}.
     */
    public record Parent(String fundId, Money targetSize, String commitmentId, Money commitment, Ratio share,
                         Ratio shareCap, boolean shareCapBreached, Money governmentCommitment,
                         Ratio governmentShare, Ratio governmentShareCap, boolean governmentShareCapBreached) {
    }
}
