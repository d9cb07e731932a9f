package org.ipfund.app.audit;

import java.time.LocalDate;
import org.axonframework.queryhandling.QueryGateway;
import org.ipfund.app.web.InvalidInput;
import org.ipfund.app.web.UnknownResource;
import org.ipfund.app.web.ViewReads;
import org.ipfund.projections.capital.CapitalPositionProjection;
import org.ipfund.projections.ledger.AuditLedgerProjection;
import org.ipfund.projections.ledger.FindLedger;
import org.ipfund.projections.ledger.LedgerView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The double-entry audit ledger for auditors: every money movement as balanced lines that point back to their
 * events, for one fund or all, between two business dates (inclusive, each optional). A fund that was never
 * launched is 404, not an empty ledger, so that a mistyped id is not read as "no money moved"; since the
 * capital view is what knows the funds, a read with {@code minPosition} for one fund waits for it too.
 */
@RestController
public class LedgerController {

    private final QueryGateway queries;
    private final ViewReads reads;

    public LedgerController(QueryGateway queries, ViewReads reads) {
        this.queries = queries;
        this.reads = reads;
    }

    @GetMapping("/api/audit/ledger")
    public LedgerResponse ledger(@RequestParam(required = false) String fundId,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                 @RequestParam(required = false) Long minPosition) {
        String fund = fundId == null || fundId.isBlank() ? null : fundId;
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInput("from", "must not be after to (%s)".formatted(to));
        }
        if (fund == null) {
            reads.awaitAll(minPosition, AuditLedgerProjection.NAME);
        } else {
            reads.awaitFund(fund, minPosition, AuditLedgerProjection.NAME, CapitalPositionProjection.NAME);
        }
        LedgerView view = queries.query(new FindLedger(fund, from, to), LedgerView.class).join();
        if (view == null) {
            throw new UnknownResource("FUND_NOT_FOUND", "there is no fund '%s'".formatted(fund));
        }
        return LedgerResponse.of(view);
    }
}
