package org.ipfund.app.console;

import java.time.LocalDate;
import org.axonframework.queryhandling.QueryGateway;
import org.ipfund.app.web.ViewReads;
import org.ipfund.projections.capital.CapitalPositionProjection;
import org.ipfund.projections.capital.FindCapitalCalls;
import org.ipfund.projections.capital.FindCommitments;
import org.ipfund.projections.capital.FundCapitalCalls;
import org.ipfund.projections.capital.FundCommitments;
import org.ipfund.projections.capital.FundView;
import org.ipfund.projections.distribution.DistributionsProjection;
import org.ipfund.projections.portfolio.FindPortfolio;
import org.ipfund.projections.portfolio.PortfolioProjection;
import org.ipfund.projections.portfolio.PortfolioView;
import org.ipfund.projections.returninvestment.FindReturnInvestment;
import org.ipfund.projections.returninvestment.ReturnInvestmentView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One fund's pages, as of any date picked: its capital position by source with its commitments and calls, its
 * portfolio with co-investors, valuations and exits, and its 返投 compliance. Each reads the same query the API
 * answers, after the same read-your-writes wait.
 */
@Controller
@ConsolePage
public class FundPages {

    private final QueryGateway queries;
    private final ViewReads reads;
    private final ConsoleFunds funds;

    public FundPages(QueryGateway queries, ViewReads reads, ConsoleFunds funds) {
        this.queries = queries;
        this.reads = reads;
        this.funds = funds;
    }

    @GetMapping("/console/funds/{fundId}")
    public String capital(@PathVariable String fundId,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                          Model model) {
        reads.awaitFund(fundId, null, CapitalPositionProjection.NAME);
        LocalDate date = reads.asOf(asOf);
        FundView fund = fund(fundId, date, model);
        model.addAttribute("commitments", queries.query(new FindCommitments(fundId, date), FundCommitments.class)
                .join());
        model.addAttribute("calls", queries.query(new FindCapitalCalls(fundId, date), FundCapitalCalls.class).join());
        model.addAttribute("sources", fund.bySource().entrySet());
        return "console/capital";
    }

    @GetMapping("/console/funds/{fundId}/portfolio")
    public String portfolio(@PathVariable String fundId,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                            Model model) {
        reads.awaitAll(null, PortfolioProjection.NAME, CapitalPositionProjection.NAME, DistributionsProjection.NAME);
        LocalDate date = reads.asOf(asOf);
        fund(fundId, date, model);
        model.addAttribute("portfolio", queries.query(new FindPortfolio(fundId, date), PortfolioView.class).join());
        return "console/portfolio";
    }

    @GetMapping("/console/funds/{fundId}/return-investment")
    public String returnInvestment(@PathVariable String fundId,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                   LocalDate asOf, Model model) {
        reads.awaitAll(null, PortfolioProjection.NAME, CapitalPositionProjection.NAME);
        LocalDate date = reads.asOf(asOf);
        fund(fundId, date, model);
        model.addAttribute("returnInvestment", queries.query(new FindReturnInvestment(fundId, date),
                ReturnInvestmentView.class).join());
        return "console/return-investment";
    }

    /** The fund every page of it heads with (its name, type and currency), or 404 for a fund never launched. */
    private FundView fund(String fundId, LocalDate date, Model model) {
        FundView fund = funds.one(fundId, date);
        model.addAttribute("fund", fund);
        model.addAttribute("asOf", date);
        return fund;
    }
}
