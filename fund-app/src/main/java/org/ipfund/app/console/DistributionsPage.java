package org.ipfund.app.console;

import java.time.LocalDate;
import org.axonframework.queryhandling.QueryGateway;
import org.ipfund.app.web.UnknownResource;
import org.ipfund.app.web.ViewReads;
import org.ipfund.projections.capital.CapitalPositionProjection;
import org.ipfund.projections.capital.FundView;
import org.ipfund.projections.distribution.DistributionsProjection;
import org.ipfund.projections.distribution.DistributionsView;
import org.ipfund.projections.distribution.FindDistributions;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A fund's distributions (分配) as of the date picked: each one with what every commitment received, capital returned
 * and gain apart, and the totals by investor and by capital source; the same query the API answers.
 */
@Controller
@ConsolePage
public class DistributionsPage {

    private final QueryGateway queries;
    private final ViewReads reads;
    private final ConsoleFunds funds;

    public DistributionsPage(QueryGateway queries, ViewReads reads, ConsoleFunds funds) {
        this.queries = queries;
        this.reads = reads;
        this.funds = funds;
    }

    @GetMapping("/console/funds/{fundId}/distributions")
    public String distributions(@PathVariable String fundId,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                LocalDate asOf, Model model) {
        reads.awaitFund(fundId, null, DistributionsProjection.NAME, CapitalPositionProjection.NAME);
        LocalDate date = reads.asOf(asOf);
        FundView fund = funds.one(fundId, reads.asOf(null));
        DistributionsView distributions = queries.query(new FindDistributions(fundId, date), DistributionsView.class)
                .join();
        if (distributions == null) {
            throw new UnknownResource("FUND_NOT_FOUND", "there is no fund '%s'".formatted(fundId));
        }
        model.addAttribute("fund", fund);
        model.addAttribute("asOf", date);
        model.addAttribute("distributions", distributions);
        return "console/distributions";
    }
}
