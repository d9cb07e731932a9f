package org.ipfund.app.console.record;

import org.ipfund.app.console.ConsolePage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "N" of "1+N": a parent fund creates a sub-fund (launching it with its own policy and committing to it in one
 * step), and later commits more to one of its sub-funds, picked from those it created ({@code ?subFund=}).
 */
@Controller
@ConsolePage
public class SubFundForms {

    private final FundOnForm fund;

    public SubFundForms(FundOnForm fund) {
        this.fund = fund;
    }

    @GetMapping("/console/funds/{fundId}/record/sub-fund")
    public String subFund(@PathVariable String fundId, Model model) {
        fund.show(fundId, model);
        return "console/record/sub-fund";
    }

    @GetMapping("/console/funds/{fundId}/record/top-up")
    public String topUp(@PathVariable String fundId, @RequestParam(required = false) String subFund, Model model) {
        fund.show(fundId, model);
        fund.pick(fundId, subFund, FundOnForm.OPEN_SUB_FUNDS, model);
        return "console/record/top-up";
    }
}
