package org.ipfund.app.console.audit;

import java.time.Clock;
import java.time.LocalDate;
import org.ipfund.app.console.ConsoleFunds;
import org.ipfund.app.console.ConsolePage;
import org.ipfund.app.web.InvalidInput;
import org.ipfund.audit.history.EventHistoryPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The event history for auditors: who recorded each event, when, from which business date and why, for one fund (or
 * any aggregate) or all, within a period of business dates, page by page as the API answers it
 * ({@code limit}, and {@code afterPosition} to continue).
 */
@Controller
@ConsolePage
public class AuditEventsPage {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;

    private final DatedEventHistory history;
    private final ConsoleFunds funds;
    private final Clock clock;

    public AuditEventsPage(DatedEventHistory history, ConsoleFunds funds, Clock clock) {
        this.history = history;
        this.funds = funds;
        this.clock = clock;
    }

    @GetMapping("/console/audit/events")
    public String events(@RequestParam(required = false) String aggregateId,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         @RequestParam(required = false) Long afterPosition,
                         @RequestParam(required = false) Integer limit, Model model) {
        String aggregate = aggregateId == null || aggregateId.isBlank() ? null : aggregateId.trim();
        long after = afterPosition == null ? -1 : afterPosition;
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (after < -1) {
            throw new InvalidInput("afterPosition", "must be a position, or -1 to start at the first event");
        }
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidInput("limit", "must be from 1 to " + MAX_LIMIT);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInput("from", "must not be after to (%s)".formatted(to));
        }
        EventHistoryPage page = history.page(aggregate, from, to, after, size);
        model.addAttribute("aggregateId", aggregate);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("limit", size);
        model.addAttribute("afterPosition", after);
        model.addAttribute("funds", funds.launched());
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("rows", page.events().stream().map(EventRow::of).toList());
        model.addAttribute("nextPage", page.events().size() < size ? null
                : pageAfter(aggregate, from, to, size, page.nextAfterPosition()));
        model.addAttribute("firstPage", after < 0 ? null : pageAfter(aggregate, from, to, size, null));
        return "console/audit/events";
    }

    private static String pageAfter(String aggregateId, LocalDate from, LocalDate to, int limit, Long position) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/console/audit/events");
        if (aggregateId != null) {
            link.queryParam("aggregateId", aggregateId);
        }
        if (from != null) {
            link.queryParam("from", from);
        }
        if (to != null) {
            link.queryParam("to", to);
        }
        link.queryParam("limit", limit);
        if (position != null) {
            link.queryParam("afterPosition", position);
        }
        return link.encode().build().toUriString();
    }
}
