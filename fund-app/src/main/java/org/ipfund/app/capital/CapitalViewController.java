package org.ipfund.app.capital;

import java.time.LocalDate;
import org.axonframework.queryhandling.QueryGateway;
import org.ipfund.app.web.UnknownResource;
import org.ipfund.app.web.ViewReads;
import org.ipfund.projections.capital.CapitalCallView;
import org.ipfund.projections.capital.CapitalPositionProjection;
import org.ipfund.projections.capital.CommitmentView;
import org.ipfund.projections.capital.ContributionView;
import org.ipfund.projections.capital.FindCapitalCalls;
import org.ipfund.projections.capital.FindCommitments;
import org.ipfund.projections.capital.FindContribution;
import org.ipfund.projections.capital.FundCapitalCalls;
import org.ipfund.projections.capital.FundCommitments;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading a fund's commitments, capital calls and contributions, as of any date. */
@RestController
@RequestMapping("/api/funds/{fundId}")
public class CapitalViewController {

    private final QueryGateway queries;
    private final ViewReads reads;

    public CapitalViewController(QueryGateway queries, ViewReads reads) {
        this.queries = queries;
        this.reads = reads;
    }

    @GetMapping("/commitments")
    public FundCommitments commitments(@PathVariable String fundId,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                       @RequestParam(required = false) Long minPosition) {
        reads.awaitFund(fundId, minPosition, CapitalPositionProjection.NAME);
        FundCommitments found = queries.query(new FindCommitments(fundId, reads.asOf(asOf)), FundCommitments.class).join();
        if (found == null) {
            throw unknownFund(fundId);
        }
        return found;
    }

    @GetMapping("/commitments/{commitmentId}")
    public CommitmentView commitment(@PathVariable String fundId, @PathVariable String commitmentId,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                     @RequestParam(required = false) Long minPosition) {
        return commitments(fundId, asOf, minPosition).commitments().stream()
                .filter(commitment -> commitment.commitmentId().equals(commitmentId))
                .findFirst()
                .orElseThrow(() -> new UnknownResource("COMMITMENT_NOT_FOUND",
                        "fund '%s' has no commitment '%s' dated on or before %s".formatted(fundId, commitmentId,
                                reads.asOf(asOf))));
    }

    @GetMapping("/capital-calls")
    public FundCapitalCalls calls(@PathVariable String fundId,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                  @RequestParam(required = false) Long minPosition) {
        reads.awaitFund(fundId, minPosition, CapitalPositionProjection.NAME);
        FundCapitalCalls found = queries.query(new FindCapitalCalls(fundId, reads.asOf(asOf)), FundCapitalCalls.class).join();
        if (found == null) {
            throw unknownFund(fundId);
        }
        return found;
    }

    @GetMapping("/capital-calls/{callId}")
    public CapitalCallView call(@PathVariable String fundId, @PathVariable String callId,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                @RequestParam(required = false) Long minPosition) {
        return calls(fundId, asOf, minPosition).calls().stream()
                .filter(call -> call.callId().equals(callId))
                .findFirst()
                .orElseThrow(() -> new UnknownResource("CALL_NOT_FOUND",
                        "fund '%s' has no capital call '%s' dated on or before %s".formatted(fundId, callId,
                                reads.asOf(asOf))));
    }

    @GetMapping("/contributions/{contributionId}")
    public ContributionView contribution(@PathVariable String fundId, @PathVariable String contributionId,
                                         @RequestParam(required = false) Long minPosition) {
        reads.awaitFund(fundId, minPosition, CapitalPositionProjection.NAME);
        ContributionView found = queries.query(new FindContribution(fundId, contributionId), ContributionView.class).join();
        if (found == null) {
            throw new UnknownResource("CONTRIBUTION_NOT_FOUND",
                    "fund '%s' has no contribution '%s'".formatted(fundId, contributionId));
        }
        return found;
    }

    private static UnknownResource unknownFund(String fundId) {
        return new UnknownResource("FUND_NOT_FOUND", "there is no fund '%s'".formatted(fundId));
    }
}
