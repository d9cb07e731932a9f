package org.ipfund.app.console.record;

import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.ipfund.app.console.ConsolePage;
import org.ipfund.app.console.ConsoleFunds;
import org.ipfund.app.web.ViewReads;
import org.ipfund.projections.capital.CapitalPositionProjection;
import org.ipfund.projections.capital.FundView;
import org.ipfund.projections.investor.FindInvestors;
import org.ipfund.projections.investor.InvestorList;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where a fund manager starts recording: a new fund, a new investor, or one of the funds already launched (each
 * has its own forms). The forms post to the API through the console ({@code /console/api}); these pages only
 * render them.
 */
@Controller
@ConsolePage
public class RecordPages {

    private final QueryGateway queries;
    private final ViewReads reads;
    private final ConsoleFunds funds;

    public RecordPages(QueryGateway queries, ViewReads reads, ConsoleFunds funds) {
        this.queries = queries;
        this.reads = reads;
        this.funds = funds;
    }

    @GetMapping("/console/record")
    public String index(Model model) {
        reads.awaitAll(null, CapitalPositionProjection.NAME);
        List<FundView> funds = this.funds.all(reads.asOf(null));
        model.addAttribute("funds", funds);
        return "console/record/index";
    }

    @GetMapping("/console/record/fund")
    public String launchFund(Model model) {
        model.addAttribute("today", reads.asOf(null));
        return "console/record/launch-fund";
    }

    @GetMapping("/console/record/investor")
    public String registerInvestor(Model model) {
        reads.awaitAll(null, CapitalPositionProjection.NAME);
        model.addAttribute("investors", queries.query(new FindInvestors(), InvestorList.class).join().investors());
        return "console/record/register-investor";
    }
}
