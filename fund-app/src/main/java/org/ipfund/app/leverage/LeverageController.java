package org.ipfund.app.leverage;

import java.time.LocalDate;
import org.axonframework.queryhandling.QueryGateway;
import org.ipfund.app.web.UnknownResource;
import org.ipfund.app.web.ViewReads;
import org.ipfund.projections.capital.CapitalPositionProjection;
import org.ipfund.projections.leverage.FindLeverage;
import org.ipfund.projections.leverage.LeverageView;
import org.ipfund.projections.portfolio.PortfolioProjection;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/funds/{fundId}/leverage}: what the fund's money drew in, by source, as of any date. */
@RestController
public class LeverageController {

    private final QueryGateway queries;
    private final ViewReads reads;

    public LeverageController(QueryGateway queries, ViewReads reads) {
        this.queries = queries;
        this.reads = reads;
    }

    @GetMapping("/api/funds/{fundId}/leverage")
    public LeverageView leverage(@PathVariable String fundId,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                 @RequestParam(required = false) Long minPosition) {
        reads.awaitAll(minPosition, PortfolioProjection.NAME, CapitalPositionProjection.NAME);
        LeverageView view = queries.query(new FindLeverage(fundId, reads.asOf(asOf)), LeverageView.class).join();
        if (view == null) {
            throw new UnknownResource("FUND_NOT_FOUND", "there is no fund '%s'".formatted(fundId));
        }
        return view;
    }
}
