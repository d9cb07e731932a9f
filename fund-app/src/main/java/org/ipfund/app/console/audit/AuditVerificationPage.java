package org.ipfund.app.console.audit;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.ipfund.app.console.ConsoleFunds;
import org.ipfund.app.console.ConsolePage;
import org.ipfund.app.web.InvalidInput;
import org.ipfund.app.web.ViewReads;
import org.ipfund.audit.evidence.Evidence;
import org.ipfund.projections.capital.FundView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Tamper evidence for auditors: both hash chains and the event signatures verified now ({@code GET /api/audit/verify}'s
 * answer), a signed checkpoint to create and download, one downloaded earlier to upload and verify, and the exports
 * of a period. Creating, uploading and downloading go through {@code /console/api/audit/…}, the API with the session.
 * The export period defaults to the first fund's launch up to today.
 */
@Controller
@ConsolePage
public class AuditVerificationPage {

    private final Evidence evidence;
    private final ConsoleFunds funds;
    private final ViewReads reads;

    public AuditVerificationPage(Evidence evidence, ConsoleFunds funds, ViewReads reads) {
        this.evidence = evidence;
        this.funds = funds;
        this.reads = reads;
    }

    @GetMapping("/console/audit/verification")
    public String verification(@RequestParam(required = false) String fundId,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               LocalDate to, Model model) {
        List<FundView> launched = funds.launched();
        LocalDate today = reads.asOf(null);
        LocalDate start = from != null ? from : launched.stream().map(FundView::launchDate)
                .min(Comparator.naturalOrder()).orElse(today);
        LocalDate end = to != null ? to : today;
        if (end.isBefore(start)) {
            throw new InvalidInput("to", "must be on or after from (%s)".formatted(start));
        }
        model.addAttribute("report", evidence.verify());
        model.addAttribute("funds", launched);
        model.addAttribute("fundId", fundId == null || fundId.isBlank() ? null : fundId.trim());
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        return "console/audit/verification";
    }
}
