package org.ipfund.domain.fund;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ipfund.domain.FundId;
import org.ipfund.domain.correction.CorrectionId;

/**
 * Reverse the parent {@code fundId}'s commitment to its sub-fund {@code subFundId}, recorded by mistake: a correction
 * like any other, but it changes two funds (the parent's stake and the sub-fund's commitment from its parent), so it
 * is judged by both and recorded in both, parent first.
 */
public record ReverseSubFundCommitment(@TargetAggregateIdentifier FundId fundId, FundId subFundId,
                                       CorrectionId correctionId, String reason, LocalDate date)
        implements TwoFundCommand {

    public ReverseSubFundCommitment {
        Objects.requireNonNull(fundId, "fundId");
        Objects.requireNonNull(subFundId, "subFundId");
        Objects.requireNonNull(correctionId, "correctionId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(date, "date");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a correction gives its reason");
        }
    }

    @Override
    public FundId parentFundId() {
        return fundId;
    }
}
