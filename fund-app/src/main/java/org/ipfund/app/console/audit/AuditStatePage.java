package org.ipfund.app.console.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.ipfund.app.console.ConsoleFunds;
import org.ipfund.app.console.ConsolePage;
import org.ipfund.app.web.InvalidInput;
import org.ipfund.app.web.PathIds;
import org.ipfund.app.web.UnknownResource;
import org.ipfund.app.web.ViewReads;
import org.ipfund.audit.history.EventHistory;
import org.ipfund.audit.history.FundStateView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A fund as it stood on a business date ({@code asOf}), rebuilt from its events as the store knows them now and as
 * it knew them at an instant ({@code knownAt}), side by side: the API's {@code GET /api/audit/funds/{id}/state}
 * asked twice. {@code knownAt} is a time in the fund's time zone as the page's picker gives it (or an ISO instant);
 * left out, it is now.
 */
@Controller
@ConsolePage
public class AuditStatePage {

    private final EventHistory history;
    private final ConsoleFunds funds;
    private final ViewReads reads;
    private final Clock clock;

    public AuditStatePage(EventHistory history, ConsoleFunds funds, ViewReads reads, Clock clock) {
        this.history = history;
        this.funds = funds;
        this.reads = reads;
        this.clock = clock;
    }

    @GetMapping("/console/audit/state")
    public String state(@RequestParam(required = false) String fundId,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                        @RequestParam(required = false) String knownAt, Model model) {
        Instant now = Instant.now(clock);
        Instant known = knownAt == null || knownAt.isBlank() ? now : instant(knownAt);
        LocalDate date = reads.asOf(asOf);
        model.addAttribute("funds", funds.launched());
        model.addAttribute("asOf", date);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("knownAt", known);
        model.addAttribute("knownAtField", LocalDateTime.ofInstant(known, clock.getZone())
                .truncatedTo(ChronoUnit.SECONDS).toString());
        if (fundId == null || fundId.isBlank()) {
            return "console/audit/state";
        }
        String id = PathIds.fund(fundId.trim()).value();
        FundStateView asKnownNow = history.fundState(id, date, now)
                .orElseThrow(() -> new UnknownResource("FUND_NOT_FOUND", "there is no fund '%s'".formatted(id)));
        FundStateView asKnownThen = history.fundState(id, date, known).orElse(null);
        model.addAttribute("fundId", id);
        model.addAttribute("comparison", StateComparison.of(asKnownNow, asKnownThen));
        return "console/audit/state";
    }

    /** The picker's local time in the fund's zone, or an ISO instant; nothing looser. */
    private Instant instant(String text) {
        try {
            return LocalDateTime.parse(text.trim()).atZone(clock.getZone()).toInstant();
        } catch (DateTimeParseException notLocal) {
            try {
                return Instant.parse(text.trim());
            } catch (DateTimeParseException notAnInstant) {
                throw new InvalidInput("knownAt", "'%s' is not a time such as 2018-03-01T09:30:00".formatted(text));
            }
        }
    }
}
