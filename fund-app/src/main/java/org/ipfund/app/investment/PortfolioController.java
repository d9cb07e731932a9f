package org.ipfund.app.investment;

import java.time.LocalDate;
import org.axonframework.queryhandling.QueryGateway;
import org.ipfund.app.web.UnknownResource;
import org.ipfund.app.web.ViewReads;
import org.ipfund.projections.capital.CapitalPositionProjection;
import org.ipfund.projections.distribution.DistributionsProjection;
import org.ipfund.projections.portfolio.FindInvestment;
import org.ipfund.projections.portfolio.FindPortfolio;
import org.ipfund.projections.portfolio.HoldingView;
import org.ipfund.projections.portfolio.PortfolioProjection;
import org.ipfund.projections.portfolio.PortfolioView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading the portfolio: every deal, its cost, its lead and the co-investors it drew in, and every stake in a sub-fund,
 * each with what it is worth and returned, as of any date. A read waits for the capital and distributions views too
 * (the capital view knows the fund itself; a stake is valued from its sub-fund's books), and for every write
 * acknowledged, since a stake's value moves with its sub-fund's facts.
 */
@RestController
@RequestMapping("/api/funds/{fundId}")
public class PortfolioController {

    private final QueryGateway queries;
    private final ViewReads reads;

    public PortfolioController(QueryGateway queries, ViewReads reads) {
        this.queries = queries;
        this.reads = reads;
    }

    @GetMapping("/portfolio")
    public PortfolioView portfolio(@PathVariable String fundId,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                   @RequestParam(required = false) Long minPosition) {
        reads.awaitAll(minPosition, PortfolioProjection.NAME, CapitalPositionProjection.NAME,
                DistributionsProjection.NAME);
        PortfolioView view = queries.query(new FindPortfolio(fundId, reads.asOf(asOf)), PortfolioView.class).join();
        if (view == null) {
            throw new UnknownResource("FUND_NOT_FOUND", "there is no fund '%s'".formatted(fundId));
        }
        return view;
    }

    @GetMapping("/investments/{investmentId}")
    public HoldingView investment(@PathVariable String fundId, @PathVariable String investmentId,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                  @RequestParam(required = false) Long minPosition) {
        reads.awaitAll(minPosition, PortfolioProjection.NAME, CapitalPositionProjection.NAME,
                DistributionsProjection.NAME);
        HoldingView view = queries.query(new FindInvestment(fundId, investmentId, reads.asOf(asOf)), HoldingView.class)
                .join();
        if (view == null) {
            throw new UnknownResource("INVESTMENT_NOT_FOUND",
                    "fund '%s' has no investment '%s' dated on or before that day".formatted(fundId, investmentId));
        }
        return view;
    }
}
