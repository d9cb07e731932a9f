package org.ipfund.projections.capital;

import java.time.LocalDate;
import java.util.List;

/** A fund's commitments as of a date, in the order they were recorded. */
public record FundCommitments(String fundId, LocalDate asOf, List<CommitmentView> commitments) {
}
