package org.ipfund.app.distribution;

import java.time.LocalDate;
import org.axonframework.queryhandling.QueryGateway;
import org.ipfund.app.web.UnknownResource;
import org.ipfund.app.web.ViewReads;
import org.ipfund.projections.capital.CapitalPositionProjection;
import org.ipfund.projections.distribution.DistributionsProjection;
import org.ipfund.projections.distribution.DistributionsView;
import org.ipfund.projections.distribution.FindDistribution;
import org.ipfund.projections.distribution.FindDistributions;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/funds/{fundId}/distributions}: each distribution to the fund's investors with what every commitment
 * received, and the totals by investor and by capital source, as of any date; and one of them by its id.
 */
@RestController
public class DistributionController {

    private final QueryGateway queries;
    private final ViewReads reads;

    public DistributionController(QueryGateway queries, ViewReads reads) {
        this.queries = queries;
        this.reads = reads;
    }

    @GetMapping("/api/funds/{fundId}/distributions")
    public DistributionsView distributions(@PathVariable String fundId,
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                           @RequestParam(required = false) Long minPosition) {
        reads.awaitFund(fundId, minPosition, DistributionsProjection.NAME, CapitalPositionProjection.NAME);
        DistributionsView view = queries.query(new FindDistributions(fundId, reads.asOf(asOf)),
                DistributionsView.class).join();
        if (view == null) {
            throw new UnknownResource("FUND_NOT_FOUND", "there is no fund '%s'".formatted(fundId));
        }
        return view;
    }

    /** One distribution, where a recorded distribution's {@code Location} points. */
    @GetMapping("/api/funds/{fundId}/distributions/{distributionId}")
    public DistributionsView.Distribution distribution(@PathVariable String fundId, @PathVariable String distributionId,
                                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                                       @RequestParam(required = false) Long minPosition) {
        reads.awaitFund(fundId, minPosition, DistributionsProjection.NAME, CapitalPositionProjection.NAME);
        DistributionsView.Distribution view = queries.query(new FindDistribution(fundId, distributionId,
                reads.asOf(asOf)), DistributionsView.Distribution.class).join();
        if (view == null) {
            throw new UnknownResource("DISTRIBUTION_NOT_FOUND",
                    "fund '%s' has no distribution '%s' dated on or before that day".formatted(fundId, distributionId));
        }
        return view;
    }
}
