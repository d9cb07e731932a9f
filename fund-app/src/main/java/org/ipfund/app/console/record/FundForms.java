package org.ipfund.app.console.record;

import org.ipfund.app.console.ConsolePage;
import org.ipfund.projections.holding.HoldingKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A fund's "record" tab: every fact a manager can record on the fund, one form each, with its holdings and
 * sub-funds linked to the forms that record on them; and the form that amends the fund's policy.
 */
@Controller
@ConsolePage
public class FundForms {

    private final FundOnForm fund;

    public FundForms(FundOnForm fund) {
        this.fund = fund;
    }

    @GetMapping("/console/funds/{fundId}/record")
    public String index(@PathVariable String fundId, Model model) {
        fund.show(fundId, model);
        var holdings = fund.holdings(fundId);
        model.addAttribute("deals", holdings.stream().filter(h -> h.kind() != HoldingKind.SUB_FUND).toList());
        model.addAttribute("subFunds", holdings.stream().filter(h -> h.kind() == HoldingKind.SUB_FUND).toList());
        return "console/record/fund-forms";
    }

    @GetMapping("/console/funds/{fundId}/record/policy")
    public String policy(@PathVariable String fundId, Model model) {
        fund.show(fundId, model);
        return "console/record/policy";
    }
}
