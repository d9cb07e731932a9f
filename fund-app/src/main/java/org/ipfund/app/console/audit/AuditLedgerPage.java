package org.ipfund.app.console.audit;

import java.time.LocalDate;
import org.axonframework.queryhandling.QueryGateway;
import org.ipfund.app.console.ConsoleFunds;
import org.ipfund.app.console.ConsolePage;
import org.ipfund.app.web.InvalidInput;
import org.ipfund.app.web.UnknownResource;
import org.ipfund.app.web.ViewReads;
import org.ipfund.projections.capital.CapitalPositionProjection;
import org.ipfund.projections.ledger.AuditLedgerProjection;
import org.ipfund.projections.ledger.FindLedger;
import org.ipfund.projections.ledger.LedgerView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The double-entry audit ledger of one fund (or all) between two business dates, as {@code GET /api/audit/ledger}
 * reads it after the same waits: the balance of each account, the debit and credit totals per currency, and every
 * line pointing back to its event.
 */
@Controller
@ConsolePage
public class AuditLedgerPage {

    private final QueryGateway queries;
    private final ViewReads reads;
    private final ConsoleFunds funds;

    public AuditLedgerPage(QueryGateway queries, ViewReads reads, ConsoleFunds funds) {
        this.queries = queries;
        this.reads = reads;
        this.funds = funds;
    }

    @GetMapping("/console/audit/ledger")
    public String ledger(@RequestParam(required = false) String fundId,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         Model model) {
        String fund = fundId == null || fundId.isBlank() ? null : fundId.trim();
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInput("from", "must not be after to (%s)".formatted(to));
        }
        if (fund == null) {
            reads.awaitAll(null, AuditLedgerProjection.NAME);
        } else {
            reads.awaitFund(fund, null, AuditLedgerProjection.NAME, CapitalPositionProjection.NAME);
        }
        LedgerView view = queries.query(new FindLedger(fund, from, to), LedgerView.class).join();
        if (view == null) {
            throw new UnknownResource("FUND_NOT_FOUND", "there is no fund '%s'".formatted(fund));
        }
        model.addAttribute("funds", funds.launched());
        model.addAttribute("fundId", fund);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("ledger", LedgerFigures.of(view));
        return "console/audit/ledger";
    }
}
