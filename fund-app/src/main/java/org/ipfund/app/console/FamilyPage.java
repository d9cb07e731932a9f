package org.ipfund.app.console;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.ipfund.app.web.ViewReads;
import org.ipfund.domain.money.Ratio;
import org.ipfund.projections.capital.CapitalPositionProjection;
import org.ipfund.projections.capital.FundView;
import org.ipfund.projections.leverage.FindLeverage;
import org.ipfund.projections.leverage.LeverageView;
import org.ipfund.projections.portfolio.PortfolioProjection;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The "1+N" family: every fund as a tree, with each sub-fund's amplification, share and share-cap flags. */
@Controller
@ConsolePage
public class FamilyPage {

    private final QueryGateway queries;
    private final ViewReads reads;
    private final ConsoleFunds funds;

    public FamilyPage(QueryGateway queries, ViewReads reads, ConsoleFunds funds) {
        this.queries = queries;
        this.reads = reads;
        this.funds = funds;
    }

    @GetMapping("/console/funds")
    public String family(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                         Model model) {
        reads.awaitAll(null, CapitalPositionProjection.NAME, PortfolioProjection.NAME);
        LocalDate date = reads.asOf(asOf);
        List<FundView> funds = this.funds.all(date);
        Map<String, Ratio> amplification = new HashMap<>();
        funds.stream().filter(fund -> funds.stream().anyMatch(other -> other.parent() != null
                        && other.parent().fundId().equals(fund.fundId())))
                .forEach(parent -> {
                    LeverageView leverage = queries.query(new FindLeverage(parent.fundId(), date), LeverageView.class)
                            .join();
                    if (leverage != null) {
                        leverage.subFunds().forEach(sub -> amplification.put(sub.fundId(), sub.amplification()));
                    }
                });
        model.addAttribute("asOf", date);
        model.addAttribute("tree", FamilyTree.of(funds, amplification));
        return "console/family";
    }
}
