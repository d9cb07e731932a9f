package org.ipfund.app.returninvestment;

import java.time.LocalDate;
import org.axonframework.queryhandling.QueryGateway;
import org.ipfund.app.web.UnknownResource;
import org.ipfund.app.web.ViewReads;
import org.ipfund.projections.capital.CapitalPositionProjection;
import org.ipfund.projections.portfolio.PortfolioProjection;
import org.ipfund.projections.returninvestment.FindReturnInvestment;
import org.ipfund.projections.returninvestment.ReturnInvestmentView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/funds/{fundId}/return-investment}: 返投 compliance of each of the fund's sub-funds. */
@RestController
public class ReturnInvestmentController {

    private final QueryGateway queries;
    private final ViewReads reads;

    public ReturnInvestmentController(QueryGateway queries, ViewReads reads) {
        this.queries = queries;
        this.reads = reads;
    }

    @GetMapping("/api/funds/{fundId}/return-investment")
    public ReturnInvestmentView returnInvestment(@PathVariable String fundId,
                                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                                 @RequestParam(required = false) Long minPosition) {
        reads.awaitAll(minPosition, PortfolioProjection.NAME, CapitalPositionProjection.NAME);
        ReturnInvestmentView view = queries.query(new FindReturnInvestment(fundId, reads.asOf(asOf)),
                ReturnInvestmentView.class).join();
        if (view == null) {
            throw new UnknownResource("FUND_NOT_FOUND", "there is no fund '%s'".formatted(fundId));
        }
        return view;
    }
}
