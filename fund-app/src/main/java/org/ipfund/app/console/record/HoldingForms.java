package org.ipfund.app.console.record;

import org.ipfund.app.console.ConsolePage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The forms of a fund's deals: a direct investment or a follow-on (with its lead), and, on a holding picked from
 * the open ones ({@code ?investment=}), a co-investor, a valuation or an exit. The API's path names the holding, so a
 * form on a holding is shown once one is picked.
 */
@Controller
@ConsolePage
public class HoldingForms {

    private final FundOnForm fund;

    public HoldingForms(FundOnForm fund) {
        this.fund = fund;
    }

    @GetMapping("/console/funds/{fundId}/record/investment")
    public String investment(@PathVariable String fundId, Model model) {
        fund.show(fundId, model);
        return "console/record/investment";
    }

    @GetMapping("/console/funds/{fundId}/record/co-investor")
    public String coInvestor(@PathVariable String fundId, @RequestParam(required = false) String investment,
                             Model model) {
        fund.show(fundId, model);
        fund.pick(fundId, investment, FundOnForm.OPEN_DEALS, model);
        return "console/record/co-investor";
    }

    @GetMapping("/console/funds/{fundId}/record/valuation")
    public String valuation(@PathVariable String fundId, @RequestParam(required = false) String investment,
                            Model model) {
        fund.show(fundId, model);
        fund.pick(fundId, investment, FundOnForm.OPEN, model);
        return "console/record/valuation";
    }

    @GetMapping("/console/funds/{fundId}/record/exit")
    public String exit(@PathVariable String fundId, @RequestParam(required = false) String investment, Model model) {
        fund.show(fundId, model);
        fund.pick(fundId, investment, FundOnForm.OPEN, model);
        return "console/record/exit";
    }
}
