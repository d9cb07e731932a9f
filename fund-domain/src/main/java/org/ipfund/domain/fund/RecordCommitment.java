package org.ipfund.domain.fund;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.FundId;
import org.ipfund.domain.CapitalSource;

/**
 * An investor commits to the fund. Where the request named the investor by {@code investorId} (a registered
 * investor or a fund of the service), or by a name that is a fund's, the check made across the funds before dispatch
 * adds what the fund needs to judge it: {@code registeredSource}, the source the investor was registered with, and
 * {@code familyParent}, the parent of the "1+N" family when the investor is a fund of the committed fund's own family
 * (whose money goes through that parent's side, never as an ordinary investor's).
 */
public record RecordCommitment(@TargetAggregateIdentifier FundId fundId, CommitmentId commitmentId,
                               String investor, CapitalSource source, Money amount, LocalDate date,
                               String investorId, CapitalSource registeredSource, FundId familyParent) {

    public RecordCommitment {
        Objects.requireNonNull(fundId, "fundId");
        Objects.requireNonNull(commitmentId, "commitmentId");
        Objects.requireNonNull(investor, "investor");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
        if (investor.isBlank()) {
            throw new IllegalArgumentException("investor must not be blank");
        }
    }

    /** A one-off party named only by its name, which is no fund's. */
    public RecordCommitment(FundId fundId, CommitmentId commitmentId, String investor, CapitalSource source,
                            Money amount, LocalDate date) {
        this(fundId, commitmentId, investor, source, amount, date, null, null, null);
    }

    /** Refuses an investor of the fund's own family, and a source other than the one its investor is registered with. */
    void judgeInvestor() {
        if (familyParent != null) {
            throw new FamilyFundNotAnInvestor(investorId != null ? investorId : investor, fundId, familyParent,
                    investorId != null ? "investorId" : "investor");
        }
        if (registeredSource != null && registeredSource != source) {
            throw new InvestorSourceMismatch(investorId, registeredSource, source);
        }
    }
}
