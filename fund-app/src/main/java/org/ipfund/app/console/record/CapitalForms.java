package org.ipfund.app.console.record;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.ipfund.app.console.ConsolePage;
import org.ipfund.projections.capital.CommitmentView;
import org.ipfund.projections.capital.FindCapitalCalls;
import org.ipfund.projections.capital.FindCommitments;
import org.ipfund.projections.capital.FundCapitalCalls;
import org.ipfund.projections.capital.FundCommitments;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The forms of capital in and out: a commitment (of a registered investor or a named one), a capital call (pro rata,
 * or on the commitments picked), a contribution against a call, and a distribution of the fund's cash. The calls and
 * commitments that stand are offered to pick from.
 */
@Controller
@ConsolePage
public class CapitalForms {

    private final FundOnForm fund;
    private final QueryGateway queries;

    public CapitalForms(FundOnForm fund, QueryGateway queries) {
        this.fund = fund;
        this.queries = queries;
    }

    @GetMapping("/console/funds/{fundId}/record/commitment")
    public String commitment(@PathVariable String fundId, Model model) {
        fund.show(fundId, model);
        model.addAttribute("investors", fund.investors());
        return "console/record/commitment";
    }

    @GetMapping("/console/funds/{fundId}/record/capital-call")
    public String capitalCall(@PathVariable String fundId, Model model) {
        LocalDate today = fund.show(fundId, model).asOf();
        model.addAttribute("commitments", standingCommitments(fundId, today));
        return "console/record/capital-call";
    }

    @GetMapping("/console/funds/{fundId}/record/contribution")
    public String contribution(@PathVariable String fundId, Model model) {
        LocalDate today = fund.show(fundId, model).asOf();
        model.addAttribute("commitments", standingCommitments(fundId, today));
        FundCapitalCalls calls = queries.query(new FindCapitalCalls(fundId, today), FundCapitalCalls.class).join();
        model.addAttribute("calls", calls == null ? List.of()
                : calls.calls().stream().filter(call -> call.reversal() == null).toList());
        return "console/record/contribution";
    }

    @GetMapping("/console/funds/{fundId}/record/distribution")
    public String distribution(@PathVariable String fundId, Model model) {
        fund.show(fundId, model);
        return "console/record/distribution";
    }

    private List<CommitmentView> standingCommitments(String fundId, LocalDate today) {
        FundCommitments commitments = queries.query(new FindCommitments(fundId, today), FundCommitments.class).join();
        return commitments == null ? List.of()
                : commitments.commitments().stream().filter(c -> c.reversal() == null).toList();
    }
}
