package org.ipfund.app.console.record;

import org.ipfund.app.console.ConsolePage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A correction: history is never changed, a mistaken fact is reversed by a new one. Started from the fact's
 * "correct" link on a read page ({@code ?reverses=<fact id>}), the form shows that fact and keeps its id as given;
 * started from the fund's forms, it offers the facts that stand to pick from.
 */
@Controller
@ConsolePage
public class CorrectionForm {

    private final FundOnForm fund;
    private final FundFacts facts;

    public CorrectionForm(FundOnForm fund, FundFacts facts) {
        this.fund = fund;
        this.facts = facts;
    }

    @GetMapping("/console/funds/{fundId}/record/correction")
    public String correction(@PathVariable String fundId, @RequestParam(required = false) String reverses,
                             Model model) {
        fund.show(fundId, model);
        if (reverses == null || reverses.isBlank()) {
            model.addAttribute("facts", facts.of(fundId).stream().filter(RecordedFact::standing).toList());
        } else {
            model.addAttribute("reverses", reverses);
            model.addAttribute("reversed", facts.find(fundId, reverses).orElse(null));
        }
        return "console/record/correction";
    }
}
